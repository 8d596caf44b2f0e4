/**
 * Texas: Estates Code, title 2, subtitle P (chapters 751 and 752). A durable
 * power of attorney must be acknowledged before a notary and contain the
 * durability words; the statutory form is in § 752.051.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { notaryRequiredRule } from './jurisdiction-rule-factories.js';
import { texasChapter751Governs } from './instrument-scope.js';
import { clearOf, disqualifications, reliesOnWitnesses, witnessRecords } from './witness-qualifications.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const TEXAS: JurisdictionProfile = {
    id: 'TX',
    name: 'Texas',
    act: 'Tex. Est. Code chs. 751-752',
    witnesses: { value: 0, text: 'Texas does not require witnesses to a durable power of attorney', source: 'Tex. Est. Code § 751.0021' },
    notary: { value: 'required', text: 'Texas requires a durable power of attorney to be acknowledged before an officer authorized to take acknowledgments', source: 'Tex. Est. Code § 751.0021(a)(4)' },
    coAgentDefault: { value: 'unsettled', text: 'Texas law does not clearly settle whether co-agents act together or independently, so the instrument should say', source: 'Tex. Est. Code chs. 751-752' },
    hotPowersExpress: { value: true, text: 'in Texas an agent may create or change trusts, make gifts, create or change survivorship rights or beneficiary designations, or delegate authority only if the power of attorney expressly grants it', source: 'Tex. Est. Code § 751.031' },
    springing: { value: true, text: 'a Texas durable power of attorney may take effect on the principal\'s disability or incapacity', source: 'Tex. Est. Code § 751.0021(a)(3)' },
    durableByDefault: { value: false, text: 'in Texas a power of attorney is durable only if it states that it is not affected by the principal\'s subsequent disability or incapacity', source: 'Tex. Est. Code § 751.0021(a)(3)' },
    healthCareAct: 'Tex. Health & Safety Code ch. 166, subch. D (medical power of attorney)',
    healthCare: { value: { witnesses: 2, notaryAlternative: true, notaryRequired: false }, text: 'Texas requires a medical power of attorney to be signed before two qualified witnesses or acknowledged before a notary public', source: 'Tex. Health & Safety Code § 166.154' }
};

export const TEXAS_RULES: readonly Rule[] = [
    notaryRequiredRule(TEXAS, 'poa/tx-notary-required', {
        text: 'Durable financial powers governed by Tex. Est. Code ch. 751 (§ 751.0015): a power that says it survives the principal\'s incapacity, or takes effect on it (§ 751.0021(a)(3)). A power that is not durable is not governed by the chapter.',
        governs: ({ model }) => texasChapter751Governs(model),
        provenance: [SOURCES.tx0021, SOURCES.tx0015]
    }),
    rule({
        code: 'poa/tx-healthcare-qualified-witness',
        severityBasis: 'error: where chapter 166 requires an advance directive (a medical power of attorney among them) to be witnessed, § 166.003(2) requires at least one witness who is none of the persons listed in (A)-(G); when the file states of every witness that it is one of them (an agent by name, or a fact written of the witness), the directive is not witnessed as the chapter requires.',
        scope: 'Medical powers of attorney governed by Tex. Health & Safety Code ch. 166 that rely on witnesses (not acknowledged before a notary), where the names or the file\'s statements about the witnesses show that each is disqualified.',
        title: 'Texas: one witness to a medical power of attorney must be qualified',
        kinds: ['healthcare'],
        jurisdictions: ['TX'],
        severity: 'error',
        message: 'Every witness is one of the persons § 166.003(2) disqualifies: {names}.',
        why: 'Texas requires at least one of the witnesses to an advance directive to be a person who is not designated by the declarant to make health care decisions, not related to the declarant by blood or marriage, not entitled to any part of the estate by will or by operation of law, not the attending physician or an employee of the attending physician, not an employee of a health care facility in which the declarant is a patient who gives direct patient care or is an officer, director, partner or business office employee, and without a claim against the estate.',
        action: 'Have at least one witness who is none of those persons, such as an adult friend who is not an agent.',
        source: 'Tex. Health & Safety Code § 166.003(2)',
        provenance: [SOURCES.tx166003],
        check: ({ model }, report) => {
            if (!reliesOnWitnesses(model)) return;
            const records = witnessRecords(model).records;
            if (records.length === 0 || !records.every((r) => disqualifications(r, TX_166_003_2).length > 0)) return;
            const names = records.map((r) => `${r.label} (${disqualifications(r, TX_166_003_2).map((id) => TX_WORDS[id]).join(', ')})`).join('; ');
            report({ range: model.execution!.witnesses!.range, args: { names } });
        }
    }),
    rule({
        code: 'poa/tx-healthcare-qualified-witness-unstated',
        severityBasis: 'information: the file does not record that any witness meets § 166.003(2); the rule reminds the drafter of a qualification the file does not show.',
        scope: 'Medical powers of attorney governed by Tex. Health & Safety Code ch. 166 that rely on witnesses (not acknowledged before a notary) and do not state of any witness that it is none of the persons § 166.003(2) lists.',
        title: 'Texas: record the qualified witness',
        kinds: ['healthcare'],
        jurisdictions: ['TX'],
        severity: 'information',
        message: 'The execution does not record that any witness is qualified under § 166.003(2).',
        why: 'At least one witness to a Texas medical power of attorney must be none of the persons § 166.003(2) lists: an agent, a relative by blood or marriage, an heir or will beneficiary, the attending physician or an employee, a facility employee giving direct care or a facility officer, or a creditor of the estate.',
        action: 'Once the witnesses are chosen, state it of the qualified witness in the witnesses\' block: `witness 1 is not-related, not-heir, not-attending-physician, not-facility-employee, not-creditor`.',
        source: 'Tex. Health & Safety Code § 166.003(2)',
        provenance: [SOURCES.tx166003],
        check: ({ model }, report) => {
            if (!reliesOnWitnesses(model)) return;
            const records = witnessRecords(model).records;
            if (records.length === 0 || records.every((r) => disqualifications(r, TX_166_003_2).length > 0)) return;
            // The agent is known from the names: a witness not named as an agent is not one.
            if (records.some((r) => r.facts.get('agent') !== true && clearOf(r, TX_166_003_2.filter((id) => id !== 'agent')))) return;
            report({ range: model.execution!.witnesses!.range });
        }
    })
];

/** The persons of § 166.003(2)(A)-(G), as witness facts. */
const TX_166_003_2 = ['agent', 'related-by-blood-or-marriage', 'heir', 'attending-physician', 'facility-employee', 'creditor'];
const TX_WORDS: Record<string, string> = {
    agent: 'an agent',
    'related-by-blood-or-marriage': 'a relative by blood or marriage',
    heir: 'an heir or beneficiary',
    'attending-physician': 'the attending physician or an employee',
    'facility-employee': 'a facility employee or officer',
    creditor: 'a creditor of the estate'
};
