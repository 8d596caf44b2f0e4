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
    { id: 'opening', keyword: 'opening', name: 'Opening words', note: 'The words before the agents\' names ("Know all by these presents, that the undersigned hereby constitutes and appoints").', kinds: [], snippet: 'opening style ${1:know-all}', phrases: ['opening', 'presents', 'appointing-verb', 'exhibit-heading', 'principal-heading'], worded: true },
    { id: 'undertakings', keyword: 'undertakings', name: 'Questionnaire undertakings', order: 5, note: 'A director and officer questionnaire that holds the power says its undertakings first: the use of the answers, consent to be named and to serve, an offer to resign on a change of position, notice of new affiliations.', kinds: ['securities'], snippet: 'undertakings {\n\t${1:information-use} ${2:consent-to-be-named}\n}', phrases: ['undertaking'], worded: false, doc: 'The undertakings of a director and officer questionnaire, said before the grant: `information-use`, `consent-to-be-named`, `resignation-on-change`, `advise-of-affiliations`.' },
    { id: 'grant', keyword: 'grant', name: 'Appointment and grant of powers', order: 10, note: 'Names the agents and what they may do. An agent may do only what the power grants (Restatement (Third) of Agency § 2.02).', kinds: [], snippet: 'grant {\n\t$0\n}', phrases: ['appointment', 'agent-mode', 'grant', 'securities-power', 'filing', 'filing-amendments', 'filing-successor-forms', 'citation', 'edgar-access', 'venues', 'transaction-information', 'purpose', 'subjects', 'hot-powers', 'health-care', 'catch-all', 'form-description', 'security-power', 'other-agency'], worded: true, doc: 'The grant of authority: what the agents may do for the principal.' },
    { id: 'incidental-authority', keyword: 'incidental authority', name: 'Incidental authority', order: 15, note: 'Authority to do whatever the granted powers require, "as fully ... as the undersigned might or could do if personally present"; in the classic Section 16 form it also carries substitution and ratification.', kinds: ['section16', 'securities'], snippet: 'incidental authority', phrases: ['incidental-authority'], worded: true },
    { id: 'substitution', keyword: 'substitution', name: 'Substitution', note: 'Whether the agents may appoint substitutes; without it an agent may not delegate discretionary authority.', kinds: [], snippet: 'substitution with revocation and resubstitution', phrases: ['substitution'], worded: true, doc: 'Power of substitution: an agent may appoint a substitute, optionally `with revocation` and `and resubstitution`.' },
    { id: 'ratification', keyword: 'ratification', name: 'Ratification', note: 'The principal confirms in advance what the agents lawfully do under the power.', kinds: [], snippet: 'ratification', phrases: ['ratification'], worded: true, doc: 'The principal ratifies and confirms what the agents lawfully do under the instrument.' },
    { id: 'limitations', keyword: 'limitation', name: 'Limitations', order: 20, note: 'Limits on the powers granted, written inside the grant.', kinds: [], snippet: 'limitation "${1:the limitation}"', phrases: ['limitations'], worded: false, doc: 'An express limit on the agents\' authority.' },
    { id: 'successors', keyword: 'successors', name: 'Successor agents', order: 30, note: 'Agents who act, in the order named, if an agent cannot (UPOAA § 111(b)).', kinds: ['general', 'limited', 'healthcare'], snippet: 'successors {\n\tagent ${1:id} "${2:Full Name}"\n}', phrases: ['successors'], worded: false, doc: 'Successor agents who serve, in the order listed, if an agent cannot or will not act (UPOAA § 111(b)).' },
    { id: 'term', keyword: 'term', name: 'Supersession, term and revocation', order: 40, note: 'What the power replaces, when it starts and ends, and how it is revoked; securities powers write these as one sentence.', kinds: [], snippet: 'term {\n\t${1:ends when no longer subject to section16 for ${2:company}}\n}', phrases: ['instrument-name', 'term-frame', 'supersession', 'term-start', 'term-end', 'determination', 'durability', 'revocation', 'revocation-frame', 'agent-departure', 'confirming-statement'], worded: true, doc: 'When the power starts and ends, and whether it is durable: `term { starts immediately  ends when revoked  durable }`.' },
    { id: 'acknowledgment', keyword: 'acknowledgment no-assumption', name: 'Acknowledgment (Section 16)', order: 35, note: 'Neither the agents nor the company assume the insider\'s own duty to comply with Section 16 of the Exchange Act.', kinds: ['section16'], snippet: 'acknowledgment no-assumption', phrases: ['acknowledgment'], worded: true, doc: 'Section 16 acknowledgment that the agents (and the company) assume none of the principal\'s responsibilities to comply with Section 16.' },
    { id: 'indemnification', keyword: 'indemnification', name: 'Indemnification', order: 60, note: 'The principal holds the agents harmless for acts in good faith under the power.', kinds: [], snippet: 'indemnification', phrases: ['indemnification'], worded: true, doc: 'The principal indemnifies the agents for acts in good faith under the instrument.' },
    { id: 'reliance', keyword: 'third-party reliance', name: 'Third-party reliance', order: 70, note: 'Third parties may rely on the power until they have notice of revocation (cf. UPOAA § 119).', kinds: ['general', 'limited'], snippet: 'third-party reliance', phrases: ['reliance'], worded: true, doc: 'Third parties may rely on the power of attorney (UPOAA § 119).' },
    { id: 'compensation', keyword: 'compensation', name: 'Compensation', order: 80, note: 'Whether the agents are paid or reimbursed (UPOAA § 112).', kinds: ['general', 'limited', 'healthcare'], snippet: 'compensation ${1|none,reasonable,expenses-only|}', phrases: ['compensation'], worded: true, doc: 'Whether the agents are paid: `none`, `reasonable` or `expenses-only` (UPOAA § 112).' },
    { id: 'execution', keyword: 'executed', name: 'Execution (testimonium, date and signatures)', note: 'The testimonium, the date of signing and the signature blocks; witnesses and notary where the law requires them.', kinds: [], snippet: 'executed ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\ttestimonium hand\n\tsignature conformed\n}', phrases: ['agents-list', 'effective-line', 'signature-page-note', 'testimonium', 'dating', 'signature', 'witness', 'agent-acceptance', 'notary'], worded: true, doc: 'The execution: date (`as of` allowed), place, signatures, witnesses and notary acknowledgment.' },
    { id: 'governing-law', keyword: 'governing law', name: 'Governing law', order: 90, note: 'The law the instrument names to govern its meaning and construction.', kinds: [], snippet: 'governing law "${1:Delaware}"', phrases: ['governing-law'], worded: true, doc: 'The law that governs the instrument: `governing law "Delaware"`, optionally `and federal-securities-laws`.' },
    { id: 'signature-table', keyword: 'signatures', name: 'Table of signatures', note: 'The signers of a signature-page power, one row each (name, title, date), after the power; several tables for groups of signers.', kinds: ['securities'], snippet: 'signatures style ${1:signature-title-date} {\n\tsigner "${2:Full Name}" conformed as "${3:Director}" dated ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\n}', phrases: ['signature-table'], worded: false, doc: 'A table of signatures after a signature-page power: `signatures { signer "Jane Roe" conformed as "Director" dated 2024-03-01 }`.' },
    { id: 'agents', keyword: 'agents', name: 'Agents', note: 'The attorneys-in-fact and how co-agents act (UPOAA § 111(a): severally unless the power says otherwise).', kinds: [], snippet: 'agents ${1|any-one-or-more,severally,jointly,jointly-and-severally,majority|} {\n\tagent ${2:id} "${3:Full Name}"\n\t$0\n}', phrases: ['agent-mode', 'agents-annex', 'annex-heading'], worded: true, doc: 'The attorneys-in-fact, and how they act together: `jointly`, `severally`, `any-one-or-more`, `jointly-and-severally` or `majority`.' },
    { id: 'issuer', keyword: 'issuer', name: 'Issuer', note: 'The company whose securities are concerned.', kinds: ['section16', 'securities'], snippet: 'issuer ${1:company} "${2:COMPANY NAME, INC.}" {\n\torganized in "${3:Delaware}" as ${4|corporation,limited-liability-company,limited-partnership,partnership,trust,statutory-trust|}\n\tdefined as "${5:Company}"\n}', phrases: ['definition', 'organization'], worded: true, doc: 'The company whose securities the filings concern: `issuer id "NAME" { organized in "Delaware" as corporation  defined as "Company" }`.' }
];

/** A clause as written in a file, with what the lawyer is told about it (hover, outline). */
export interface WrittenClause {
    /** Its id in the written order (a registry clause's id where it is one). */
    id: string;
    /** The syntax node it is written as. */
    nodeType: string;
    /** What the clause is called in a lawyer's words. */
    name: string;
    /** Its legal effect, in plain English. */
    effect: string;
    /** Where the rule comes from. */
    source?: string;
}

/**
 * The clauses in the order they are written in a file (the order of the
 * reference instrument's outline): settings and parties, then the registry's
 * clauses, with supersession and revocation beside the term; each with its
 * legal note. Quick fixes insert a missing clause at its place in this order;
 * hover and the outline read the names and notes.
 */
export const WRITTEN_CLAUSES = [
    { id: 'kind', nodeType: 'KindClause', name: 'Kind of instrument', effect: 'Decides which clauses the checks require and how the standard wording reads. It prints nothing by itself.' },
    { id: 'jurisdiction', nodeType: 'JurisdictionClause', name: 'Governing law', effect: 'Decides the execution formalities the checks apply (notarization, witnesses) and the default for co-agents who are not told how to act.' },
    { id: 'voice', nodeType: 'VoiceClause', name: 'Voice', effect: 'Whether the principal is "the undersigned" or speaks as "I". It changes wording only, not legal effect.' },
    { id: 'layout', nodeType: 'LayoutClause', name: 'Layout', effect: 'Prose paragraphs or numbered paragraphs. It changes presentation only.' },
    { id: 'dates', nodeType: 'DateStyleClause', name: 'Date style', effect: 'How dates are written. It changes presentation only.' },
    { id: 'title', nodeType: 'TitleClause', name: 'Title', effect: 'The heading of the instrument.' },
    { id: 'commercial-power', nodeType: 'CommercialPower', name: 'Commercial power', effect: 'Says the power is given primarily for a business or commercial purpose (a stock power, a power to a creditor), perhaps coupled with an interest in its subject. It prints nothing; state acts that exclude such powers, such as New York title 15, do not govern it.', source: 'N.Y. Gen. Oblig. Law § 5-1501C(1)' },
    { id: 'parameter', nodeType: 'Parameter', name: 'Template parameter', effect: 'A blank filled from data when the template is rendered. Until it has a value it prints as a visible blank, and the final check reports it.' },
    { id: 'principal', nodeType: 'Principal', name: 'Principal', effect: 'The person or entity who grants the authority and is bound by what the agents do within it.', source: 'Restatement (Third) of Agency § 1.01; UPOAA § 102(10)' },
    { id: 'agents', nodeType: 'AgentGroup', name: 'Appointment of agents', effect: 'Names the attorneys-in-fact and says whether they act together or each alone. Co-agents must act jointly unless the instrument says otherwise.', source: 'UPOAA § 111(a)' },
    { id: 'successors', nodeType: 'SuccessorGroup', name: 'Successor agents', effect: 'Agents who may act, in order, if an agent resigns, dies, becomes incapacitated or declines to serve.', source: 'UPOAA § 111(b)' },
    { id: 'issuer', nodeType: 'Issuer', name: 'Issuer', effect: 'Identifies the company whose securities the filings concern and the defined term it is called by.' },
    { id: 'define', nodeType: 'TermDefinition', name: 'Defined term', effect: 'Introduces a short name for a longer expression; the rendered text defines it at first use and uses the short name afterwards.' },
    { id: 'grant', nodeType: 'Grant', name: 'Grant of authority', effect: 'What the attorneys-in-fact may do for the principal. Acts within the grant bind the principal; acts outside it do not. For SEC filings signed by an attorney-in-fact, the SEC requires the power of attorney to be filed with the form or already on file.', source: 'Restatement (Third) of Agency §§ 2.01-2.02; instructions to SEC Forms 3, 4 and 5 on signature by an attorney-in-fact' },
    { id: 'substitution', nodeType: 'Substitution', name: 'Power of substitution', effect: 'Lets an agent appoint a substitute to act in the agent\'s place; without it an agent may not delegate the authority.', source: 'Restatement (Third) of Agency § 3.15; UPOAA § 201(a)(5)' },
    { id: 'ratification', nodeType: 'Ratification', name: 'Ratification', effect: 'The principal confirms in advance what the agents lawfully do under the instrument, so those acts bind the principal as if the principal had done them.', source: 'Restatement (Third) of Agency § 4.01' },
    { id: 'acknowledgment', nodeType: 'Acknowledgment', name: 'Section 16 acknowledgment', effect: 'Records that the agents, in serving, do not assume the principal\'s own responsibility to comply with Section 16 of the Securities Exchange Act of 1934; that duty stays with the reporting person.', source: 'Securities Exchange Act of 1934 § 16(a)' },
    { id: 'indemnification', nodeType: 'Indemnification', name: 'Indemnification', effect: 'The principal agrees to hold the agents harmless for acts taken in good faith under the instrument.', source: 'UPOAA § 115 (exoneration of agent)' },
    { id: 'reliance', nodeType: 'Reliance', name: 'Third-party reliance', effect: 'Tells third parties they may rely on the power of attorney; a person who accepts an acknowledged power of attorney in good faith is protected.', source: 'UPOAA § 119' },
    { id: 'compensation', nodeType: 'Compensation', name: 'Compensation', effect: 'Whether the agents are paid. Unless the instrument says otherwise, an agent is entitled to reimbursement of expenses and reasonable compensation.', source: 'UPOAA § 112' },
    { id: 'supersession', nodeType: 'Supersession', name: 'Supersession', effect: 'Says which earlier powers of attorney this one replaces. A new power of attorney does not revoke earlier ones unless it says so.', source: 'UPOAA § 110(f)' },
    { id: 'term', nodeType: 'Term', name: 'Term', effect: 'When the authority begins and ends, and whether it survives the principal\'s incapacity. A power of attorney is durable unless it says otherwise.', source: 'UPOAA §§ 104, 109, 110' },
    { id: 'revocation', nodeType: 'Revocation', name: 'Revocation', effect: 'How the principal revokes the power. Until an agent or a third party knows of the revocation, acts in good faith under the power may still bind the principal.', source: 'UPOAA §§ 110, 119' },
    { id: 'execution', nodeType: 'Execution', name: 'Execution', effect: 'The date, signature and formalities. A power of attorney must be signed by the principal; a notary acknowledgment makes the signature presumptively genuine.', source: 'UPOAA § 105' },
    { id: 'as-filed', nodeType: 'AsFiled', name: 'Words as filed', effect: 'Keeps the words of a clause as filed where they differ from its style by a few words: each edit replaces the style\'s words in the rendered paragraph by the filed ones. It changes wording only; the parties, terms, dates and values stay in their clauses, and an edit that no longer applies is reported.' }
] as const satisfies readonly WrittenClause[];

export type WrittenClauseId = (typeof WRITTEN_CLAUSES)[number]['id'];

/** The written order, by id. */
export const WRITTEN_ORDER: readonly WrittenClauseId[] = WRITTEN_CLAUSES.map((c) => c.id);

const BY_NODE_TYPE = new Map<string, WrittenClause>(WRITTEN_CLAUSES.map((c) => [c.nodeType, c]));

/** The written clause a syntax node of this type is. */
export function writtenClause(nodeType: string): WrittenClause | undefined {
    return BY_NODE_TYPE.get(nodeType);
}

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
