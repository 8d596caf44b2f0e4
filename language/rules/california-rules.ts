/**
 * California: Probate Code, division 4.5. A power of attorney needs its date,
 * the principal's signature, and either a notary acknowledgment or two
 * witnesses; co-agents act only unanimously unless the power says otherwise.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS } from './jurisdiction-rule-factories.js';
import { agentWitnesses, headRange, insertInBlock, quote } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const CALIFORNIA: JurisdictionProfile = {
    id: 'CA',
    name: 'California',
    act: 'Cal. Prob. Code §§ 4000-4545',
    witnesses: { value: 2, text: 'California accepts two adult witnesses in place of a notary acknowledgment', source: 'Cal. Prob. Code §§ 4121(c), 4122' },
    notary: { value: 'or-witnesses', text: 'California requires the power of attorney to be acknowledged before a notary public or signed by two witnesses', source: 'Cal. Prob. Code § 4121(c)' },
    coAgentDefault: { value: 'jointly', text: 'in California authority granted to two or more attorneys-in-fact is exercisable only by their unanimous action', source: 'Cal. Prob. Code § 4202(b)' },
    hotPowersExpress: { value: true, text: 'in California a power of attorney may not be construed to authorize trusts, gifts, survivorship changes or beneficiary designations unless it expressly does so', source: 'Cal. Prob. Code § 4264' },
    springing: { value: true, text: 'a California springing power may name the persons who declare that the triggering event has occurred', source: 'Cal. Prob. Code § 4129' },
    durableByDefault: { value: false, text: 'in California a power of attorney is durable only if it says that it is not affected by the principal\'s subsequent incapacity', source: 'Cal. Prob. Code § 4124' },
    healthCareAct: 'Cal. Prob. Code div. 4.7 (Health Care Decisions Law)',
    healthCare: { value: { witnesses: 2, notaryAlternative: true, notaryRequired: false }, text: 'California requires an advance health care directive to be signed before two qualified witnesses or acknowledged before a notary public', source: 'Cal. Prob. Code § 4673' }
};

export const CALIFORNIA_RULES: readonly Rule[] = [
    rule({
        code: 'poa/ca-notary-or-witnesses',
        severityBasis: 'error: Cal. Prob. Code § 4121 makes acknowledgment or two witnesses a condition of a legally sufficient power.',
        scope: 'Financial powers governed by the California Power of Attorney Law.',
        title: 'California: notary acknowledgment or two witnesses required',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['CA'],
        severity: 'error',
        message: 'The execution has neither a notary acknowledgment nor two witnesses.',
        why: 'A California power of attorney is legally sufficient only if it is acknowledged before a notary public or signed by two adult witnesses.',
        action: 'Add a notary acknowledgment (or provide for two witnesses) in the execution.',
        source: CALIFORNIA.notary.source,
        provenance: [SOURCES.ca4121, SOURCES.ca4122],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            if (!e || e.notary || (e.witnesses?.count ?? 0) >= 2) return;
            report({ range: headRange(e.range, 'executed'.length), fix: insertInBlock('execution', `notary acknowledgment in ${quote('California')}`, 'Add a notary acknowledgment') });
        }
    }),
    rule({
        code: 'poa/ca-agent-witness',
        severityBasis: 'error: where a California power relies on witnesses instead of a notary, § 4121(c) requires two witnesses who satisfy § 4122, and § 4122(b) says the attorney-in-fact may not act as a witness; without two qualified witnesses the power is not legally sufficient.',
        scope: 'Financial powers governed by the California Power of Attorney Law and signed by witnesses instead of being acknowledged before a notary.',
        title: 'California: an agent may not be a witness',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['CA'],
        severity: 'error',
        message: '{name} is named both as a witness and as an agent.',
        why: 'In California the attorney-in-fact may not act as a witness, and a power of attorney that is not acknowledged before a notary needs two witnesses who qualify.',
        action: 'Have another adult witness the signature, or have the principal acknowledge the power before a notary public.',
        source: 'Cal. Prob. Code §§ 4121(c), 4122(b)',
        provenance: [SOURCES.ca4121, SOURCES.ca4122],
        check: ({ model }, report) => {
            for (const w of agentWitnesses(model)) report({ range: w.range, args: { name: w.name } });
        }
    }),
    rule({
        code: 'poa/ca-healthcare-agent-witness',
        severityBasis: 'error: a California advance health care directive not acknowledged before a notary needs two witnesses who qualify (§ 4673(a)(3)), and § 4674(c)(4) says the agent may not act as a witness to a power of attorney for health care.',
        scope: 'Health-care powers governed by the California Health Care Decisions Law and signed by witnesses instead of being acknowledged before a notary.',
        title: 'California: the health-care agent may not be a witness',
        kinds: ['healthcare'],
        jurisdictions: ['CA'],
        severity: 'error',
        message: '{name} is named both as a witness and as an agent.',
        why: 'In California the agent may not witness a power of attorney for health care, and a directive that is not acknowledged before a notary needs two qualified witnesses.',
        action: 'Have another adult witness the signature, or have the principal acknowledge the directive before a notary public.',
        source: 'Cal. Prob. Code §§ 4673(a), 4674(c)(4)',
        provenance: [SOURCES.ca4673, SOURCES.ca4674],
        check: ({ model }, report) => {
            for (const w of agentWitnesses(model)) report({ range: w.range, args: { name: w.name } });
        }
    })
];
