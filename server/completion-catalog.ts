/**
 * What the editor says about the words of the language: documentation shown
 * with completion items and hovers on keywords, the jurisdictions the checks
 * know, and clause snippets. Wording for lawyers, not programmers.
 */
import type { JurisdictionProfile } from '../language/rules/jurisdiction-profile.js';

/**
 * What the editor says about a jurisdiction, derived from the checks' own
 * jurisdiction table (language/rules/jurisdictions.ts) so the two never differ.
 */
export function jurisdictionTitle(j: JurisdictionProfile): string {
    return j.name.charAt(0).toUpperCase() + j.name.slice(1);
}

export function jurisdictionDoc(j: JurisdictionProfile): string {
    const line = (c: { text: string; source: string }) => `- ${c.text.charAt(0).toUpperCase()}${c.text.slice(1)} (${c.source}).`;
    return [`Governing statute: ${j.act}.`, '', line(j.witnesses), line(j.notary), line(j.coAgentDefault)].join('\n');
}

/** Documentation of keywords, shown in completion and on hover. */
export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
    poa: 'Starts a power of attorney: `poa Name { ... }`.',
    form: 'Writes the instrument in the words of a statutory form: `form sd-59-12-41`. The forms and their ids are listed in docs/forms.md.',
    initials: 'The lines of the statutory form the principal initials, by the form\'s power ids: `initials realProperty, banks`.',
    instructions: 'The statutory form\'s special instructions, in the principal\'s words: `instructions "..."`.',
    template: 'Starts a template: a power of attorney with parameters filled from JSON or CSV data.',
    kind: 'The kind of power of attorney; it decides which clauses are required.',
    section16: 'Section 16 power of attorney: authority to sign and file Forms 3, 4 and 5 (and usually Form 144) for a director, officer or 10% holder.',
    securities: 'Securities power of attorney: other SEC filings such as Schedules 13D and 13G or registration statements.',
    general: 'General (financial) power of attorney in the style of the Uniform Power of Attorney Act.',
    limited: 'Limited power of attorney: one transaction or purpose.',
    healthcare: 'Health-care power of attorney: authority to make health-care decisions.',
    jurisdiction: 'The law that governs the instrument (federal, NY, CA, FL, TX, IL, DC, CO); it decides formalities such as notarization and witnesses.',
    voice: 'How the principal speaks: `undersigned` ("The undersigned hereby appoints ...") or `first-person` ("I appoint ...").',
    undersigned: 'The principal is "the undersigned" throughout, as in most Section 16 powers of attorney.',
    'first-person': 'The principal speaks in the first person ("I appoint ...").',
    layout: 'Paragraph layout of the rendered instrument: `prose` or `numbered`.',
    dates: 'Date style: `legal` ("this 26th day of July, 2007") or `plain` ("July 26, 2007").',
    title: 'The title printed at the head of the instrument (default "POWER OF ATTORNEY").',
    parameter: 'A template parameter, filled from data: `parameter name person|date|text|pronoun|choice(...) [default ...]`. Use it as `[name]`.',
    principal: 'The person or entity granting the power: `principal id "Full Name" { pronoun he  capacities individual }`.',
    agents: 'The attorneys-in-fact, and how they act together: `jointly`, `severally`, `any-one-or-more`, `jointly-and-severally` or `majority`.',
    jointly: 'The agents must act together; no one of them can act alone.',
    severally: 'Each agent may act alone ("each acting singly").',
    'any-one-or-more': 'Any one or more of the agents may act ("or any one or more of them").',
    'jointly-and-severally': 'The agents may act together or each alone.',
    majority: 'A majority of the agents must act together.',
    successors: 'Successor agents who serve, in the order listed, if an agent cannot or will not act (UPOAA § 111(b)).',
    agent: 'An attorney-in-fact, named (`agent id "Full Name"`) or by office (`agent id office "General Counsel" of issuer`).',
    issuer: 'The company whose securities the filings concern: `issuer id "NAME" { organized in "Delaware" as corporation  defined as "Company" }`.',
    define: 'A defined term: `define id "full expression" as "Short Term"`. The rendered text introduces it at first use and uses the short term afterwards.',
    grant: 'The grant of authority: what the agents may do for the principal.',
    comply: 'Authority to act so the principal complies with the named laws (act1934, act1933, sec).',
    file: 'Authority to prepare, sign and file SEC forms: `file form3, form4, form5 under section16a including amendments`.',
    edgar: 'Authority to obtain EDGAR access codes on Form ID (Regulation S-T).',
    any: 'The catch-all: any other action that, in the opinion of the attorney-in-fact, is necessary or desirable in connection with the grant.',
    subjects: 'The subjects of a general power of attorney (UPOAA §§ 204-216), or `all`.',
    expressly: 'Powers the law requires to be granted expressly ("hot powers", UPOAA § 201(a)): gifts, trusts, beneficiary designations, ...',
    'health-care': 'Authority to make health-care decisions, with specific items (life-sustaining treatment, records, ...).',
    purpose: 'The purpose of a limited power of attorney (the transaction it is for).',
    limitation: 'An express limit on the agents\' authority.',
    power: 'A power in your own words, when no structured clause fits.',
    substitution: 'Power of substitution: an agent may appoint a substitute, optionally `with revocation` and `and resubstitution`.',
    ratification: 'The principal ratifies and confirms what the agents lawfully do under the instrument.',
    acknowledgment: 'Section 16 acknowledgment that the agents (and the company) assume none of the principal\'s responsibilities to comply with Section 16.',
    indemnification: 'The principal indemnifies the agents for acts in good faith under the instrument.',
    'third-party': 'Third parties may rely on the power of attorney (UPOAA § 119).',
    compensation: 'Whether the agents are paid: `none`, `reasonable` or `expenses-only` (UPOAA § 112).',
    supersedes: 'What earlier powers of attorney this one replaces: `all prior authorizations for issuer securities revoking them`, `instrument dated ...` or `nothing`.',
    term: 'When the power starts and ends, and whether it is durable: `term { starts immediately  ends when revoked  durable }`.',
    starts: 'When the power takes effect: `immediately`, `on DATE` or `on incapacity` (springing).',
    ends: 'When the power ends: `on DATE`, `after N years`, `when revoked`, `when no longer subject to section16 for issuer`, `at death`.',
    durable: 'The power continues if the principal becomes incapacitated (UPOAA § 104).',
    revocation: 'How the principal revokes the power: `by signed-writing delivered to agents`.',
    executed: 'The execution: date (`as of` allowed), place, signatures, witnesses and notary acknowledgment.',
    testimonium: 'The closing "IN WITNESS WHEREOF" sentence: `hand` ("has hereunto set his hand") or `executed`.',
    signature: 'A signature line; a conformed signature is written as "/s/ Name".',
    witnesses: 'Witnesses to the signature, by number or by name.',
    notary: 'A notary acknowledgment (certificate of acknowledgment) under the signature.',
    worded: 'Overrides the clause\'s standard wording with your own short text; `{name}` refers to a party, defined term or parameter.'
};

export interface ClauseSnippet {
    label: string;
    detail: string;
    body: string;
}

/** Whole clauses with tab stops, offered where a clause may start. */
export const CLAUSE_SNIPPETS: readonly ClauseSnippet[] = [
    { label: 'principal (person)', detail: 'The person granting the power', body: 'principal ${1:id} "${2:Full Name}" {\n    pronoun ${3|he,she,they|}\n    capacities individual, fiduciary, other\n}' },
    { label: 'agents (any one or more)', detail: 'Attorneys-in-fact, any one or more of whom may act', body: 'agents any-one-or-more {\n    agent ${1:id} "${2:Full Name}"\n}' },
    { label: 'issuer', detail: 'The company whose securities the filings concern', body: 'issuer ${1:id} "${2:COMPANY NAME, INC.}" {\n    organized in "${3:Delaware}" as corporation\n    defined as "${4:Company}"\n}' },
    { label: 'grant (Section 16)', detail: 'Forms 3, 4, 5 and 144 with their statutes', body: 'grant {\n    comply with act1934, act1933, sec\n    file form3, form4, form5 under section16a including amendments, successor-forms\n    file form144 under rule144 relating to sales\n}' },
    { label: 'term (Section 16)', detail: 'Ends when the principal is no longer subject to Section 16', body: 'term {\n    ends when no longer subject to section16 for ${1:issuer}\n}' },
    { label: 'term (durable)', detail: 'Effective now, durable, until revoked', body: 'term {\n    starts immediately\n    ends when revoked\n    durable\n}' },
    { label: 'revocation', detail: 'Revocable by a signed writing delivered to the agents', body: 'revocation by signed-writing delivered to agents' },
    { label: 'executed', detail: 'Execution date and signature', body: 'executed ${1:2025-01-01} {\n    testimonium hand\n    signature "/s/ ${2:Full Name}"\n}' }
];
