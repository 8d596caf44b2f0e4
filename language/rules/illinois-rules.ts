/**
 * Illinois: the Illinois Power of Attorney Act, 755 ILCS 45. A power of
 * attorney for property must be witnessed by one person and acknowledged
 * before a notary who is not the witness.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS, notaryRequiredRule, witnessesRequiredRule } from './jurisdiction-rule-factories.js';
import { agentWitnesses } from './witness-qualifications.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const ILLINOIS: JurisdictionProfile = {
    id: 'IL',
    name: 'Illinois',
    act: '755 ILCS 45',
    witnesses: { value: 1, text: 'Illinois requires a power of attorney for property to be signed before at least one witness, who may not be the notary', source: '755 ILCS 45/3-3 and 45/3-3.6' },
    notary: { value: 'required', text: 'Illinois requires a power of attorney for property to be acknowledged before a notary public', source: '755 ILCS 45/3-3 and 45/3-3.6' },
    coAgentDefault: { value: 'majority', text: 'in Illinois, unless the power of attorney provides otherwise, co-agents act by the consent of a majority of them (and the statutory short forms may not name co-agents at all)', source: '755 ILCS 45/2-10.5(a)-(b)' },
    hotPowersExpress: { value: false, text: 'the Illinois Act has no general list of powers that must be granted expressly', source: '755 ILCS 45/3-4' },
    springing: { value: true, text: 'an Illinois power may take effect on incapacity, determined by a physician\'s written record', source: '755 ILCS 45/2-3(c-5)' },
    durableByDefault: { value: true, text: 'in Illinois an agency continues notwithstanding the principal\'s later disability or incapacity unless it states otherwise', source: '755 ILCS 45/2-5' },
    healthCareAct: '755 ILCS 45/art. IV (Powers of Attorney for Health Care Law)',
    healthCare: { value: { witnesses: 1, notaryAlternative: false, notaryRequired: false }, text: 'Illinois requires a health care power of attorney to be signed before one qualified witness', source: '755 ILCS 45/4-5.1' }
};

export const ILLINOIS_RULES: readonly Rule[] = [
    notaryRequiredRule(ILLINOIS, 'poa/il-notary-required'),
    witnessesRequiredRule(ILLINOIS, 'poa/il-witness-required'),
    rule({
        code: 'poa/il-agent-witness',
        severityBasis: 'warning: the Illinois Act is described as disqualifying an agent or successor agent from witnessing a property power, which would leave the power unwitnessed; a warning until the section\'s own text is read (see provenance).',
        scope: `Financial powers governed by ${ILLINOIS.act}.`,
        title: 'Illinois: an agent may not be the witness',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['IL'],
        severity: 'warning',
        message: '{name} is named both as a witness and as an agent.',
        why: 'In Illinois an agent or successor agent may not witness the principal\'s signature on a power of attorney for property, and the power needs one qualified witness besides the notary.',
        action: 'Have another adult, who is not a relative of the principal or of an agent, witness the signature.',
        source: '755 ILCS 45/3-3',
        provenance: [SOURCES.il33],
        check: ({ model }, report) => {
            // Illinois requires the witness and the notary both.
            for (const w of agentWitnesses(model, true)) report({ range: w.range, args: { name: w.name } });
        }
    }),
    rule({
        code: 'poa/il-short-form-co-agents',
        severityBasis: 'warning: 755 ILCS 45/2-10.5(a) says co-agents may not be named in a statutory short form; it does not say the instrument is void, and co-agents named in any other form of power are governed by the same section, so the risk is that the instrument is not accepted as the statutory short form it claims to be.',
        scope: 'Instruments written on an Illinois statutory short form: the power of attorney for property (755 ILCS 45/3-3) or for health care (45/4-10).',
        title: 'Illinois: a statutory short form may not name co-agents',
        kinds: 'all',
        jurisdictions: 'all',
        severity: 'warning',
        message: 'The {form} statutory short form names {count} agents acting together.',
        why: 'In Illinois co-agents may not be named in a statutory short form power of attorney for property or for health care; successor agents may be named instead.',
        action: 'Name one agent and list the others as successor agents, or use a non-statutory power of attorney that states how the co-agents act.',
        source: '755 ILCS 45/2-10.5(a)',
        provenance: [SOURCES.il2105],
        governs: ({ model }) => ['il-3-3', 'il-4-10'].includes(model.form?.id ?? ''),
        check: ({ model }, report) => {
            if (model.agents.length < 2) return;
            report({ range: model.agents[1]!.nameRange, args: { form: `755 ILCS 45/${model.form!.id === 'il-3-3' ? '3-3' : '4-10'}`, count: model.agents.length } });
        }
    })
];
