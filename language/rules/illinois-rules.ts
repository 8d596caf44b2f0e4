/**
 * Illinois: the Illinois Power of Attorney Act, 755 ILCS 45. A power of
 * attorney for property must be witnessed by one person and acknowledged
 * before a notary who is not the witness.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS, notaryRequiredRule, witnessesRequiredRule } from './jurisdiction-rule-factories.js';
import { agentWitnesses } from './witness-qualifications.js';
import { executedBefore, headRange } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const ILLINOIS: JurisdictionProfile = {
    id: 'IL',
    name: 'Illinois',
    act: '755 ILCS 45',
    witnesses: { value: 1, text: 'Illinois requires a power of attorney for property executed on or after June 9, 2000 to be signed by at least one witness to the principal\'s signature (on the statutory form, a witness who is not the notary)', source: '755 ILCS 45/3-3(b), (d), (f)' },
    notary: { value: 'required', text: 'Illinois requires a power of attorney for property to indicate that the principal acknowledged the signature before a notary public', source: '755 ILCS 45/3-3(b), (d)' },
    coAgentDefault: { value: 'majority', text: 'in Illinois, unless the power of attorney provides otherwise, co-agents act by the consent of a majority of them (and the statutory short forms may not name co-agents at all)', source: '755 ILCS 45/2-10.5(a)-(b)' },
    hotPowersExpress: { value: false, text: 'the Illinois Act has no general list of powers that must be granted expressly', source: '755 ILCS 45/3-4' },
    springing: { value: true, text: 'an Illinois power may take effect on incapacity, determined by a physician\'s written record', source: '755 ILCS 45/2-3(c-5)' },
    durableByDefault: { value: true, text: 'in Illinois an agency continues notwithstanding the principal\'s later disability or incapacity unless it states otherwise', source: '755 ILCS 45/2-5' },
    healthCareAct: '755 ILCS 45/art. IV (Powers of Attorney for Health Care Law)',
    healthCare: { value: { witnesses: 0, notaryAlternative: false, notaryRequired: false }, text: 'in Illinois a health care power not on the statutory short form need not be witnessed (755 ILCS 45/4-10(a)), although 45/4-5.1(a) says every health care agency shall bear the signature of a witness; the statutory short form must be witnessed', source: '755 ILCS 45/4-10(a); but see 45/4-5.1(a)' }
};

/** 755 ILCS 45/3-3(f): the witness requirement applies only to instruments executed on or after June 9, 2000. */
export function witnessRequirementApplies(executed: string | undefined): boolean {
    return !executedBefore(executed, '2000-06-09');
}

export const ILLINOIS_RULES: readonly Rule[] = [
    notaryRequiredRule(ILLINOIS, 'poa/il-notary-required', { text: `Financial powers governed by ${ILLINOIS.act}.`, governs: () => true, provenance: [SOURCES.il33text] }),
    witnessesRequiredRule(ILLINOIS, 'poa/il-witness-required', {
        text: `Financial powers governed by ${ILLINOIS.act} and executed on or after June 9, 2000: the witness requirement does not apply to earlier instruments (755 ILCS 45/3-3(f)).`,
        governs: ({ model }) => witnessRequirementApplies(model.execution?.date.value),
        provenance: [SOURCES.il33text]
    }),
    rule({
        code: 'poa/il-agent-witness',
        severityBasis: 'warning: on the statutory short form the witness certifies that he or she is not an agent or successor agent (755 ILCS 45/3-3(d)), and the form rules report an agent witness there as an error; for a power not on the form, 3-3(b) requires one witness but states no disqualification (3-3.6 was not read), so an agent witness is a real risk of challenge, not an error.',
        scope: `Financial powers governed by ${ILLINOIS.act}.`,
        title: 'Illinois: an agent may not be the witness',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['IL'],
        severity: 'warning',
        message: '{name} is named both as a witness and as an agent.',
        why: 'The Illinois statutory form has its witness certify that he or she is not an agent or successor agent, and a power of attorney for property needs at least one witness to the principal\'s signature; an agent as the witness invites a challenge to the power.',
        action: 'Have another adult, who is not a relative of the principal or of an agent, witness the signature.',
        source: '755 ILCS 45/3-3(b), (d)',
        provenance: [SOURCES.il33text, SOURCES.il336],
        governs: ({ model }) => model.form?.id !== 'il-3-3',
        check: ({ model }, report) => {
            // Illinois requires the witness and the notary both.
            for (const w of agentWitnesses(model, true)) report({ range: w.range, args: { name: w.name } });
        }
    }),
    rule({
        code: 'poa/il-healthcare-witness',
        severityBasis: 'warning: 755 ILCS 45/4-5.1(a) says every health care agency shall bear the signature of a witness, but 45/4-10(a) says a nonstatutory health care power need not be witnessed; the Act does not settle it, so an unwitnessed power is a real risk of refusal, not an error. The statutory short form, which must be witnessed, is checked by the form rules.',
        scope: `Illinois health-care powers other than the statutory short form (${ILLINOIS.healthCareAct}).`,
        title: 'Illinois: a witness for a health-care power',
        kinds: ['healthcare'],
        jurisdictions: ['IL'],
        severity: 'warning',
        message: 'The health care power of attorney names no witness.',
        why: 'The Illinois Act says every health care agency shall bear the signature of a witness at least 18 years old (755 ILCS 45/4-5.1(a)), although it also says a health care power not on the statutory form need not be witnessed (45/4-10(a)); providers may refuse an unwitnessed power.',
        action: 'Have one qualified adult witness sign: not an agent or successor agent, not a relative of the principal or of an agent, not the principal\'s physician or other listed professional, and not an owner or operator of the principal\'s health care facility.',
        source: '755 ILCS 45/4-5.1(a), 45/4-10(a)',
        provenance: [SOURCES.il451, SOURCES.il410],
        governs: ({ model }) => model.form?.id !== 'il-4-10',
        check: ({ model }, report) => {
            const e = model.execution;
            if (e && (e.witnesses?.count ?? 0) === 0) report({ range: headRange(e.range, 'executed'.length) });
        }
    }),
    rule({
        code: 'poa/il-healthcare-agent-witness',
        severityBasis: 'warning: 755 ILCS 45/4-5.1(a) says an agent or successor agent for health care may not serve as the witness, but 45/4-10(a) says a nonstatutory health care power need not be witnessed at all; reported only when no other witness is named. On the statutory short form the form rules report it as an error.',
        scope: `Illinois health-care powers other than the statutory short form (${ILLINOIS.healthCareAct}).`,
        title: 'Illinois: the health-care agent may not be the witness',
        kinds: ['healthcare'],
        jurisdictions: ['IL'],
        severity: 'warning',
        message: '{name} is named both as the witness and as an agent.',
        why: 'The Illinois Act says an agent or successor agent for health care may not serve as the witness to a health care power of attorney (755 ILCS 45/4-5.1(a)(4)), so the power bears no qualified witness\'s signature.',
        action: 'Have another adult witness the signature: not the attending physician or another licensed professional treating the principal, not an owner or operator of the principal\'s health care facility, and not a close relative of the principal or of an agent.',
        source: '755 ILCS 45/4-5.1(a)',
        provenance: [SOURCES.il451, SOURCES.il410],
        governs: ({ model }) => model.form?.id !== 'il-4-10',
        check: ({ model }, report) => {
            const w = model.execution?.witnesses;
            if (!w) return;
            const agentsWitnessing = agentWitnesses(model, true);
            // Another named witness, or more witnesses than names, may be the qualified one.
            if (agentsWitnessing.length === 0 || Math.max(w.count, w.names.length) > agentsWitnessing.length) return;
            for (const a of agentsWitnessing) report({ range: a.range, args: { name: a.name } });
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
