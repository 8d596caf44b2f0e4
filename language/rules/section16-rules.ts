/**
 * Section 16 powers of attorney: what an insider's power to sign and file
 * Forms 3, 4 and 5 must say (the issuer, the forms and their statute, how
 * long it lasts and how it is revoked) and what it should say (that the
 * agents assume none of the insider's obligations; that it replaces earlier
 * powers for the same issuer).
 */
import { isSection16Reporting, secForm } from '../catalog/securities-catalog.js';
import type { PoaModel } from '../model/poa-model.js';
import { headRange, insertClause, insertInBlock, missingAt } from './rule-helpers.js';
import { SOURCES, upoaa } from './sources-read.js';
import { rule, type Rule } from './rule.js';
import { flatMap } from '../flat-map.js';

/**
 * A one-off issuer filing power: a securities power whose every filing is a registration statement or
 * an issuer's periodic report (a signature-page or exhibit 24 power for one filing and its amendments).
 * Section 16 reasoning (a standing power renewed as agents change) does not apply to it.
 */
export function oneOffIssuerFilingPower(model: PoaModel): boolean {
    const filings = model.grant?.filings ?? [];
    if (model.kind !== 'securities' || filings.length === 0) return false;
    return filings.every((f) => f.forms.length > 0 && f.forms.every((x) => ['registration', 'section13a'].includes(secForm(x.id)?.statutes[0] ?? '')));
}

/**
 * A confirming statement (it confirms a power of attorney the principal has already signed, and grants
 * nothing new) or a letter authorization (a one-off letter to the Commission): neither is the standing
 * power an insider renews when the agents change, so whether it replaces earlier powers is not in question.
 */
export function confirmsOrLetter(model: PoaModel): boolean {
    return !!model.letter || /^\s*confirming statement\b/i.test(model.title.value ?? '');
}


/** Words that say how a power is revoked: "revoked ... in writing", "revocation". */
const REVOKED = /\brevoked\b[^.]*\bwriting\b|\brevocation\b/i;
export const SECTION16_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-issuer',
        clauseKeyword: 'issuer',
        severityBasis: 'warning: no statute requires a filing power to name an issuer, and a power may cover any issuer (Schedules 13D and 13G, a holder\'s reports for several companies); naming none leaves the power\'s reach to be read from each filing, a practical risk.',
        scope: 'Section 16 and other securities filing powers, under federal securities law; not a power whose every filing is the registrant\'s own registration statement or periodic report (a signature-page or Exhibit 24 power), which that filing names.',
        title: 'The issuer named',
        kinds: ['section16', 'securities'], jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney does not name the issuer whose securities it concerns.',
        why: 'No statute requires it, and a power may cover the reports for any issuer; but Section 16 and Section 13(d) reports are made issuer by issuer, and a power that names none leaves the company and the agents to read its reach from each filing.',
        action: 'If the power is for one company, add an issuer clause with its exact legal name.',
        source: 'Securities Exchange Act of 1934 §§ 13(d), 16(a), 15 U.S.C. §§ 78m(d), 78p(a)',
        provenance: [SOURCES.usc78md, SOURCES.usc78pa],
        quickFix: 'insert-clause',
        // A power to sign the registrant's own registration statement or report is filed with that filing
        // (Item 601(b)(24)), which names the registrant: the power need not name it again.
        governs: ({ model }) => !oneOffIssuerFilingPower(model),
        check: ({ model }, report) => {
            if (model.issuers.length === 0) report({ range: missingAt(model), fix: insertClause('issuer', 'issuer company "[Name of issuer]" {\ndefined as "Company"\n}', 'Add the issuer') });
        }
    }),
    rule({
        code: 'poa/missing-section16-forms',
        clauseKeyword: 'file',
        severityBasis: 'warning: no statute requires a Section 16 power to cover all three forms (a power for Forms 4 and 5 alone is valid); the insider must then sign the others personally, a practical risk.',
        scope: 'Section 16 powers, under federal securities law.',
        title: 'Forms 3, 4 and 5 under Section 16(a)',
        kinds: ['section16'], jurisdictions: 'all', severity: 'warning',
        message: 'The grant does not cover {missing} under Section 16(a).',
        why: 'No statute requires a power to cover every form, but an attorney-in-fact may sign only the forms the power covers; the insider must sign any other Section 16 report personally.',
        action: 'If the agents are to sign them, add "file form3, form4, form5 under section16a" to the grant.',
        source: 'Securities Exchange Act of 1934 § 16(a), 15 U.S.C. § 78p(a); Exchange Act Rule 16a-3, 17 C.F.R. § 240.16a-3',
        provenance: [SOURCES.usc78pa, SOURCES.part249Section16, SOURCES.rule16a3a],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const g = model.grant;
            if (!g) return;
            const covered = new Set(flatMap(g.filings.filter((f) => isSection16Reporting(f.statute)), (f) => f.forms.map((x) => x.id)));
            const missing = ['form3', 'form4', 'form5'].filter((f) => !covered.has(f));
            if (missing.length === 0) return;
            const names = missing.map((m) => `Form ${m.slice(4)}`);
            const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
            report({ range: headRange(g.range, 'grant'.length), args: { missing: list }, fix: insertInBlock('grant', `file ${missing.join(', ')} under section16a including amendments`, `Grant authority to file ${list}`) });
        }
    }),
    rule({
        code: 'poa/missing-term',
        clauseKeyword: 'ends',
        severityBasis: 'information: a power with no stated term lasts until it is revoked (or ends by law); stating the customary end is drafting practice.',
        scope: 'Section 16 powers, under federal securities law.',
        title: 'Term of a Section 16 power',
        kinds: ['section16'], jurisdictions: 'all', severity: 'information',
        message: 'The power of attorney does not say how long it remains in effect.',
        why: 'Without a stated term it lasts until revoked; Section 16 powers customarily end when the insider is no longer required to file Forms 3, 4 and 5 for the issuer.',
        action: 'If the power is to end with the reporting obligation, add a term clause.',
        source: 'Uniform Power of Attorney Act § 110; Securities Exchange Act of 1934 § 16(a), 15 U.S.C. § 78p(a)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 110', SOURCES.co710), SOURCES.usc78pa],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.term?.end) return;
            const issuer = model.issuers[0]?.id;
            const end = `ends when no longer subject to section16${issuer ? ` for ${issuer}` : ''}`;
            if (model.term) report({ range: headRange(model.term.range, 'term'.length), fix: insertInBlock('term', end, 'State when the power ends') });
            else report({ range: missingAt(model), fix: insertClause('term', `term {\n${end}\n}`, 'Add the term') });
        }
    }),
    rule({
        code: 'poa/missing-revocation',
        clauseKeyword: 'revocation',
        severityBasis: 'information: a power is revocable whether or not it says how; stating the method is drafting practice.',
        scope: 'Section 16 powers, under federal securities law, that neither have a revocation clause nor say in words kept as written (`worded`) how they are revoked.',
        title: 'Revocation method',
        kinds: ['section16'], jurisdictions: 'all', severity: 'information',
        message: 'The power of attorney does not say how it may be revoked.',
        why: 'The power is revocable whether or not it says how; a stated method (a signed writing delivered to the agents) tells the agents and the company when their reliance ends.',
        action: 'Add a revocation clause.',
        source: 'Uniform Power of Attorney Act § 110(a)(3), (d); Restatement (Third) of Agency § 3.10',
        provenance: [...upoaa('Uniform Power of Attorney Act § 110(a)(3), (d)', SOURCES.co710), { citation: 'Restatement (Third) of Agency § 3.10', read: 'cited' }],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            // Words kept as written that say how ("unless earlier revoked by the undersigned in a signed writing") state it.
            if (model.revocation || model.wordings.some((w) => REVOKED.test(w.text))) return;
            report({ range: missingAt(model), fix: insertClause('revocation', 'revocation by signed-writing delivered to agents', 'Add a revocation clause') });
        }
    }),
    rule({
        code: 'poa/missing-no-assumption',
        clauseKeyword: 'acknowledgment',
        severityBasis: "warning: no statute requires the acknowledgment; without it agents and the company face a real risk of a claim that they assumed the insider's duties.",
        scope: 'Section 16 powers, under federal securities law.',
        title: 'Section 16 acknowledgment',
        kinds: ['section16'], jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney lacks the acknowledgment that the agents assume none of the principal\'s Section 16 responsibilities.',
        why: 'The duty to report and the liability for short-swing profits stay with the insider; the standard acknowledgment protects the attorneys-in-fact and the company from any claim that they took them on.',
        action: 'Add the no-assumption acknowledgment.',
        source: 'Securities Exchange Act of 1934 § 16(a)-(b), 15 U.S.C. § 78p(a)-(b)',
        provenance: [SOURCES.usc78pa, SOURCES.usc78pb],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (!model.acknowledgment) report({ range: missingAt(model), fix: insertClause('acknowledgment', 'acknowledgment no-assumption', 'Add the no-assumption acknowledgment') });
        }
    }),
    rule({
        code: 'poa/missing-supersession',
        clauseKeyword: 'supersedes',
        severityBasis: 'warning: no statute requires it; without it earlier powers stay in force, a real legal risk that former agents keep their authority.',
        scope: 'Section 16 and securities filing powers that an insider or holder renews from time to time; not a one-off power for a registration statement or an issuer\'s periodic report, nor a confirming statement (which confirms a power already signed) or a letter authorization to the Commission.',
        title: 'Supersession of earlier powers',
        kinds: ['section16', 'securities'], jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney does not say whether it replaces earlier powers{forIssuer}.',
        why: 'Insiders often sign a new power when the agents change; unless the new one revokes the old, both remain in force and former agents keep their authority.',
        action: 'Add a supersedes clause (or "supersedes nothing" if earlier powers are to stay in force).',
        source: 'Uniform Power of Attorney Act § 110(f)',
        provenance: [{ citation: 'Uniform Power of Attorney Act § 110(f)', read: 'cited', where: 'the uniform act was not read; the same rule was read in 755 ILCS 45/2-5' }, SOURCES.il25],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.supersession || oneOffIssuerFilingPower(model) || confirmsOrLetter(model)) return;
            const issuer = model.issuers[0]?.id;
            const text = `supersedes all prior authorizations${issuer ? ` for ${issuer} securities` : ''} revoking them`;
            report({ range: missingAt(model), args: { forIssuer: issuer ? ' for this issuer' : '' }, fix: insertClause('supersession', text, 'Revoke earlier powers for this issuer') });
        }
    })
];
