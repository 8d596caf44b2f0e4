/**
 * Instruments written on a statutory form (`form <id>`): the form exists and
 * its powers are the ones initialled, the statute's words are not changed,
 * and the signing formalities the form's text prescribes are provided for.
 * Each rule cites the statute as read from the stored source the form file
 * records (language/forms/<id>.ts).
 */
import { formPowers, formSlotNames, statutoryForm, STATUTORY_FORM_IDS } from '../forms/form-registry.js';
import type { StatutoryForm } from '../forms/statutory-form.js';
import type { PoaModel, SourceRange, Wording } from '../model/index.js';
import { headRange, insertInBlock, sameName } from './rule-helpers.js';
import { SOURCES } from './sources-read.js';
import { rule, type Rule, type RuleContext } from './rule.js';
import { flatMap } from '../flat-map.js';
import { joinWords } from '../render/english.js';
import { WITNESS_FACTS } from '../catalog/witness-facts.js';
import { disqualifications, witnessRecords } from './witness-qualifications.js';

/** Rules of the general catalog that a statutory form answers by its own words (its grant by initials, its durability and duration, its health-care authority). */
// The form's own words answer these: its grant, its term and its durability (D.C. § 21-2207's form says the power
// "shall take effect if I become incapable ... and shall continue during that incapacity", which § 21-2205(b) accepts).
// D.C. § 21-2207's form also has the witness declare that one witness is not related to the principal nor an heir (§ 21-2205(d)).
export const ANSWERED_BY_FORM: ReadonlySet<string> = new Set(['poa/missing-grant', 'poa/missing-durability', 'poa/missing-health-care-authority', 'poa/missing-end', 'poa/dc-healthcare-durability', 'poa/dc-healthcare-unrelated-witness-unstated']);

function usedForm(model: PoaModel): StatutoryForm | undefined {
    return statutoryForm(model.form?.id);
}

/** Clauses whose standard wording a form instrument does not use, with their `worded` overrides. */
function wordings(model: PoaModel): { clause: string; wording: Wording }[] {
    const clauses: [string, { wording?: Wording } | undefined][] = [
        ['grant', model.grant], ['substitution', model.substitution], ['ratification', model.ratification],
        ['acknowledgment', model.acknowledgment], ['indemnification', model.indemnification], ['third-party reliance', model.reliance],
        ['compensation', model.compensation], ['supersedes', model.supersession], ['term', model.term], ['revocation', model.revocation],
        ['witnesses', model.execution?.witnesses]
    ];
    return flatMap(clauses, ([clause, c]) => (c?.wording ? [{ clause, wording: c.wording }] : []));
}

function names(model: PoaModel): { name: string; who: string }[] {
    return [
        ...model.agents.map((a) => ({ name: a.name.value ?? '', who: 'an agent' })),
        ...model.successors.map((a) => ({ name: a.name.value ?? '', who: 'a successor agent' }))
    ].filter((n) => n.name);
}

const formRange = ({ model }: RuleContext): SourceRange => model.form?.idRange ?? model.form?.range ?? model.nameRange;

export const STATUTORY_FORM_RULES: readonly Rule[] = [
    rule({
        code: 'poa/unknown-statutory-form',
        title: 'Unknown statutory form',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'There is no statutory form "{id}".',
        why: 'The instrument would not render in the statute\'s words.',
        action: 'Name one of the forms POA Studio ships: {forms}.',
        source: 'docs/forms.md (the statutory forms and their citations)',
        severityBasis: "error: not a point of law but a defect of the file: the form named does not exist, so the instrument cannot be rendered in any statute's words.",
        scope: 'Instruments that name a statutory form.',
        check: ({ model }, report) => {
            const id = model.form?.id;
            if (id !== undefined && !statutoryForm(id)) {
                report({ range: model.form!.idRange ?? model.form!.range, args: { id, forms: STATUTORY_FORM_IDS.join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/unknown-form-power',
        title: 'Initials for a power the form does not list',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The form {form} has no power "{id}" to initial.',
        why: 'Under a statutory form the principal grants only the powers listed on the form, by initialling them.',
        action: 'Use the form\'s power ids: {powers}.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'error: a defect of the file: a power the form does not list cannot be initialled, so the grant the author meant is not made.',
        scope: 'Instruments on a statutory form.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form) return;
            const powers = formPowers(form);
            for (const p of model.form!.initials) {
                if (!powers.includes(p.id)) {
                    report({ range: p.range, args: { form: form.id, id: p.id, citation: form.citation, powers: powers.length ? powers.join(', ') : '(this form has no initials lines)' } });
                }
            }
        }
    }),
    rule({
        code: 'poa/form-kind-mismatch',
        title: 'Kind different from the statutory form\'s',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The kind is {kind}, but the form {form} is a {formKind} power of attorney.',
        why: 'The checks for the kind written apply, not those for the form the instrument is written on.',
        action: 'Write `kind {formKind}`, or remove the kind: the form sets it.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: "warning: nothing is invalid, but the checks of the kind written, not of the form's kind, are the ones applied.",
        scope: 'Instruments on a statutory form that also state a kind.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            const range = model.settingRanges.kind;
            if (form && range && model.kind && model.kind !== form.kind) {
                report({ range, args: { kind: model.kind, form: form.id, formKind: form.kind, citation: form.citation } });
            }
        }
    }),
    rule({
        code: 'poa/form-clauses-without-form',
        title: 'Initials or special instructions without a form',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '`initials` and `instructions` fill a statutory form, and this instrument names none.',
        why: 'Without a form they are not rendered, so what they say is not part of the instrument.',
        action: 'Name the form with `form <id>` (see docs/forms.md), or state the powers in the grant.',
        source: 'docs/forms.md',
        severityBasis: 'warning: the clauses are not rendered, so what they say is not part of the instrument; nothing else is invalid.',
        scope: 'Instruments without a statutory form.',
        check: ({ model }, report) => {
            if (model.form && model.form.id === undefined) report({ range: model.form.range });
        }
    }),
    rule({
        code: 'poa/form-wording-changed',
        title: 'A statutory form\'s words changed',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The `worded` override of the {clause} clause changes the words of the statutory form ({citation}).',
        why: 'A statutory form is used in the statute\'s own words, notices included; a third party may refuse a power that departs from it, and a changed form is no longer the statutory form.',
        action: 'Remove the override; put the principal\'s own terms in the form\'s special instructions (`instructions "..."`).',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: "error: a form whose prescribed words were changed is no longer the statute's form, and the statute gives its effects (and third parties' duty to accept it) to that form.",
        scope: 'Instruments on a statutory form.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form) return;
            for (const w of wordings(model)) report({ range: w.wording.range, args: { clause: w.clause, citation: form.citation } });
        }
    }),
    rule({
        code: 'poa/form-clause-not-rendered',
        title: 'A clause the statutory form does not print',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The {clause} clause is not part of the statutory form {form} and is not rendered.',
        why: 'The instrument renders in the statute\'s words only; terms the form does not print have no effect unless written into it.',
        action: 'Grant powers with `initials` and state other terms in `instructions "..."`.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'warning: the clause has no effect because the form does not print it; the instrument itself remains the statutory form.',
        scope: 'Instruments on a statutory form.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form) return;
            const clauses: [string, { range: SourceRange; wording?: Wording } | undefined][] = [
                ['grant', model.grant], ['substitution', model.substitution], ['ratification', model.ratification],
                ['acknowledgment', model.acknowledgment], ['indemnification', model.indemnification], ['third-party reliance', model.reliance],
                ['compensation', model.compensation], ['supersedes', model.supersession], ['term', model.term], ['revocation', model.revocation]
            ];
            for (const [clause, c] of clauses) {
                if (c && !c.wording) report({ range: c.range, args: { clause, form: form.id, citation: form.citation } });
            }
            // The form prints its own notices and certificate: a notice after the signatures, or an instruction in
            // place of the certificate, is not printed on it.
            for (const notice of model.execution?.notices ?? []) report({ range: notice.range, args: { clause: 'notice', form: form.id, citation: form.citation } });
            const notaryWording = model.execution?.notary?.wording;
            if (notaryWording) report({ range: notaryWording.range, args: { clause: 'notary instruction (`worded`)', form: form.id, citation: form.citation } });
        }
    }),
    rule({
        code: 'poa/form-value-not-printed',
        title: 'Something written that the statutory form has no place for',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The form {form} has no place for {what}, so it is not printed.',
        why: 'The instrument is the statute\'s form with its blanks filled; what the form has no blank for is not part of the signed instrument.',
        action: '{action}',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'warning: what was written has no effect because the form does not print it; the instrument itself remains the statutory form.',
        scope: 'Instruments on a statutory form that write special instructions, more agents or more successors than the form has blanks for. Witnesses\' names are not reported: the witnesses write them on the form.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form) return;
            const slots = formSlotNames(form);
            const args = (what: string, action: string) => ({ form: form.id, what, action, citation: form.citation });
            const instructions = model.form?.instructions;
            if (instructions?.value && !slots.has('instructions')) {
                report({ range: instructions.range ?? formRange({ model } as RuleContext), args: args('special instructions', 'Draft the power without the form if it needs instructions of its own, or remove `instructions`.') });
            }
            // On the Illinois property form poa/il-short-form-co-agents reports a second agent, with the statute that forbids one.
            if (!slots.has('agents.names') && form.id !== 'il-3-3') {
                for (const agent of model.agents.slice(1)) {
                    report({ range: agent.range, args: args(`a second agent (${agent.name.value ?? agent.id})`, 'Name one agent. Where the form lets the principal name a coagent in its special instructions, name the coagent there (`instructions "..."`).') });
                }
            }
            if (!slots.has('successors.names') && !slots.has('successors.namesAndAddresses')) {
                const printed = [1, 2, 3].filter((n) => slots.has(`successor${n}.name`)).length;
                for (const successor of model.successors.slice(printed)) {
                    const which = printed === 0 ? 'a successor agent' : `successor agent ${model.successors.indexOf(successor) + 1}`;
                    report({ range: successor.range, args: args(`${which} (${successor.name.value ?? successor.id})`, printed === 0 ? 'Remove the successors, or draft the power without the form.' : `Name at most ${printed} successor agent${printed === 1 ? '' : 's'}.`) });
                }
            }
        }
    }),
    rule({
        code: 'poa/form-no-powers-initialled',
        title: 'No power initialled on a statutory form',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'No power of the form {form} is initialled.',
        why: 'On this form the agent has authority only over the subjects the principal initials; with none initialled the agent can do nothing.',
        action: 'Name the powers granted: `initials {example}`.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'error: on this form the agent has authority only over the subjects initialled; with none, the power grants nothing and is ineffective.',
        scope: 'Instruments on a statutory form whose powers are granted by initials.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form || form.kind !== 'general' || (form.powerMechanism ?? 'initial-to-grant') !== 'initial-to-grant') return;
            const powers = formPowers(form);
            if (powers.length && model.form!.initials.length === 0) {
                report({ range: formRange({ model } as RuleContext), args: { form: form.id, citation: form.citation, example: powers.slice(0, 2).join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/form-witnesses',
        title: 'Witnesses a statutory form requires',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The form {form} requires {count} {witnesses}{orNotary} and the execution provides for {given}.',
        why: 'The statute makes the power invalid without them.',
        action: 'Provide for the witnesses in the execution (`witnesses {count}` or their names).',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: "error: the form's statute, as its stored text states, makes the power invalid without the witnesses (or notary) it prescribes.",
        scope: 'Instruments on a statutory form that prescribes witnesses.',
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form || !form.formalities.witnessesRequired) return;
            const given = model.execution?.witnesses?.count ?? 0;
            if (given >= form.formalities.witnesses || (form.formalities.witnessesOrNotary && model.execution?.notary)) return;
            const range = model.execution ? headRange(model.execution.range, 'executed'.length) : formRange({ model } as RuleContext);
            report({
                range,
                args: {
                    form: form.id, count: form.formalities.witnesses, witnesses: form.formalities.witnesses === 1 ? 'witness' : 'witnesses',
                    orNotary: form.formalities.witnessesOrNotary ? ' (or a notary\'s acknowledgment)' : '', given: given === 0 ? 'none' : given, citation: form.formalities.citation
                },
                fix: model.execution && !model.execution.witnesses ? insertInBlock('execution', `witnesses ${form.formalities.witnesses}`, `Provide for ${form.formalities.witnesses} witnesses`) : undefined
            });
        }
    }),
    rule({
        code: 'poa/form-witness-disqualified',
        title: 'A witness the statutory form disqualifies',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The witness "{name}" {who}.',
        why: 'The form {form} disqualifies as a witness {disqualified}.',
        action: 'Choose a witness who is not disqualified.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'error: the statute disqualifies that person as a witness, so the witnessing it requires is not satisfied.',
        scope: 'Instruments on a statutory form that disqualifies witnesses: a witness named as an agent or successor agent, or stated (`witness ... is heir`) to be one the form\'s words disqualify.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form) return;
            const args = (name: string, who: string) => ({ name, who, form: form.id, disqualified: form.formalities.witnessDisqualification ?? 'the agents', citation: form.formalities.citation });
            const reported = new Set<string>();
            if (form.formalities.agentsMayNotWitness) {
                for (const w of model.execution?.witnesses?.names ?? []) {
                    const hit = names(model).find((n) => n.name.trim().toLowerCase() === (w.value ?? '').trim().toLowerCase());
                    if (hit && w.range) {
                        reported.add(w.value!);
                        report({ range: w.range, args: args(w.value!, `is also named as ${hit.who}`) });
                    }
                }
            }
            const notary = model.execution?.notary?.officer?.value;
            if (form.formalities.notaryMayNotWitness && notary) {
                for (const w of model.execution?.witnesses?.names ?? []) {
                    if (sameName(w.value, notary) && !reported.has(w.value!)) {
                        reported.add(w.value!);
                        report({ range: w.range ?? model.execution!.witnesses!.range, args: { ...args(w.value!, 'is also the notary who takes the acknowledgment'), disqualified: 'the notary ("The notary may not also sign as a witness.")' } });
                    }
                }
            }
            const facts = form.formalities.disqualifyingFacts ?? [];
            if (facts.length === 0) return;
            for (const record of witnessRecords(model).records) {
                const held = disqualifications(record, facts);
                if (held.length === 0 || reported.has(record.label)) continue;
                const meaning = WITNESS_FACTS.find((f) => f.id === held[0])!.meaning;
                report({ range: record.range, args: args(record.label, meaning.replace(/^is /, 'is stated to be ').replace(/^has /, 'is stated to have ')) });
            }
        }
    }),
    rule({
        code: 'poa/form-exclusive-choices',
        title: 'More than one of the choices a form says to initial only one of',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The form {form} says "{words}", and {initialled} are initialled.',
        why: 'The choices contradict each other, so the agent and the principal\'s physicians cannot tell which one the principal made.',
        action: 'Initial one of {choices}.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'warning: the form stays valid, but the contradictory choices leave the principal\'s wishes on that point unknown, a real risk for the agent and the physicians.',
        scope: 'Instruments on a statutory form with choices of which it says to initial only one.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            if (!form?.exclusive || !model.form) return;
            for (const group of form.exclusive) {
                const initialled = model.form.initials.filter((p) => group.powers.includes(p.id));
                if (initialled.length < 2) continue;
                report({ range: initialled[1].range, args: { form: form.id, words: group.words, initialled: joinWords(initialled.map((p) => p.id)), choices: joinWords(group.powers, 'or'), citation: form.citation } });
            }
        }
    }),
    rule({
        code: 'poa/form-witness-relative',
        title: 'A related witness on a form that disqualifies close relatives',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The witness "{name}" is stated to be related to the principal.',
        why: 'The form {form} disqualifies as a witness {relatives}; a relative outside that list (a cousin, an aunt) may witness.',
        action: 'If the witness is one of those relatives, choose another witness; if not, state how the witness is related in a comment and allow this finding.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'warning: `related` covers relatives the form allows as well as those it disqualifies, so the file does not show that the witnessing fails; if the witness is a close relative, it does.',
        scope: 'Instruments on a statutory form whose words disqualify some relatives of the principal, with a witness stated `related`.',
        check: ({ model }, report) => {
            const form = usedForm(model);
            const relatives = form?.formalities.disqualifiedRelatives;
            if (!form || !relatives) return;
            for (const record of witnessRecords(model).records) {
                if (record.facts.get('related') === true && record.facts.get('agent') !== true) {
                    report({ range: record.range, args: { name: record.label, form: form.id, relatives, citation: form.formalities.citation } });
                }
            }
        }
    }),
    rule({
        code: 'poa/form-notary',
        title: 'Acknowledgment a statutory form requires',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The form {form} must be acknowledged before a notary public, and the execution has no notary acknowledgment.',
        why: 'The statute requires the acknowledgment for the form to be effective.',
        action: 'Add a notary acknowledgment to the execution.',
        source: '{citation}',
        provenance: [SOURCES.statutoryForms],
        severityBasis: 'error: the statute, as the stored form states, requires the acknowledgment for the form to be effective.',
        scope: "Instruments on a statutory form that requires a notary's acknowledgment, where the jurisdiction's own rule (which requires it of every power there, as in Illinois and the District of Columbia) does not already report it.",
        quickFix: 'insert-in-block',
        check: ({ model, jurisdiction, profile }, report) => {
            const form = usedForm(model);
            if (!form || form.formalities.notary !== 'required' || model.execution?.notary) return;
            if (jurisdiction === form.jurisdiction && profile?.notary.value === 'required') return;
            const range = model.execution ? headRange(model.execution.range, 'executed'.length) : formRange({ model } as RuleContext);
            report({ range, args: { form: form.id, citation: form.formalities.citation }, fix: model.execution ? insertInBlock('execution', 'notary acknowledgment', 'Add a notary acknowledgment') : undefined });
        }
    })
];
