/**
 * Consistency: the parts of one instrument must agree with each other, with
 * the SEC's forms and statutes, and with the calendar (today's date comes
 * from the check context, never from the clock).
 */
import { hotPower, subject, SUBJECTS } from '../catalog/general-powers-catalog.js';
import { secForm, statute, statuteCitation, STATUTES, SEC_FORMS } from '../catalog/securities-catalog.js';
import type { AgentMode, AgentModel, DefinedTerm, PoaModel, Wording } from '../model/poa-model.js';
import { partyDisplayName } from '../model/party-name.js';
import { powerEndDate } from '../model/power-end.js';
import { MODE_STATED_BY_STYLE } from '../phrasebook/agent-mode.js';
import { MODE_STATED_BY_SUBSTITUTION } from '../phrasebook/substitution.js';
import { appointsEachAlone } from '../phrasebook/appointment.js';
import { styleSet } from '../phrasebook/style-sets.js';
import { headRange, isIsoDate, longDate, nameKey } from './rule-helpers.js';
import { SOURCES, upoaa } from './sources-read.js';
import { rule, type QuickFixData, type Rule } from './rule.js';
import { termsRendered } from '../render/terms-rendered.js';
import { oneOffIssuerFilingPower } from './section16-rules.js';
import { flatMap } from '../flat-map.js';

const MODE_WORDS: Record<AgentMode, string> = {
    jointly: 'jointly',
    severally: 'severally (each acting alone)',
    'any-one-or-more': 'any one or more of them',
    'jointly-and-severally': 'jointly and severally',
    majority: 'by a majority'
};

function allAgents(model: PoaModel): AgentModel[] {
    return [...model.agents, ...model.successors];
}

/** Ids a wording override may refer to besides parties, terms and parameters. */
export const WORDING_BUILTINS: readonly string[] = ['me', 'my', 'principal', 'agents', 'agent'];

function modeFix(offset: number, mode: AgentMode, title: string): QuickFixData {
    return { fix: 'state-agent-mode', title, args: { offset: String(offset), mode } };
}

/** Ids the file itself refers to as defined terms (compliance list, venues, wording, statutes' acts), read off the model. */
function termsReferred(model: PoaModel): Set<string> {
    const used = new Set<string>();
    for (const c of model.grant?.compliance ?? []) used.add(c.id);
    for (const v of model.grant?.venues ?? []) used.add(v.id);
    for (const f of model.grant?.filings ?? []) {
        const s = statute(f.statute);
        if (s) used.add(s.act);
    }
    for (const w of wordings(model)) for (const r of w.references) used.add(r.name);
    return used;
}

/**
 * The defined terms nothing uses: neither the file (`termsReferred`) nor a
 * clause's style through a slot ({sec}, {act1934}). The styles' uses are read
 * off the rendering, which on a long file costs more than every other check
 * together, so it is asked only when a term is left that the file does not
 * refer to itself (the answer is the same: a term the file refers to is used
 * whatever the rendering holds).
 */
function unusedTerms(model: PoaModel): DefinedTerm[] {
    // The file's own definitions first: most files define none, and then what the file refers to is not gathered.
    const defined = model.definedTerms.filter((t) => !t.standard && t.range && !model.issuers.some((i) => i.id === t.id));
    if (!defined.length) return [];
    const referred = termsReferred(model);
    const candidates = defined.filter((t) => !referred.has(t.id));
    if (!candidates.length) return [];
    const rendered = termsRendered(model);
    return candidates.filter((t) => !rendered.has(t.id));
}

/** The file's `worded` overrides: the clauses', the custom powers', the witnesses' and the notary's, in that order. */
function wordings(model: PoaModel): Wording[] {
    // Pushed one by one: two rules ask for these on every check, and builtin `flatMap` and spreads of arrays
    // of one were most of their time (see flat-map.ts).
    const out: Wording[] = [];
    const add = (wording: Wording | undefined) => { if (wording) out.push(wording); };
    add(model.grant?.wording); add(model.substitution?.wording); add(model.ratification?.wording); add(model.acknowledgment?.wording);
    add(model.indemnification?.wording); add(model.reliance?.wording); add(model.compensation?.wording); add(model.supersession?.wording);
    add(model.term?.wording); add(model.revocation?.wording); add(model.execution?.wording);
    for (const p of model.grant?.customPowers ?? []) add(p.wording);
    add(model.execution?.witnesses?.wording);
    add(model.execution?.notary?.wording);
    return out;
}

export const CONSISTENCY_RULES: readonly Rule[] = [
    rule({
        code: 'poa/principal-is-agent',
        severityBasis: 'warning: the Uniform Power of Attorney Act\'s definitions describe a grant by the principal to an agent to act in the principal\'s place (§ 102(1), (7), (9), as enacted in D.C. Code § 21-2601.02(a)); appointing the principal adds no authority, but no law read makes the instrument invalid for it, and any other agent named holds the power. Not reported where several principals sign one power (a registration-statement signature page), since each signer appoints the others.',
        scope: 'Every power with one principal. A power signed by several principals, each appointing the others (as on a signature page), is not checked.',
        title: 'Principal named as agent',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '{name} is both the principal and an agent.',
        why: 'A power of attorney grants authority to another to act in the principal\'s place; appointing the principal adds nothing and usually signals a drafting error in the parties.',
        action: 'Name someone other than the principal as agent.',
        source: 'Restatement (Third) of Agency § 1.01; Uniform Power of Attorney Act § 102(1), (7), (9)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(1), (7), (9)', SOURCES.dc260102), { citation: 'Restatement (Third) of Agency § 1.01', read: 'cited', where: 'not in the stored sources' }],
        check: ({ model }, report) => {
            // Several principals (a signature-page power): each signer appoints the others, so a signer named as agent acts for the rest.
            if (model.principals.length > 1) return;
            // The one principal's name key is worked out once, not once for each agent compared with it.
            const p = model.principals[0];
            if (!p?.name.value) return;
            const principalKey = nameKey(p.name.value);
            for (const agents of [model.agents, model.successors]) for (const a of agents) {
                if (a.name.value && nameKey(a.name.value) === principalKey) {
                    report({ range: a.nameRange, args: { name: a.name.value }, related: [{ range: p.nameRange, message: 'The principal is named here.' }] });
                }
            }
        }
    }),
    rule({
        code: 'poa/duplicate-agent',
        severityBasis: 'warning: the power is valid, but a duplicate appointment muddles succession and joint action, a real risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Agent named twice',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '{name} is named as an agent more than once.',
        why: 'A duplicate appointment muddles the order of succession and the count of agents who must act together.',
        action: 'Remove the second appointment or correct the name.',
        source: 'Uniform Power of Attorney Act § 111',
        provenance: upoaa('Uniform Power of Attorney Act § 111', SOURCES.co711),
        check: ({ model }, report) => {
            // Indexed by id and by name (not a scan of the agents seen so far): a long list stays linear.
            const byId = new Map<string, { agent: AgentModel; order: number }>();
            const byName = new Map<string, { agent: AgentModel; order: number }>();
            allAgents(model).forEach((a, order) => {
                const name = partyDisplayName(a, model);
                const key = name ? nameKey(name) : undefined;
                const sameId = byId.get(a.id);
                const sameKey = key !== undefined ? byName.get(key) : undefined;
                const first = sameId && sameKey ? (sameId.order < sameKey.order ? sameId : sameKey) : sameId ?? sameKey;
                if (first) {
                    report({ range: a.nameRange, args: { name: name ?? a.id }, related: [{ range: first.agent.nameRange, message: 'First named here.' }] });
                    return;
                }
                byId.set(a.id, { agent: a, order });
                if (key !== undefined && !byName.has(key)) byName.set(key, { agent: a, order });
            });
        }
    }),
    rule({
        code: 'poa/agent-mode-unstated',
        severityBasis: 'warning: the statute supplies a default, so the power is valid, but a default the principal did not choose is a real risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'How co-agents act',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'Several agents are named but the power of attorney does not say whether they act jointly or each alone.',
        why: 'When the instrument is silent, {rule}.',
        action: 'State the agents\' mode after "agents" (jointly, severally, any-one-or-more, ...), or choose an appointment style that appoints each of them alone (`each-of`).',
        source: '{source}',
        provenance: [SOURCES.il2105, SOURCES.co711, SOURCES.fl2111, { citation: 'Uniform Power of Attorney Act § 111(a); D.C. Code § 21-2601.11(a); N.Y. Gen. Oblig. Law § 5-1508(1); Cal. Prob. Code § 4202(b)', read: 'cited' }],
        quickFix: 'state-agent-mode',
        check: ({ model, profile }, report) => {
            if (model.agents.length < 2 || model.agentMode || !model.agentsRange) return;
            // A style whose words say how the agents act ("signing singly") has stated it.
            const styleChosen = model.styles.clauses.find((c) => c.clause === 'agent-mode')?.id ?? (model.styles.set ? styleSet(model.styles.set.id)?.clauses['agent-mode'] : undefined);
            if (styleChosen !== undefined && MODE_STATED_BY_STYLE[styleChosen]) return;
            // So has an appointment style that appoints "each of" the agents alone.
            const appointmentStyle = model.styles.clauses.find((c) => c.clause === 'appointment')?.id ?? (model.styles.set ? styleSet(model.styles.set.id)?.clauses.appointment : undefined);
            if (appointmentStyle !== undefined && appointsEachAlone(appointmentStyle)) return;
            // So has a substitution style whose words give each agent power to act alone ("... and full power to act without the other").
            const substitutionStyle = model.styles.clauses.find((c) => c.clause === 'substitution')?.id;
            if (model.substitution && substitutionStyle !== undefined && MODE_STATED_BY_SUBSTITUTION[substitutionStyle]) return;
            const offset = model.agentsRange.offset + 'agents'.length;
            const def = profile?.coAgentDefault.value;
            const rule = profile ? profile.coAgentDefault.text : 'the Uniform Power of Attorney Act lets each co-agent act alone, but New York and California require co-agents to act jointly and Illinois by majority';
            const source = profile ? profile.coAgentDefault.source : 'Uniform Power of Attorney Act § 111(a); N.Y. Gen. Oblig. Law § 5-1508(1); Cal. Prob. Code § 4202(b); 755 ILCS 45/2-10.5(b)';
            const securities = model.kind === 'section16' || model.kind === 'securities';
            const modes: AgentMode[] = def === 'jointly' ? ['jointly', 'severally'] : def === 'severally' ? ['severally', 'jointly'] : def === 'majority' ? ['majority', 'jointly', 'severally'] : securities ? ['any-one-or-more', 'jointly'] : ['severally', 'jointly'];
            const [first, ...rest] = modes.map((m, i) => modeFix(offset, m, `Agents act ${MODE_WORDS[m]}${i === 0 && def && def !== 'unsettled' ? ' (the default, stated)' : ''}`));
            report({ range: headRange(model.agentsRange, 'agents'.length), args: { rule, source }, fix: first, alternatives: rest });
        }
    }),
    rule({
        code: 'poa/form-wrong-statute',
        severityBasis: 'warning: no statute makes the power invalid for naming the wrong one; real, filed powers tie Form ID and Schedules 13D and 13G to Section 16(a) reporting. The risk is that a reader takes the authority not to cover the filing actually made.',
        scope: 'Every power that grants SEC filings.',
        title: 'Form filed under the wrong statute',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '{form} is not filed under {statute}; it belongs under {canonical}.',
        why: 'A grant that ties a form to the wrong statute misdescribes the authority conferred and may not cover the filing the agent actually makes (Forms 3, 4 and 5: Section 16(a) of the Securities Exchange Act of 1934; Form 144: Rule 144 under the Securities Act of 1933; Schedules 13D and 13G: Sections 13(d) and 13(g) of the Exchange Act).',
        action: 'File {form} under {canonical}.',
        source: '15 U.S.C. §§ 78m(d), 78m(g), 78p(a); 17 C.F.R. §§ 239.144, 249.103-249.105; 17 C.F.R. §§ 230.144(h), 240.13d-1, 240.16a-3',
        provenance: [SOURCES.usc78md, SOURCES.usc78mg, SOURCES.usc78pa, SOURCES.part239Forms, SOURCES.part249Section16, SOURCES.rule16a3a, { citation: '17 C.F.R. §§ 230.144(h), 240.13d-1', read: 'cited' }],
        quickFix: 'move-form',
        check: ({ model }, report) => {
            for (const f of model.grant?.filings ?? []) {
                const st = statute(f.statute);
                if (!st) continue;
                for (const form of f.forms) {
                    const def = secForm(form.id);
                    // A report under Section 16(a) may be cited as filed under Section 16 as a whole.
                    if (!def || def.statutes.includes(f.statute) || (f.statute === 'section16' && def.statutes.includes('section16a'))) continue;
                    const canonical = statute(def.statutes[0])!;
                    report({
                        range: form.range,
                        args: { form: def.name, statute: statuteCitation(st.id), canonical: statuteCitation(canonical.id) },
                        fix: { fix: 'move-form', title: `File ${def.name} under ${statuteCitation(canonical.id)}`, args: { form: form.id, statute: canonical.id, filingOffset: String(f.range.offset) } }
                    });
                }
            }
        }
    }),
    rule({
        code: 'poa/unknown-form',
        severityBasis: 'error: an unrecognized form describes no filing, so that grant is ineffective.',
        scope: 'Every power that grants SEC filings.',
        title: 'Unknown SEC form',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: '"{id}" is not an SEC form the checks know.',
        why: 'The agent may sign only the filings the power describes; an unrecognized form name describes none.',
        action: 'Use one of: {known}.',
        source: '17 C.F.R. Part 239 (forms under the Securities Act of 1933: Forms S-1, S-3, S-8 and 144, §§ 239.11, 239.13, 239.16b, 239.144) and Part 249 (forms under the Securities Exchange Act of 1934, among them Forms 3, 4 and 5, §§ 249.103-249.105)',
        provenance: [SOURCES.part239Forms, SOURCES.part249Section16],
        check: ({ model }, report) => {
            for (const f of model.grant?.filings ?? []) for (const form of f.forms) {
                if (!secForm(form.id)) report({ range: form.range, args: { id: form.id, known: SEC_FORMS.map((x) => x.id).join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/unknown-statute',
        severityBasis: 'error: a grant that names no known law under which the filing is made does not identify the filing, so it is ineffective.',
        scope: 'Every power that grants SEC filings.',
        title: 'Unknown statute',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: '"{id}" is not a statute or rule the checks know.',
        why: 'The grant must identify the law under which each filing is made.',
        action: 'Use one of: {known}.',
        source: '15 U.S.C. §§ 77a et seq., 78a et seq.',
        provenance: [SOURCES.usc77a78a],
        check: ({ model }, report) => {
            for (const f of model.grant?.filings ?? []) {
                if (f.statute !== undefined && !statute(f.statute)) report({ range: f.statuteRange, args: { id: f.statute, known: STATUTES.map((x) => x.id).join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/term-ends-before-execution',
        severityBasis: 'error: a power that ends before it begins confers no authority.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Term ends too early',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney ends on {end}, before {before}.',
        why: 'A power that ends before it begins confers no authority at all.',
        action: 'Correct the end date (or the execution or start date).',
        source: 'Uniform Power of Attorney Act § 110(a)(4)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 110(a)(4)', SOURCES.co710)],
        check: ({ model }, report) => {
            const end = powerEndDate(model);
            const range = model.term?.end?.range;
            if (!end || !range) return;
            const exec = model.execution?.date.value;
            const start = model.term?.start?.date?.value;
            if (isIsoDate(exec) && end < exec) report({ range, args: { end: longDate(end), before: `it is executed (${longDate(exec)})` }, related: [{ range: model.execution!.range, message: 'The execution date.' }] });
            else if (isIsoDate(start) && end < start) report({ range, args: { end: longDate(end), before: `it starts (${longDate(start)})` }, related: [{ range: model.term!.start!.range, message: 'The start date.' }] });
        }
    }),
    rule({
        code: 'poa/execution-in-future',
        severityBasis: 'warning: a misdated instrument is not void, but the date decides which earlier powers it supersedes, a real risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Execution date in the future',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The execution date, {date}, is in the future.',
        why: 'A power of attorney speaks from the date it is signed; a future date misstates when it was made and can make earlier powers appear to remain in force.',
        action: 'Use the date on which the principal signs.',
        source: 'Uniform Power of Attorney Act § 105; Cal. Prob. Code § 4121(a)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 105', SOURCES.co705), SOURCES.ca4121],
        check: ({ model, today }, report) => {
            const d = model.execution?.date;
            if (d && isIsoDate(d.value) && d.value > today) report({ range: d.range ?? model.execution!.range, args: { date: longDate(d.value) } });
        }
    }),
    rule({
        code: 'poa/term-expired',
        severityBasis: 'warning: the instrument was valid; acting under it now is without authority, a real risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Fixed term already expired',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney ended on {end}.',
        why: 'An agent who acts after the power has ended acts without authority, and third parties who know of the end may not rely on it.',
        action: 'Extend the term or prepare a new power of attorney.',
        source: 'Uniform Power of Attorney Act § 110(a)(4), (d)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 110(a)(4), (d)', SOURCES.co710)],
        check: ({ model, today }, report) => {
            const end = powerEndDate(model);
            const exec = model.execution?.date.value;
            if (!end || end >= today || (isIsoDate(exec) && end < exec)) return;
            report({ range: model.term!.end!.range, args: { end: longDate(end) } });
        }
    }),
    rule({
        code: 'poa/springing-without-determination',
        severityBasis: 'warning: the power is valid, but third parties may refuse it until incapacity is shown, a real practical risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Springing power without a determination method',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The power takes effect on the principal\'s incapacity but does not say who determines it.',
        why: 'Without a named method, incapacity must be shown by a physician\'s or licensed psychologist\'s written determination or by a court, and third parties may refuse the power until it is.',
        action: 'Say how incapacity is determined (for example, "determined by two-physicians").',
        source: 'Uniform Power of Attorney Act § 109(b)-(c); Cal. Prob. Code § 4129',
        provenance: [...upoaa('Uniform Power of Attorney Act § 109(b)-(c)', SOURCES.co709), { citation: 'Cal. Prob. Code § 4129', read: 'cited' }],
        check: ({ model }, report) => {
            const start = model.term?.start;
            if (start?.springing && !start.determination) report({ range: start.range });
        }
    }),
    rule({
        code: 'poa/hot-power-implied',
        severityBasis: 'warning: the power is valid; the implied acts are simply not authorized, a real risk if the principal intended them.',
        scope: 'Every power under a jurisdiction (or the Uniform Act) that requires these acts to be granted expressly.',
        title: 'Hot power implied but not granted expressly',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'Authority over {subject} does not include authority to {powers} unless that authority is granted expressly, and it is not.',
        why: '{rule}; without an express grant the agent does not have that authority.',
        action: 'If the principal intends the agent to have it, add "expressly {ids}" to the grant; otherwise no change is needed.',
        source: '{source}',
        provenance: [SOURCES.dc260201, SOURCES.fl2202, SOURCES.ny1514repeal, { citation: 'Uniform Power of Attorney Act § 201(a); Cal. Prob. Code § 4264; Tex. Est. Code § 751.031; C.R.S. § 15-14-724', read: 'cited' }],
        check: ({ model, profile }, report) => {
            const g = model.grant;
            if (!g || (profile && !profile.hotPowersExpress.value)) return;
            const granted = new Set(g.hotPowers.map((h) => h.id));
            // "subjects all" is one grant: one finding for everything it touches.
            const groups = g.allSubjects
                ? [{ name: 'all subjects', range: g.subjectsRange!, implies: [...new Set(SUBJECTS.flatMap((s) => s.implies))] }]
                : flatMap(g.subjects, (s) => { const def = subject(s.id); return def ? [{ name: def.name, range: s.range, implies: def.implies }] : []; });
            for (const s of groups) {
                const missing = s.implies.filter((id) => !granted.has(id));
                if (missing.length === 0) continue;
                report({
                    range: s.range,
                    args: {
                        subject: s.name,
                        powers: missing.map((id) => hotPower(id)?.text ?? id).join('; or to '),
                        ids: missing.join(', '),
                        rule: profile ? profile.hotPowersExpress.text : 'under the Uniform Power of Attorney Act these acts require an express grant',
                        source: profile ? profile.hotPowersExpress.source : 'Uniform Power of Attorney Act § 201(a)'
                    }
                });
            }
        }
    }),
    rule({
        code: 'poa/pronoun-disagrees',
        severityBasis: 'warning: the instrument is valid, but the rendered text would misdescribe the principal, a practical risk.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Pronoun disagrees with the principal',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The principal {name} is {what}, but the pronoun is "{pronoun}".',
        why: 'The rendered instrument would refer to the principal with the wrong pronoun throughout.',
        action: 'Use "{expected}".',
        source: 'Drafting practice; no statute prescribes pronouns',
        check: ({ model }, report) => {
            for (const p of model.principals) {
                const stated = p.statedPronoun?.value;
                // A principal left blank on a form may be an individual or an entity: any pronoun may be right.
                if (!stated || p.name.blank) continue;
                const bad = p.entity ? stated !== 'it' && stated !== 'they' : stated === 'it';
                if (bad) report({ range: p.pronounRange ?? p.nameRange, args: { name: p.name.value ?? p.id, what: p.entity ? 'an entity' : 'an individual', pronoun: stated, expected: p.entity ? 'it' : 'he, she or they' } });
            }
        }
    }),
    rule({
        code: 'poa/undefined-term',
        severityBasis: 'error: the rendered instrument could not name the law it refers to, leaving the grant indefinite.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Term used but not defined',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: '"{id}" is used but never defined.',
        why: 'The rendered instrument cannot name the law or body it refers to, leaving the scope of the grant uncertain.',
        action: 'Define it with a define clause.',
        source: 'Drafting practice; no statute prescribes definitions',
        quickFix: 'define-term'
        // Reported by the validator from the linker's unresolved term references (see poa-document-validator.ts).
    }),
    rule({
        code: 'poa/unused-term',
        severityBasis: 'warning: drafting: a stray definition suggests a dropped clause.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Term defined but not used',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '"{term}" is defined but never used.',
        why: 'A definition that nothing refers to clutters the instrument and suggests a clause was dropped.',
        action: 'Refer to the term where it was meant to be used, or delete the definition.',
        source: 'Drafting practice; no statute prescribes definitions',
        check: ({ model }, report) => {
            for (const t of unusedTerms(model)) if (t.range) report({ range: t.range, args: { term: t.term } });
        }
    }),
    rule({
        code: 'poa/wording-unknown-reference',
        severityBasis: 'error: the rendered clause would contain a blank where a party or term must be named, so the instrument is incomplete.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Wording refers to an unknown party',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The wording refers to "{name}", which is not a party, defined term or parameter of this instrument.',
        why: 'The rendered clause would contain a blank where a party or term should be named.',
        action: 'Refer to one of the names defined in this file.',
        source: 'Drafting practice: an instrument must identify the persons it refers to',
        check: ({ model }, report) => {
            // The names are gathered only for a file whose wording refers to any: most refer to none.
            let names: Set<string> | undefined;
            for (const w of wordings(model)) for (const r of w.references) {
                names ??= new Set<string>([
                    ...model.principals.map((p) => p.id), ...allAgents(model).map((a) => a.id), ...model.issuers.map((i) => i.id),
                    ...model.definedTerms.map((t) => t.id), ...model.parameters.map((p) => p.name), ...WORDING_BUILTINS
                ]);
                if (!names.has(r.name)) report({ range: r.range, args: { name: r.name } });
            }
        }
    }),
    rule({
        code: 'poa/substitution-scope',
        severityBasis: 'warning: the power is valid, but an unstated scope of delegation is a real risk for third parties.',
        scope: 'Every power with a substitution clause, except a one-off registration-statement power.',
        title: 'Scope of substitution',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The substitution clause does not say whether the agents may revoke or replace the substitutes they appoint.',
        why: 'Delegation is itself a power that must be granted expressly, and its scope should be stated so that third parties know whom to deal with.',
        action: 'Write "substitution with revocation" (and "and resubstitution" if intended).',
        source: 'Uniform Power of Attorney Act § 201(a)(5); Restatement (Third) of Agency § 3.15',
        provenance: [...upoaa('Uniform Power of Attorney Act § 201(a)(5)', SOURCES.dc260201), { citation: 'Restatement (Third) of Agency § 3.15', read: 'cited' }],
        quickFix: 'substitution-scope',
        check: ({ model }, report) => {
            const s = model.substitution;
            if (oneOffIssuerFilingPower(model)) return;
            if (s && !s.revocation && !s.resubstitution) report({ range: headRange(s.range, 'substitution'.length), fix: { fix: 'substitution-scope', title: 'Allow the agents to revoke substitutes', args: { offset: String(s.range.offset + 'substitution'.length) } } });
        }
    }),
    rule({
        code: 'poa/unresolved-reference',
        severityBasis: 'error: the clause refers to a party the instrument does not name, so it is incomplete.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Reference to something not defined',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'Nothing named "{name}" is defined in this file.',
        why: 'The clause refers to a party or issuer that the instrument does not name.',
        action: 'Correct the name or add the party.',
        source: 'Drafting practice: an instrument must identify the persons it refers to'
        // Reported by the validator from the linker's unresolved references (see poa-document-validator.ts).
    })
];


