/**
 * California: Probate Code, division 4.5. A power of attorney needs its date,
 * the principal's signature, and either a notary acknowledgment or two
 * witnesses; co-agents act only unanimously unless the power says otherwise.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS } from './jurisdiction-rule-factories.js';
import { headRange, insertInBlock, quote } from './rule-helpers.js';
import { agentWitnesses, disqualifications, reliesOnWitnesses, witnessRecords } from './witness-qualifications.js';
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
    }),
    rule({
        code: 'poa/ca-healthcare-witness-disqualified',
        severityBasis: 'error: a California advance health care directive not acknowledged before a notary is legally sufficient only if signed by at least two witnesses who satisfy § 4674 (§ 4673(a)(3)), and § 4674(c)(1)-(3) says the patient\'s health care provider or its employee, and the operator or an employee of a community care facility or of a residential care facility for the elderly, may not act as a witness; the file states that a witness is such a person and fewer than two witnesses remain.',
        scope: 'Health-care powers governed by the California Health Care Decisions Law and signed by witnesses instead of being acknowledged before a notary, where the file states what a witness is (`witness ... is health-care-provider`).',
        title: 'California: a health-care provider or care-facility operator may not witness a directive',
        kinds: ['healthcare'],
        jurisdictions: ['CA'],
        severity: 'error',
        message: '{name} {is}, and may not act as a witness to an advance health care directive.',
        why: 'In California none of the following may witness an advance health care directive: the patient\'s health care provider or an employee of the provider, or the operator or an employee of a community care facility or of a residential care facility for the elderly; a directive that is not acknowledged before a notary needs two witnesses who qualify.',
        action: 'Have another adult who is none of those persons witness the signature, or have the principal acknowledge the directive before a notary public.',
        source: 'Cal. Prob. Code §§ 4673(a)(3), 4674(c)(1)-(3)',
        provenance: [SOURCES.ca4673, SOURCES.ca4674],
        check: ({ model }, report) => {
            if (!reliesOnWitnesses(model)) return;
            const records = witnessRecords(model).records;
            const barred = records.map((r) => ({ r, why: disqualifications(r, CA_4674_C) })).filter((x) => x.why.length > 0);
            const qualified = records.filter((r) => disqualifications(r, [...CA_4674_C, 'agent']).length === 0).length;
            if (qualified >= 2) return;
            for (const { r, why } of barred) report({ range: r.range, args: { name: r.label, is: why.map((id) => CA_4674_WORDS[id]).join(' and ') } });
        }
    }),
    rule({
        code: 'poa/ca-healthcare-ombudsman-witness',
        severityBasis: 'error: § 4675(a) says that the advance directive of a patient in a skilled nursing facility is not effective unless a patient advocate or ombudsman signs it as a witness, as one of two witnesses or in addition to notarization; the file states that the principal is such a patient and names no such witness.',
        scope: 'Health-care powers governed by the California Health Care Decisions Law whose principal is stated to be a patient in a skilled nursing facility (`patient in skilled-nursing-facility`), whether witnessed or acknowledged before a notary.',
        title: 'California: a skilled-nursing-facility patient\'s directive needs an ombudsman witness',
        kinds: ['healthcare'],
        jurisdictions: ['CA'],
        severity: 'error',
        message: 'The principal is a patient in a skilled nursing facility, and no witness is a patient advocate or ombudsman.',
        why: 'In California the advance health care directive of a patient in a skilled nursing facility is not effective unless a patient advocate or ombudsman designated by the Department of Aging signs it as a witness, either as one of two witnesses or in addition to notarization, and declares that he or she serves as the witness the law requires.',
        action: 'Provide for a patient advocate or ombudsman as a witness and record it, for example `witness 2 is ombudsman` in the witnesses\' block.',
        source: 'Cal. Prob. Code § 4675(a)',
        provenance: [SOURCES.ca4675],
        check: ({ model }, report) => {
            const patient = model.principals.find((p) => p.patientIn?.facility === 'skilled-nursing-facility');
            if (!patient?.patientIn) return;
            const records = witnessRecords(model).records;
            if (records.some((r) => r.facts.get('ombudsman') === true || r.facts.get('patient-advocate') === true)) return;
            report({ range: patient.patientIn.range });
        }
    })
];

/** The persons § 4674(c)(1)-(3) bars from witnessing (the agent, (c)(4), has its own rule). */
const CA_4674_C = ['health-care-provider', 'care-facility-operator'] as const;
const CA_4674_WORDS: Record<string, string> = {
    'health-care-provider': 'is stated to be the principal\'s health care provider or an employee of the provider',
    'care-facility-operator': 'is stated to be the operator or an employee of a community care facility or residential care facility for the elderly'
};
