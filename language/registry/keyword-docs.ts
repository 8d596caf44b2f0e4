/**
 * Documentation of the language's keywords, shown in completion and on hover.
 * A clause's keyword takes its words from the clause registry (its `doc`, or
 * its note); the other keywords (settings, values, grant items) are here.
 */
import { JURISDICTIONS } from '../rules/jurisdictions.js';
import { CLAUSES } from './clause-registry.js';

const OTHER_KEYWORDS: Readonly<Record<string, string>> = {
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
    jurisdiction: `The law that governs the instrument (${JURISDICTIONS.map((j) => j.id).join(', ')}); it decides formalities such as notarization and witnesses.`,
    voice: 'How the principal speaks: `undersigned` ("The undersigned hereby appoints ...") or `first-person` ("I appoint ...").',
    undersigned: 'The principal is "the undersigned" throughout, as in most Section 16 powers of attorney.',
    'first-person': 'The principal speaks in the first person ("I appoint ...").',
    layout: 'Paragraph layout of the rendered instrument: `prose` or `numbered`.',
    dates: 'Date style: `legal` ("this 26th day of July, 2007") or `plain` ("July 26, 2007").',
    title: 'The title printed at the head of the instrument (default "POWER OF ATTORNEY").',
    parameter: 'A template parameter, filled from data: `parameter name person|date|text|pronoun|choice(...) [default ...]`. Use it as `[name]`.',
    principal: 'The person or entity granting the power: `principal id "Full Name" { pronoun he  capacities individual }`.',
    jointly: 'The agents must act together; no one of them can act alone.',
    severally: 'Each agent may act alone ("each acting singly").',
    'any-one-or-more': 'Any one or more of the agents may act ("or any one or more of them").',
    'jointly-and-severally': 'The agents may act together or each alone.',
    majority: 'A majority of the agents must act together.',
    agent: 'An attorney-in-fact, named (`agent id "Full Name"`) or by office (`agent id office "General Counsel" of issuer`).',
    define: 'A defined term: `define id "full expression" as "Short Term"`. The rendered text introduces it at first use and uses the short term afterwards.',
    comply: 'Authority to act so the principal complies with the named laws (act1934, act1933, sec).',
    file: 'Authority to prepare, sign and file SEC forms: `file form3, form4, form5 under section16a including amendments`.',
    numbering: 'The grant\'s own list markers: `grant numbering "(a)" { ... }` numbers the powers (a), (b), ... (also "(1)", "1.", "(A)", "(i)", "I.").',
    edgar: 'Authority to obtain EDGAR access codes on Form ID (Regulation S-T).',
    any: 'The catch-all: any other action that, in the opinion of the attorney-in-fact, is necessary or desirable in connection with the grant.',
    subjects: 'The subjects of a general power of attorney (UPOAA §§ 204-216), or `all`.',
    expressly: 'Powers the law requires to be granted expressly ("hot powers", UPOAA § 201(a)): gifts, trusts, beneficiary designations, ...',
    'health-care': 'Authority to make health-care decisions, with specific items (life-sustaining treatment, records, ...).',
    purpose: 'The purpose of a limited power of attorney (the transaction it is for).',
    power: 'A power in your own words, when no structured clause fits.',
    supersedes: 'What earlier powers of attorney this one replaces: `all prior authorizations for issuer securities revoking them`, `instrument dated ...` or `nothing`.',
    starts: 'When the power takes effect: `immediately`, `on DATE` or `on incapacity` (springing).',
    ends: 'When the power ends: `on DATE`, `after N years`, `when revoked`, `when no longer subject to section16 for issuer`, `at death`.',
    durable: 'The power continues if the principal becomes incapacitated (UPOAA § 104).',
    revocation: 'How the principal revokes the power: `by signed-writing delivered to agents`.',
    testimonium: 'The closing "IN WITNESS WHEREOF" sentence: `hand` ("has hereunto set his hand") or `executed`.',
    signature: 'A signature line; a conformed signature is written as "/s/ Name".',
    witnesses: 'Witnesses to the signature, by number or by name; a block after them may say what each witness is or is not: `witnesses "Ann Lee", "Bo Chan" { witness "Ann Lee" is not-related, not-heir }`.',
    witness: 'In the witnesses\' block: what one witness, by name or by number from 1, is or is not, for the checks of each statute\'s witness qualifications: `witness 2 is not-related, not-heir` or `witness "Olga Ruiz" is ombudsman`. A fact left unstated is unknown.',
    is: 'In the witnesses\' block: the facts about the witness, each `fact` or `not-fact` (related, heir, agent, gift-recipient, creditor, health-care-provider, care-facility-operator, attending-physician, facility-employee, ombudsman, patient-advocate).',
    patient: 'In the principal\'s block: where the principal is a patient when signing, `patient in skilled-nursing-facility` (Cal. Prob. Code § 4675: a patient advocate or ombudsman must then witness an advance health care directive).',
    'skilled-nursing-facility': 'The principal is a patient in a skilled nursing facility when signing (Cal. Prob. Code § 4675(a)).',
    notary: 'A notary acknowledgment (certificate of acknowledgment) under the signature.',
    acceptance: 'The agents\' signed acceptance of the appointment, in the execution, printed with a signature and date line for each agent: `acceptance by agents acknowledged`, in the words of the `agent-acceptance` style (in New York, by default, the statutory short form\'s; `style accepts-appointment` for plain words) (New York requires each agent\'s signature, acknowledged like a deed, before the agent acts: N.Y. Gen. Oblig. Law § 5-1501B(1)(c)).',
    acknowledged: 'After `acceptance by agents`: the agents\' signatures are acknowledged before a notary, and a certificate of acknowledgment naming them is printed after their acceptance.',
    unrelated: 'After the witnesses: how many of them are not related to the principal by blood, marriage or adoption and take nothing from the principal\'s estate: `witnesses 2 with 1 unrelated` (D.C. Code § 21-2205(d)).',
    'as-filed': 'The words of a clause as filed, where they differ from its style by a few words: `as-filed grant { reading "style words" as "filed words" }`. Each edit replaces the style\'s words in the rendered paragraph (grant, incidental-authority, term, acknowledgment, ...) by the filed ones, so the clause stays structured. Edits apply in the order written, each after the one before. Parties, defined terms, dates and values are changed in their clauses, never by an edit; an edit whose words are no longer in the paragraph, or come before the edit above it, is reported (poa/as-filed-not-applied).',
    reading: 'One edit of an `as-filed` clause: `reading "style words" as "filed words"`, the style\'s words as the paragraph renders them, then the words as filed.',
    worded: 'Overrides the clause\'s standard wording with your own short text; `{name}` refers to a party, defined term or parameter.',
    lapses: 'In the term, the power lapses for an agent who leaves the company or firm: `lapses for any agent on leaving acme`.',
    leaving: 'In the term, the power lapses for an agent who leaves the company or firm: `lapses for any agent on leaving acme and subsidiaries, "Cooley LLP" as "employee or consultant"`.',
    subsidiaries: 'With an employer in `lapses for any agent on leaving ...`: the agent\'s authority lasts while the agent works for the company or any of its subsidiaries.',
    quotes: 'Quotation marks in the rendered text: `straight` ("Company", the default) or `typographic` (“Company”, undersigned’s).',
    'confirming-statement': 'The power says it may be filed with the SEC as a confirming statement of the authority it grants.',
    'signature-page-follows': 'In the execution block: prints "[Signature Page Follows]" before the testimonium.',
    schedule: 'A schedule printed after the power, which a filing style can refer to: `schedule "Schedule A" titled "..." { columns "File Number", "Filed"  row "33-44302", "11/27/91" }`.',
    columns: 'In a schedule: the column heads, `columns "File Number", "Filed"`.',
    row: 'In a schedule: one row of cells, `row "33-44302", "11/27/91"`.',
    titled: 'After a schedule\'s name: its title, printed after the name.',
    signer: 'One row of a table of signatures: `signer "Jane Roe" conformed as "Director" dated 2024-03-01` (or `signature "/s/ ..."` for the signature as filed).',
    registering: 'After a registration filing: the securities the registration statement registers, `registering "debt securities", "common stock"`, listed (i), (ii), ...',
    blank: 'A value left blank for a hand to fill in, with its caption, as government forms print it: `agent a blank "name of attorney-in-fact"` prints "__________ (name of attorney-in-fact)"; `blank 14` sets the length of the line. It stands wherever a name, text or date does.',
    'registration-number': 'The principal\'s number with a regulator, printed where a form asks for it (`phrasing principal-heading style name-address-registration`): `registration-number blank 6 "DEA registration number"`.',
    delegate: 'After an agent named by office: `office "Administrator" of "the National Highway Traffic Safety Administration" or delegate`, the office-holder or a delegate.',
    secures: 'In the grant: a power given as security, `secures "a bond with the United States" dated blank 10 without notice irrevocable`: on default the agents may collect or sell the deposited securities; `without notice` waives notice and the right to redeem; `irrevocable` makes the authority irrevocable.',
    year: 'After a filing: the fiscal year an annual report covers, `file form10K under section13a for year ended 2002-12-31`.'
};

/** The first word of a clause's keyword, which is what completion offers and hover finds. */
export function leadingKeyword(keyword: string): string {
    return keyword.split(' ')[0];
}

/** Documentation of keywords: every clause of the registry by its leading keyword, and the other keywords. */
export const KEYWORD_DOCS: Readonly<Record<string, string>> = {
    ...OTHER_KEYWORDS,
    ...Object.fromEntries(CLAUSES.map((c) => [leadingKeyword(c.keyword), c.doc ?? c.note]))
};
