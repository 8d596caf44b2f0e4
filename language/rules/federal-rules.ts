/**
 * Federal securities law: Section 16 and other SEC filings made by an
 * attorney-in-fact. The SEC sets no witness or notary requirement; the power
 * is filed as an exhibit with a typed (conformed) signature, and the signed
 * authentication document (manually or, since December 4, 2020,
 * electronically signed) is kept.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';
import { flatMap } from '../flat-map.js';

export const FEDERAL: JurisdictionProfile = {
    id: 'federal',
    name: 'federal securities law',
    act: 'Securities Exchange Act of 1934 § 16(a); Regulation S-T',
    witnesses: { value: 0, text: 'the SEC does not require witnesses to a power of attorney filed with a Section 16 report', source: '17 C.F.R. § 232.302' },
    notary: { value: 'not-required', text: 'the SEC does not require a notary acknowledgment of a power of attorney filed as an exhibit', source: '17 C.F.R. § 232.302' },
    coAgentDefault: { value: 'unsettled', text: 'federal securities law sets no default for co-agents, so the state law governing the instrument decides (under the Uniform Power of Attorney Act each may act alone; in New York and California they must act jointly)', source: 'Uniform Power of Attorney Act § 111(a); N.Y. Gen. Oblig. Law § 5-1508(1); Cal. Prob. Code § 4202(b)' },
    hotPowersExpress: { value: false, text: 'federal securities law has no list of powers that must be granted expressly', source: 'Securities Exchange Act of 1934 § 16(a)' },
    springing: { value: true, text: 'federal securities law does not regulate when a filing power of attorney takes effect', source: 'Securities Exchange Act of 1934 § 16(a)' },
    durableByDefault: { value: true, text: 'federal securities law does not address durability; the governing state law does', source: 'Uniform Power of Attorney Act § 104' },
    healthCareAct: 'the health-care statute of the governing state',
    healthCare: { value: { witnesses: 0, notaryAlternative: false, notaryRequired: false }, text: 'federal securities law does not govern health-care powers', source: 'Securities Exchange Act of 1934 § 16(a)' }
};

export const FEDERAL_RULES: readonly Rule[] = [
    rule({
        code: 'poa/federal-conformed-signature',
        severityBasis: 'warning: the power is valid however it was signed; an exhibit filed without the signature in typed form is a practical filing risk.',
        scope: 'Section 16 and securities powers filed on EDGAR under federal securities law.',
        title: 'Conformed signature for the EDGAR exhibit',
        kinds: ['section16', 'securities'],
        jurisdictions: ['federal'],
        severity: 'warning',
        message: 'The signature line has no typed (conformed) signature for the EDGAR exhibit.',
        why: 'Required signatures in an electronic filing are in typed form ("/s/ name"); the signer adopts the typed signature by signing an authentication document, manually or (since December 4, 2020) electronically, which the filer keeps for five years.',
        action: 'Mark the signature as conformed, or write the conformed text.',
        source: 'Regulation S-T Rule 302(a)-(b), 17 C.F.R. § 232.302 (as amended effective December 4, 2020); Exchange Act Rule 16a-3, 17 C.F.R. § 240.16a-3',
        provenance: [SOURCES.regST302, SOURCES.release33_10889, SOURCES.rule16a3],
        quickFix: 'conform-signature',
        check: ({ model }, report) => {
            for (const s of model.execution?.signatures ?? []) {
                if (s.conformed || s.conformedFromName) continue;
                report({ range: s.range, fix: { fix: 'conform-signature', title: 'Mark the signature as conformed ("/s/ name")', args: { offset: String(s.range.offset) } } });
            }
        }
    }),
    rule({
        code: 'poa/form-id-notarized',
        severityBasis: 'information: the notarization is a condition of obtaining EDGAR access codes under Regulation S-T Rule 10(b)(2), not of the power of attorney; nothing is wrong with the instrument.',
        scope: 'Section 16 and securities powers that authorize the agents to apply for EDGAR access codes on Form ID.',
        title: 'Form ID needs a notarized authentication document',
        kinds: ['section16', 'securities'],
        jurisdictions: 'all',
        severity: 'information',
        message: 'The power authorizes the agents to apply for EDGAR access codes on Form ID.',
        why: 'Before a first filing on EDGAR, the applicant must file Form ID electronically and upload with it a notarized document, signed by the applicant, that includes the Form ID information and confirms its authenticity; a power to apply for the codes does not dispense with that notarization.',
        action: 'Plan for the notarized authentication document when the Form ID is prepared.',
        source: 'Regulation S-T Rule 10(b)-(c), 17 C.F.R. § 232.10(b)-(c) (as amended February 3, 2021)',
        provenance: [SOURCES.regST10],
        check: ({ model }, report) => {
            const g = model.grant;
            if (!g) return;
            const formId = flatMap(g.filings, (f) => f.forms).find((f) => f.id === 'formID');
            const range = g.edgarAccess ?? formId?.range;
            if (range) report({ range });
        }
    })
];
