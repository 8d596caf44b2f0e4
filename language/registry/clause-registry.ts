/**
 * The clause registry: every clause of the language in one table, with its
 * keyword, its name for a lawyer, its place in the rendered instrument, a
 * legal note, the kinds of instrument it belongs to, a snippet, and the
 * phrasebook clauses that word it. The renderer takes the paragraph order
 * from here; hover, completion and snippets can read the same table.
 */
import { clausePhrases, type PhraseStyle } from '../phrasebook/index.js';
import type { Kind } from '../model/poa-model.js';

export interface ClauseEntry {
    /** Registry id; for paragraph clauses also the id of the rendered block. */
    id: string;
    /** What the file writes. */
    keyword: string;
    /** The clause's name for a lawyer. */
    name: string;
    /** Rendering order of paragraphs (lower first); undefined for clauses that make no paragraph of their own. */
    order?: number;
    note: string;
    /** Kinds of instrument the clause belongs to (empty: every kind). */
    kinds: readonly Kind[];
    /** A snippet with $1-style placeholders. */
    snippet: string;
    /** Phrasebook clauses that word it, in the order they appear. */
    phrases: readonly string[];
    /** Whether the clause takes `worded "..."`. */
    worded: boolean;
    /** Keyword documentation (completion and hover on the clause's first keyword); the note when absent. */
    doc?: string;
}

export const CLAUSES: readonly ClauseEntry[] = [
    { id: 'opening', keyword: 'opening', name: 'Opening words', note: 'The words before the agents\' names ("Know all by these presents, that the undersigned hereby constitutes and appoints").', kinds: [], snippet: 'opening style ${1:know-all}', phrases: ['opening'], worded: true },
    { id: 'grant', keyword: 'grant', name: 'Appointment and grant of powers', order: 10, note: 'Names the agents and what they may do. An agent may do only what the power grants (Restatement (Third) of Agency § 2.02).', kinds: [], snippet: 'grant {\n\t$0\n}', phrases: ['appointment', 'agent-mode', 'grant', 'securities-power', 'filing', 'filing-amendments', 'filing-successor-forms', 'edgar-access', 'venues', 'transaction-information', 'purpose', 'subjects', 'hot-powers', 'health-care', 'catch-all'], worded: true, doc: 'The grant of authority: what the agents may do for the principal.' },
    { id: 'incidental-authority', keyword: 'incidental authority', name: 'Incidental authority', order: 15, note: 'Authority to do whatever the granted powers require, "as fully ... as the undersigned might or could do if personally present"; in the classic Section 16 form it also carries substitution and ratification.', kinds: ['section16', 'securities'], snippet: 'incidental authority', phrases: ['incidental-authority'], worded: true },
    { id: 'substitution', keyword: 'substitution', name: 'Substitution', note: 'Whether the agents may appoint substitutes; without it an agent may not delegate discretionary authority.', kinds: [], snippet: 'substitution with revocation and resubstitution', phrases: ['substitution'], worded: true, doc: 'Power of substitution: an agent may appoint a substitute, optionally `with revocation` and `and resubstitution`.' },
    { id: 'ratification', keyword: 'ratification', name: 'Ratification', note: 'The principal confirms in advance what the agents lawfully do under the power.', kinds: [], snippet: 'ratification', phrases: ['ratification'], worded: true, doc: 'The principal ratifies and confirms what the agents lawfully do under the instrument.' },
    { id: 'limitations', keyword: 'limitation', name: 'Limitations', order: 20, note: 'Limits on the powers granted, written inside the grant.', kinds: [], snippet: 'limitation "${1:the limitation}"', phrases: ['limitations'], worded: false, doc: 'An express limit on the agents\' authority.' },
    { id: 'successors', keyword: 'successors', name: 'Successor agents', order: 30, note: 'Agents who act, in the order named, if an agent cannot (UPOAA § 111(b)).', kinds: ['general', 'limited', 'healthcare'], snippet: 'successors {\n\tagent ${1:id} "${2:Full Name}"\n}', phrases: ['successors'], worded: false, doc: 'Successor agents who serve, in the order listed, if an agent cannot or will not act (UPOAA § 111(b)).' },
    { id: 'term', keyword: 'term', name: 'Supersession, term and revocation', order: 40, note: 'What the power replaces, when it starts and ends, and how it is revoked; securities powers write these as one sentence.', kinds: [], snippet: 'term {\n\t${1:ends when no longer subject to section16 for ${2:company}}\n}', phrases: ['instrument-name', 'supersession', 'term-start', 'term-end', 'agent-term', 'determination', 'durability', 'revocation', 'revocation-frame'], worded: true, doc: 'When the power starts and ends, and whether it is durable: `term { starts immediately  ends when revoked  durable }`.' },
    { id: 'acknowledgment', keyword: 'acknowledgment no-assumption', name: 'Acknowledgment (Section 16)', order: 35, note: 'Neither the agents nor the company assume the insider\'s own duty to comply with Section 16 of the Exchange Act.', kinds: ['section16'], snippet: 'acknowledgment no-assumption', phrases: ['acknowledgment'], worded: true, doc: 'Section 16 acknowledgment that the agents (and the company) assume none of the principal\'s responsibilities to comply with Section 16.' },
    { id: 'indemnification', keyword: 'indemnification', name: 'Indemnification', order: 60, note: 'The principal holds the agents harmless for acts in good faith under the power.', kinds: [], snippet: 'indemnification', phrases: ['indemnification'], worded: true, doc: 'The principal indemnifies the agents for acts in good faith under the instrument.' },
    { id: 'reliance', keyword: 'third-party reliance', name: 'Third-party reliance', order: 70, note: 'Third parties may rely on the power until they have notice of revocation (cf. UPOAA § 119).', kinds: ['general', 'limited'], snippet: 'third-party reliance', phrases: ['reliance'], worded: true, doc: 'Third parties may rely on the power of attorney (UPOAA § 119).' },
    { id: 'compensation', keyword: 'compensation', name: 'Compensation', order: 80, note: 'Whether the agents are paid or reimbursed (UPOAA § 112).', kinds: ['general', 'limited', 'healthcare'], snippet: 'compensation ${1|none,reasonable,expenses-only|}', phrases: ['compensation'], worded: true, doc: 'Whether the agents are paid: `none`, `reasonable` or `expenses-only` (UPOAA § 112).' },
    { id: 'execution', keyword: 'executed', name: 'Execution (testimonium, date and signatures)', note: 'The testimonium, the date of signing and the signature blocks; witnesses and notary where the law requires them.', kinds: [], snippet: 'executed ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\ttestimonium hand\n\tsignature conformed\n}', phrases: ['testimonium', 'dating', 'signature', 'witness', 'signature-page'], worded: true, doc: 'The execution: date (`as of` allowed), place, signatures, witnesses and notary acknowledgment.' },
    { id: 'agents', keyword: 'agents', name: 'Agents', note: 'The attorneys-in-fact and how co-agents act (UPOAA § 111(a): severally unless the power says otherwise).', kinds: [], snippet: 'agents ${1|any-one-or-more,severally,jointly,jointly-and-severally,majority|} {\n\tagent ${2:id} "${3:Full Name}"\n\t$0\n}', phrases: ['agent-mode', 'agents-annex'], worded: true, doc: 'The attorneys-in-fact, and how they act together: `jointly`, `severally`, `any-one-or-more`, `jointly-and-severally` or `majority`.' },
    { id: 'issuer', keyword: 'issuer', name: 'Issuer', note: 'The company whose securities are concerned.', kinds: ['section16', 'securities'], snippet: 'issuer ${1:company} "${2:COMPANY NAME, INC.}" {\n\torganized in "${3:Delaware}" as ${4|corporation,limited-liability-company,limited-partnership,partnership,trust,statutory-trust|}\n\tdefined as "${5:Company}"\n}', phrases: [], worded: true, doc: 'The company whose securities the filings concern: `issuer id "NAME" { organized in "Delaware" as corporation  defined as "Company" }`.' }
];

/**
 * The order clauses are written in a file (the order of the reference
 * instrument's outline): settings and parties, then the registry's clauses,
 * with supersession and revocation beside the term. Quick fixes insert a
 * missing clause at its place in this order. Registry clauses appear by id.
 */
export const WRITTEN_ORDER = [
    'kind', 'jurisdiction', 'voice', 'layout', 'dates', 'title', 'parameter', 'principal', 'agents', 'successors', 'issuer', 'define',
    'grant', 'substitution', 'ratification', 'acknowledgment', 'indemnification', 'reliance', 'compensation', 'supersession',
    'term', 'revocation', 'execution'
] as const;

/** The paragraph clauses in rendering order. */
export const PARAGRAPH_ORDER: readonly string[] = CLAUSES.filter((c) => c.order !== undefined)
    .sort((a, b) => a.order! - b.order!)
    .map((c) => c.id);

export function clauseEntry(id: string): ClauseEntry | undefined {
    return CLAUSES.find((c) => c.id === id);
}

/** Every style of a registry clause, by phrasebook clause. */
export function clauseStyles(id: string): { phrase: string; styles: readonly PhraseStyle[] }[] {
    return (clauseEntry(id)?.phrases ?? []).map((phrase) => ({ phrase, styles: clausePhrases(phrase)?.styles ?? [] }));
}
