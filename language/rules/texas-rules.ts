/**
 * Texas: Estates Code, title 2, subtitle P (chapters 751 and 752). A durable
 * power of attorney must be acknowledged before a notary and contain the
 * durability words; the statutory form is in § 752.051.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { notaryRequiredRule } from './jurisdiction-rule-factories.js';
import { texasChapter751Governs } from './instrument-scope.js';
import { agentWitnesses } from './rule-helpers.js';
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
        severityBasis: 'error: where chapter 166 requires an advance directive (a medical power of attorney among them) to be witnessed, § 166.003(2) requires at least one witness who is not, among others, a person the declarant designated to make health care decisions; when every witness is an agent, the directive is not witnessed as the chapter requires.',
        scope: 'Medical powers of attorney governed by Tex. Health & Safety Code ch. 166 that rely on witnesses (not acknowledged before a notary).',
        title: 'Texas: one witness to a medical power of attorney must not be the agent',
        kinds: ['healthcare'],
        jurisdictions: ['TX'],
        severity: 'error',
        message: 'Every named witness is also named as an agent ({names}).',
        why: 'Texas requires at least one of the witnesses to an advance directive to be a person who is not designated by the declarant to make health care decisions (nor related to the declarant, an heir or will beneficiary, the attending physician or an employee, a facility employee giving direct care, or a creditor of the estate).',
        action: 'Have at least one witness who is none of those persons, such as an adult friend who is not an agent.',
        source: 'Tex. Health & Safety Code § 166.003(2)',
        provenance: [SOURCES.tx166003],
        check: ({ model }, report) => {
            const names = model.execution?.witnesses?.names ?? [];
            const agents = agentWitnesses(model);
            if (names.length === 0 || agents.length < names.length) return;
            report({ range: model.execution!.witnesses!.range, args: { names: agents.map((a) => a.name).join(', ') } });
        }
    })
];
