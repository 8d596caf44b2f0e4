/**
 * Rules for every power of attorney, whatever its kind: the parties, a grant,
 * an execution with date and signature, and the settings the other rule sets
 * depend on (kind, jurisdiction).
 */
import { isSection16Reporting } from '../catalog/securities-catalog.js';
import type { Kind, PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import { JURISDICTIONS } from './jurisdictions.js';
import { headRange, insertClause, insertInBlock, missingAt } from './rule-helpers.js';
import { isClauseStyleOnly } from './style-rules.js';
import { SOURCES, upoaa } from './sources-read.js';
import { rule, type Provenance, type QuickFixData, type Rule } from './rule.js';

/** Appointing words and a name for the appointee, as in "appoint ... as its true and lawful attorneys-in-fact". */
const APPOINTS = /\b(?:appoint|constitute|designate|authori[sz]e)/i;
const APPOINTEE = /\battorneys?[- ]in[- ]fact\b|\bagents?\b|\bprox(?:y|ies)\b|\btrue and lawful\b/i;

/** The first text kept as written (`worded`) that appoints someone: where a file that declares no agent names its agents. */
function appointingWords(model: PoaModel): { range: SourceRange } | undefined {
    return model.wordings.find((w) => APPOINTS.test(w.text) && APPOINTEE.test(w.text));
}

const GRANT_BY_KIND: Record<Kind, string> = {
    section16: 'grant {\nfile form3, form4, form5 under section16a including amendments\n}',
    securities: 'grant {\nfile schedule13D, schedule13G under section13d including amendments\n}',
    general: 'grant {\nsubjects realProperty, banks, taxes\n}',
    limited: 'grant {\npurpose "[the transaction the power is limited to]"\n}',
    healthcare: 'grant {\nhealth-care decisions\n}'
};

/** The kind a file's grant suggests, for the "state the kind" fix. */
function likelyKind(model: PoaModel): Kind | undefined {
    const g = model.grant;
    if (!g) return undefined;
    if (g.healthCare) return 'healthcare';
    if (g.filings.some((f) => isSection16Reporting(f.statute))) return 'section16';
    if (g.filings.length > 0) return 'securities';
    if (g.purposes.length > 0) return 'limited';
    if (g.subjects.length > 0 || g.allSubjects) return 'general';
    return undefined;
}

const KIND_NAMES: Record<Kind, string> = {
    section16: 'a Section 16 power of attorney',
    securities: 'a securities filing power of attorney',
    general: 'a general (durable financial) power of attorney',
    limited: 'a limited power of attorney',
    healthcare: 'a health-care power of attorney'
};

/** The Restatement (Third) of Agency is not in the stored sources: cited only. */
const RESTATEMENT = (section: string): Provenance => ({ citation: `Restatement (Third) of Agency ${section}`, read: 'cited', where: 'not in the stored sources' });

export const COMMON_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-principal',
        clauseKeyword: 'principal',
        severityBasis: 'error: a power of attorney is a record that grants authority to an agent to act in the place of the principal, the individual who grants it (Uniform Power of Attorney Act § 102(7), (9), as enacted in D.C. Code § 21-2601.02(a)(7), (9)); without a principal there is no grant of authority, so the instrument is ineffective.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Principal required',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney names no principal.',
        why: 'A power of attorney is the principal\'s grant of authority; without a principal no one is bound by what the agents do.',
        action: 'Add a principal clause with the principal\'s full legal name.',
        source: 'Restatement (Third) of Agency § 3.01; Uniform Power of Attorney Act § 102(9)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(7), (9)', SOURCES.dc260102), RESTATEMENT('§ 3.01')],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.principals.length === 0) report({ range: missingAt(model), fix: insertClause('principal', 'principal principal1 "[Name of principal]"', 'Add a principal') });
        }
    }),
    rule({
        code: 'poa/missing-agent',
        clauseKeyword: ['agents', 'agent'],
        severityBasis: 'error: a power of attorney is a record that grants authority to an agent, a person granted authority to act for the principal (Uniform Power of Attorney Act § 102(1), (7), as enacted in D.C. Code § 21-2601.02(a)(1), (7)); without an agent the instrument confers no power on anyone, so it is ineffective.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Agent required',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney names no agent (attorney-in-fact).',
        why: 'Authority can only be granted to someone; without an agent the instrument confers no power.',
        action: 'Add an agents clause naming at least one attorney-in-fact.',
        source: 'Restatement (Third) of Agency § 1.01; Uniform Power of Attorney Act § 102(1)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(1), (7)', SOURCES.dc260102), RESTATEMENT('§ 1.01')],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.agents.length > 0 || appointingWords(model)) return;
            if (model.agentsRange) report({ range: headRange(model.agentsRange, 'agents'.length) });
            else report({ range: missingAt(model), fix: insertClause('agents', 'agents {\nagent agent1 "[Name of agent]"\n}', 'Add an agent') });
        }
    }),
    rule({
        code: 'poa/agents-only-in-words',
        severityBasis: 'warning: words kept as written appoint the agents, so the instrument may well be valid; but the checks read no agent, so nothing they say about the agents (witnesses, acting together, acceptance) can be relied on.',
        scope: 'Instruments that declare no agent but keep words as written (`worded`) that appoint one.',
        title: 'Agents named only in words kept as written',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'No agent is declared; the agents are named only in words kept as written (`worded`), which the checks do not read.',
        why: 'The checks that concern the agents (who may witness, whether they act together, their acceptance) cannot apply to agents they do not see.',
        action: 'Declare the agents in an agents clause (`agents { agent a "Name" }`).',
        source: 'Uniform Power of Attorney Act § 102(1)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(1)', SOURCES.dc260102)],
        check: ({ model }, report) => {
            if (model.agents.length > 0) return;
            const words = appointingWords(model);
            if (words) report({ range: model.agentsRange ? headRange(model.agentsRange, 'agents'.length) : words.range });
        }
    }),
    rule({
        code: 'poa/missing-grant',
        clauseKeyword: 'grant',
        severityBasis: 'error: a power of attorney is a record that grants authority to an agent (Uniform Power of Attorney Act § 102(7), as enacted in D.C. Code § 21-2601.02(a)(7)), and an agent has only the authority granted (§ 201, D.C. Code § 21-2602.01); with no grant the instrument is ineffective.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Grant of authority required',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney has no grant of authority.',
        why: 'An agent has only the authority the instrument grants; without a grant the agents can do nothing on the principal\'s behalf.',
        action: 'Add a grant clause stating what the agents may do.',
        source: 'Restatement (Third) of Agency § 3.01; Uniform Power of Attorney Act § 201',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(7)', SOURCES.dc260102), ...upoaa('Uniform Power of Attorney Act § 201', SOURCES.dc260201), RESTATEMENT('§ 3.01')],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.grant) return;
            report({ range: missingAt(model), fix: insertClause('grant', GRANT_BY_KIND[model.kind ?? 'general'], 'Add a grant of authority') });
        }
    }),
    rule({
        code: 'poa/missing-execution',
        clauseKeyword: 'executed',
        severityBasis: 'error: a power of attorney that is not signed by the principal is not executed and has no effect.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Execution date and signature required',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney has no execution clause (date and signature).',
        why: 'A power of attorney must be signed by the principal, and its date fixes when it was made and which earlier powers it supersedes.',
        action: 'Add an executed clause with the date of signing and the signature.',
        source: 'Uniform Power of Attorney Act § 105; Cal. Prob. Code § 4121(a)-(b); N.Y. Gen. Oblig. Law § 5-1501B(1)',
        provenance: [{ citation: 'Uniform Power of Attorney Act § 105', read: 'cited', where: 'its enactments read: ' + SOURCES.co705.citation + '; ' + SOURCES.dc260105a.citation }, SOURCES.co705, SOURCES.dc260105a, SOURCES.ca4121, SOURCES.ny1501B],
        quickFix: 'insert-clause',
        check: ({ model, today }, report) => {
            if (model.execution) return;
            const securities = model.kind === 'section16' || model.kind === 'securities';
            report({ range: missingAt(model), fix: insertClause('execution', `executed ${today} {\n${securities ? 'signature conformed' : 'signature'}\n}`, 'Add the execution (date and signature)') });
        }
    }),
    rule({
        code: 'poa/missing-signature',
        clauseKeyword: 'signature',
        severityBasis: 'error: a power of attorney that is not signed by the principal is not executed and has no effect.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Signature required',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The execution has no signature.',
        why: 'A power of attorney takes effect only when signed by the principal (or by another at the principal\'s direction and in the principal\'s conscious presence).',
        action: 'Add a signature to the execution.',
        source: 'Uniform Power of Attorney Act § 105',
        provenance: [{ citation: 'Uniform Power of Attorney Act § 105', read: 'cited', where: 'its enactments read: ' + SOURCES.co705.citation + '; ' + SOURCES.dc260105a.citation }, SOURCES.co705, SOURCES.dc260105a],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            // `executed none`: the signatures are on the signature page the power belongs to; a table of
            // signatures (`signatures { signer ... }`) signs for the signatories.
            if (!e || e.none || e.signatures.length > 0 || model.signatureTables.some((t) => t.signers.length > 0)) return;
            const securities = model.kind === 'section16' || model.kind === 'securities';
            report({ range: headRange(e.range, 'executed'.length), fix: insertInBlock('execution', securities ? 'signature conformed' : 'signature', 'Add a signature') });
        }
    }),
    rule({
        code: 'poa/missing-kind',
        clauseKeyword: 'kind',
        severityBasis: 'warning: no law requires the kind to be stated, but without it only the common checks run, a practical risk that a requirement goes unchecked.',
        scope: 'Every file: the kind is a setting of the language that selects the checks.',
        title: 'Kind of power of attorney',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney does not say what kind it is.',
        why: 'The clauses a power of attorney must contain depend on its kind (Section 16, securities, general, limited or health care), so only the checks common to all kinds have been made.',
        action: 'Add a kind clause.',
        source: 'Uniform Power of Attorney Act §§ 201-217; Securities Exchange Act of 1934 § 16(a)',
        provenance: [...upoaa('Uniform Power of Attorney Act §§ 201-217', SOURCES.dc260201), SOURCES.usc78pa],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.kind) return;
            const kinds: Kind[] = ['section16', 'securities', 'general', 'limited', 'healthcare'];
            const likely = likelyKind(model);
            const fixes: QuickFixData[] = kinds.map((k) => insertClause('kind', `kind ${k}`, `Make this ${KIND_NAMES[k]}`));
            const fix = likely ? fixes[kinds.indexOf(likely)] : undefined;
            report({ range: missingAt(model), fix, alternatives: fixes.filter((f) => f !== fix) });
        }
    }),
    rule({
        code: 'poa/missing-jurisdiction',
        clauseKeyword: 'jurisdiction',
        severityBasis: 'warning: no law requires a governing-law clause: without one the law of the place of execution determines a financial power\'s meaning and effect, and a power executed as that law requires is valid (Uniform Power of Attorney Act §§ 106(c), 107, as enacted in D.C. Code §§ 21-2601.06(c), 21-2601.07; a health-care power is outside that act, § 103(2), and each state\'s health-care statute sets its own formalities); but the checks cannot tell which law that is, so the execution formalities go unchecked, a practical risk.',
        scope: 'General, limited and health-care powers (Section 16 and securities powers fall under federal securities law when none is named).',
        title: 'Governing jurisdiction',
        kinds: ['general', 'limited', 'healthcare'], jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney does not name the jurisdiction whose law governs it.',
        why: 'In the states that enacted the Uniform Power of Attorney Act, without one the law of the place where a financial power was signed governs its meaning and effect; a health-care power is outside that act and is governed by the state\'s own health-care statute. Witness and notary requirements, whether the power survives incapacity, and how co-agents act all differ from state to state, so the execution formalities could not be checked.',
        action: 'Add a jurisdiction clause (for example NY, CA, FL, TX, IL, DC or CO, or another state by its two-letter code).',
        source: 'Uniform Power of Attorney Act §§ 106-107; § 103(2) (health-care powers outside the act)',
        provenance: [...upoaa('Uniform Power of Attorney Act §§ 106-107', SOURCES.dc260106), SOURCES.dc260107, SOURCES.haw551E2],
        quickFix: 'insert-clause',
        check: ({ model }, report) => {
            if (model.jurisdiction) return;
            const fixes = JURISDICTIONS.filter((j) => j.id !== 'federal').map((j) => insertClause('jurisdiction', `jurisdiction ${j.id}`, `Governed by the law of ${j.name}`));
            report({ range: missingAt(model), alternatives: fixes });
        }
    }),
    rule({
        code: 'poa/unknown-jurisdiction',
        severityBasis: 'information: the checks simply have no table for that jurisdiction; nothing is wrong with the instrument.',
        scope: 'Every file naming a jurisdiction the catalog does not know.',
        title: 'Jurisdiction without specific rules',
        kinds: 'all', jurisdictions: 'all', severity: 'information',
        message: 'There are no rules for the jurisdiction "{jurisdiction}"; only the general checks apply.',
        why: '{unchecked}',
        action: 'Confirm the execution formalities against that jurisdiction\'s statute.',
        source: 'Uniform Power of Attorney Act § 106',
        provenance: upoaa('Uniform Power of Attorney Act § 106', SOURCES.dc260106),
        check: ({ model, profile }, report) => {
            if (!model.jurisdiction || profile) return;
            // On a statutory form, the form's own witnesses and notary are checked (statutory-form-rules.ts).
            const unchecked = model.form?.id
                ? `The witnesses and the notary that the statutory form ${model.form.id} provides for are checked; the state's other execution requirements are not.`
                : 'Its witness, notary and other execution requirements have not been checked.';
            report({ range: model.settingRanges.jurisdiction ?? missingAt(model), args: { jurisdiction: model.jurisdiction, unchecked } });
        }
    }),
    rule({
        code: 'poa/repeated-clause',
        severityBasis: 'warning: a second version of a term makes the instrument ambiguous, a real risk of dispute; no statute is broken.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Clause written twice',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The {clause} clause is written more than once; only the first is used.',
        why: 'Two versions of the same term leave the instrument ambiguous, and the second is silently ignored in the rendered text.',
        action: 'Merge the two into one clause.',
        source: 'Drafting practice: each term of the instrument is stated once',
        check: ({ model }, report) => {
            for (const r of model.repeatedClauses) {
                report({ range: r.range, args: { clause: r.clause }, related: [{ range: r.first, message: `The first ${r.clause} clause, which is the one used.` }] });
            }
            // A second style set; a clause's style written on its own is poa/clause-style-as-set's to report.
            const set = model.styles.set;
            for (const later of model.styles.later) {
                if (!set || isClauseStyleOnly(later.id)) continue;
                report({ range: later.clauseRange, args: { clause: 'style' }, related: [{ range: set.range, message: 'The first style clause, which is the one used.' }] });
            }
        }
    })
];
