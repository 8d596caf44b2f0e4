/**
 * The semantic model of one power of attorney: plain typed data built from
 * the syntax tree by `build-model.ts`, with defaults resolved. The renderer,
 * the checks, the CLI and the exporters all read this model and nothing else;
 * no Langium type appears here.
 */
import type { SourceRange } from './source-range.js';
import type { WordingPart } from './wording-references.js';
import type { DamagedSpan } from './syntax-recovery.js';

export type Kind = 'section16' | 'securities' | 'general' | 'limited' | 'healthcare';
export type Voice = 'undersigned' | 'first-person';
export type Layout = 'prose' | 'numbered';
export type DateStyle = 'legal' | 'plain';
export type Pronoun = 'he' | 'she' | 'they' | 'it';
export type AgentMode = 'jointly' | 'severally' | 'any-one-or-more' | 'jointly-and-severally' | 'majority';
export type Capacity = 'individual' | 'fiduciary' | 'other';
export type ParameterType = 'person' | 'date' | 'text' | 'pronoun' | 'choice';

/** A value written in the file or filled from a template parameter. */
export interface Value<T> {
    /** The value, or undefined when it comes from a parameter with no value (a blank). */
    value?: T;
    /** The parameter it comes from, if any. */
    parameter?: string;
    /** Left blank on the instrument (`blank "caption"`): a line to fill in by hand, with its caption. */
    blank?: BlankModel;
    range?: SourceRange;
}
/** A blank line on the instrument: its length in characters (default when unstated) and its caption. */
export interface BlankModel {
    width?: number;
    caption?: string;
    /** `blank dotted`: printed as a row of dots, as a statute prints its form's blanks. */
    dotted?: boolean;
}
export type TextValue = Value<string>;
/**
 * A date: `value` is YYYY-MM-DD and always a day of the calendar (parsed once,
 * in build-model.ts, by model/calendar-date.ts). A date written in the file
 * that names no such day (2007-02-30) has no value; `written` keeps the text,
 * and the check `poa/invalid-date` reports it where it was written.
 */
export interface DateValue extends Value<string> {
    written?: string;
}

export interface PronounForms {
    pronoun: Pronoun | 'unstated';
    subject: string;      // he / she / they / it / he or she
    object: string;       // him / her / them / it / him or her
    possessive: string;   // his / her / their / its / his or her
    reflexive: string;    // himself / ...
}

/** A short override of a clause's standard wording; `{name}` refers to a party, term or parameter. */
export interface Wording {
    /** The text as Langium's value converter reads it (escapes resolved once). */
    text: string;
    /** The text and the references in order, read once by `wordingParts` (model/wording-references.ts). */
    parts: WordingPart[];
    /** Each `{name}` with its exact range in the file (escapes before it counted). */
    references: { name: string; range: SourceRange }[];
    range: SourceRange;
}

export interface ParameterModel {
    name: string;
    type: ParameterType;
    options: string[];
    default?: string;
    /** The bound value: from data, else the default; undefined when unset. */
    value?: string;
    range: SourceRange;
    nameRange: SourceRange;
}

export interface PartyBase {
    /** The identifier used in the source file. */
    id: string;
    name: TextValue;
    range: SourceRange;
    nameRange: SourceRange;
}

export interface PrincipalModel extends PartyBase {
    role: 'principal';
    entity: boolean;
    pronoun: PronounForms;
    pronounRange?: SourceRange;
    /** The pronoun value as written (or bound), before defaults. */
    statedPronoun?: Value<Pronoun>;
    roleDescription?: TextValue;
    /** `role "Co-Trustees" of trust`: the defined term, issuer or party the role is held in (else the issuer). */
    roleOf?: string;
    capacities: Capacity[];
    address?: TextValue;
    /** `registration-number "..."`: the principal's number with a regulator (a DEA registration number). */
    registration?: TextValue;
    organizedIn?: TextValue;
    entityType?: string;
    signatory?: { name: TextValue; title?: TextValue };
    /** `patient in skilled-nursing-facility`: where the principal is a patient when signing (Cal. Prob. Code § 4675). */
    patientIn?: { facility: 'skilled-nursing-facility'; range: SourceRange };
}

export interface AgentModel extends PartyBase {
    role: 'agent';
    /** Set when the agent is named by office ("the Company's General Counsel"). */
    office?: string;
    organization?: string;
    /** The organization of an office by its name (`office "Administrator" of "the National Highway Traffic Safety Administration"`). */
    organizationName?: string;
    /** `or delegate`: the holder of the office or the holder's delegate. */
    delegate?: boolean;
    /** Whom the agent works for: an issuer's id or a firm's name (`agent hu "An-Yen Hu" of "Goodwin Procter LLP"`). */
    employer?: { issuer?: string; firm?: string };
    pronoun?: PronounForms;
    address?: TextValue;
    /** The title written after the agent's name (`agent b "David R. Bochenek" { title "Controller" }`). */
    title?: TextValue;
    successor: boolean;
}

export interface IssuerModel extends PartyBase {
    role: 'issuer';
    organizedIn?: TextValue;
    entityType?: string;
    /** The defined term the issuer is called by ("Company"). */
    definedAs?: string;
    /** `issuer ... worded "..."`: the issuer's own words at first use (the first issuer's are also `issuerWording`). */
    wording?: Wording;
    /** The name the text calls it by after its first mention, without defining it (`called "Microsoft"`). */
    shortName?: string;
}

export type PartyModel = PrincipalModel | AgentModel | IssuerModel;

export interface DefinedTerm {
    id: string;
    /** The full expression ("the Securities Exchange Act of 1934, as amended"). */
    meaning: string;
    /** The short defined term ("1934 Act"); the meaning itself when `verbatim`. */
    term: string;
    /** Defined without a short term (`define sec "the SEC"`): the words are used as written every time. */
    verbatim?: boolean;
    /** True for the standard terms the language knows without a definition. */
    standard: boolean;
    range?: SourceRange;
}

export interface Clause {
    range: SourceRange;
    wording?: Wording;
}

/** A power given as a letter. */
export interface LetterModel {
    letterhead: string[];
    date?: DateValue;
    addressee: string[];
    reference?: string;
    salutation?: string;
    close?: string;
    footer: string[];
    range: SourceRange;
}

/** A phrasebook style chosen in the file for one clause (`grant style numbered`). */
export interface StyleChoice {
    /** The phrasebook clause id (`grant`, `catch-all`, `opening`, ...). */
    clause: string;
    id: string;
    range: SourceRange;
}

export interface FilingModel {
    forms: { id: string; range: SourceRange }[];
    statute: string;
    statuteRange: SourceRange;
    amendments: boolean;
    successorForms: boolean;
    relatingTo?: 'sales' | 'holdings';
    /** `registering "...", "..."`: the securities a registration statement registers. */
    securities: string[];
    /** The filing's own style (`file ... style as-well-as-reports`), where it words this filing only. */
    style?: string;
    /** `for year ended 2002-12-31`: the fiscal year an annual report covers. */
    yearEnded?: DateValue;
    range: SourceRange;
}

export interface GrantModel extends Clause {
    compliance: { id: string; range: SourceRange }[];
    filings: FilingModel[];
    venues: { id: string; range: SourceRange }[];
    edgarAccess?: SourceRange;
    /** Authority to obtain transaction information from brokers and plan administrators. */
    transactionInformation?: SourceRange;
    catchAll?: SourceRange;
    /** The pronoun the catch-all uses for the agent it speaks of (`any other action pronoun she`), where not the agents' own. */
    catchAllPronoun?: Pronoun;
    subjects: { id: string; range: SourceRange }[];
    allSubjects: boolean;
    subjectsRange?: SourceRange;
    /** `initialed`: the principal signs or initials next to each of these grants. */
    hotPowers: { id: string; range: SourceRange; initialed?: boolean }[];
    healthCare?: { items: { id: string; range: SourceRange }[]; range: SourceRange };
    purposes: TextValue[];
    /** `secures ...`: a power given as security for an obligation, to collect or sell deposited securities on default. */
    security?: { obligation: TextValue; date?: DateValue; withoutNotice: boolean; irrevocable: boolean; range: SourceRange };
    limitations: TextValue[];
    /** Powers in their own words; `wording` when written `power worded "..."`, whose `{name}` references render as in a `worded` override. */
    customPowers: { text: string; range: SourceRange; wording?: Wording }[];
    /** `numbering "(a)"`: the marker of the first power, as the lawyer writes it; the others count on from it. */
    numbering?: { marker: string; range: SourceRange };
}

export interface SubstitutionModel extends Clause {
    revocation: boolean;
    resubstitution: boolean;
}

export interface AcknowledgmentModel extends Clause {
    /** Parties said not to assume the principal's responsibilities (default: agents and issuer). */
    parties: string[];
}

/** One `as-filed` clause: the rendered paragraph it edits (`grant`, `term`, ...) and its edits, in order. */
export interface AsFiledModel {
    target: string;
    targetRange: SourceRange;
    edits: FiledEditModel[];
    range: SourceRange;
}

/** `reading "style words" as "filed words"`: the style's words in the rendered paragraph replaced by the filed ones. */
export interface FiledEditModel {
    original: string;
    filed: string;
    range: SourceRange;
}

export interface CompensationModel extends Clause {
    compensation: 'none' | 'reasonable' | 'expenses-only';
}

export interface SupersessionModel extends Clause {
    nothing: boolean;
    all: boolean;
    what?: 'authorizations' | 'powers';
    issuer?: string;
    revoking: boolean;
    dates: DateValue[];
}

export type Determination = 'physician' | 'two-physicians' | 'court' | { description: string };

/** The `term` clause: when the power starts and ends (its duration; not a defined term, see `definedTerms`). */
export interface DurationModel extends Clause {
    start?: {
        immediately: boolean;
        date?: DateValue;
        springing: boolean;
        determination?: Determination;
        range: SourceRange;
    };
    end?: {
        date?: DateValue;
        duration?: { count: number; unit: 'days' | 'months' | 'years' };
        whenRevoked: boolean;
        status?: string;
        /** `ends when no longer subject to section16, section13`: every status whose end ends the power, the first being `status`. */
        statuses?: string[];
        statusIssuer?: string;
        onDeath: boolean;
        onCompletion: boolean;
        range: SourceRange;
    };
    /** true: durable; false: expressly not durable; undefined: not stated. */
    durable?: boolean;
    durabilityRange?: SourceRange;
    /** `lapses for any agent on leaving ...`: an agent's authority ends when that agent leaves the company or firm. */
    departure?: AgentDepartureModel;
}

/** Whom the agents work for: the power ends for an agent who leaves them. */
export interface AgentDepartureModel {
    employers: { issuer?: string; name?: TextValue; subsidiaries: boolean }[];
    /** What the agent ceases to be ("employee or consultant"); unstated, the agent is "employed by". */
    role?: TextValue;
    range: SourceRange;
}

export interface RevocationModel extends Clause {
    /** `writing`: "in a writing", where the instrument does not say the writing is signed. */
    method: 'signed-writing' | 'written-notice' | 'writing';
    recipients: ('agents' | 'issuer')[];
}

export interface SignatureModel {
    signer?: string;
    /** Conformed signature text, e.g. "/s/ Alan J. Kreczko". */
    conformed?: TextValue;
    /** True when written as `signature conformed`: "/s/" and the signer's name. */
    conformedFromName: boolean;
    title?: TextValue;
    range: SourceRange;
}

export interface ExecutionModel extends Clause {
    /** `signature-page-follows`: "[Signature Page Follows]" before the testimonium. */
    signaturePageNote?: SourceRange;
    /** `executed none`: no testimonium or signature block (the signatures are on a signature page). */
    none: boolean;
    date: DateValue;
    asOf: boolean;
    place?: TextValue;
    testimonium: 'hand' | 'executed';
    signatures: SignatureModel[];
    /** `unrelated`: how many witnesses the file says are not related to the principal (`witnesses 2 with 1 unrelated`). */
    /** `worded`: the form's own statement of the witnesses, printed in place of the standard attestation. */
    witnesses?: { count: number; names: TextValue[]; unrelated?: number; range: SourceRange; statements: WitnessStatementModel[]; wording?: Wording };
    /** `officer`: the notary who signs the certificate; `officerSignature`: the notary's conformed signature as filed. */
    /** `worded`: the form's instruction printed in place of the certificate (a certificate to be attached). */
    notary?: { state?: TextValue; county?: TextValue; date?: DateValue; officer?: TextValue; officerSignature?: TextValue; wording?: Wording; range: SourceRange };
    /**
     * `notice [titled "..."] "..."`: notices the form prints after the signatures, in the order written; `afterNotary`
     * when written after the notary, so printed under the certificate rather than between it and the signatures.
     */
    notices: { heading?: string; text: string; afterNotary: boolean; range: SourceRange }[];
    /** `acceptance by agents [acknowledged] [style ...]`: the agents sign (and acknowledge) their acceptance. */
    agentAcceptance?: { acknowledged: boolean; range: SourceRange };
}

/**
 * What the file states about one witness (`witness "Ann Lee" is not-related, not-heir`,
 * `witness 2 is ombudsman`): each fact as written, read against catalog/witness-facts.ts.
 */
export interface WitnessStatementModel {
    /** The witness named (matched to the listed names), or numbered from 1 in the order listed. */
    name?: TextValue;
    number?: number;
    /** Each fact as written (`not-related`), with its range. */
    facts: { written: string; range: SourceRange }[];
    range: SourceRange;
}

/** One signer in a table of signatures (`signer "Jane Roe" conformed as "Director" dated 2024-03-01`). */
export interface SignerModel {
    name: TextValue;
    /** A conformed signature as written ("/s/ J. Roe"). */
    signature?: TextValue;
    /** `conformed`: "/s/" and the signer's name. */
    conformed: boolean;
    title?: TextValue;
    date?: DateValue;
    range: SourceRange;
}

/** A table of signatures after a signature-page power (`signatures style ... "Heading" { signer ... }`). */
export interface SignatureTableModel {
    heading?: string;
    signers: SignerModel[];
    range: SourceRange;
}

/** A schedule printed after the signatures (`schedule "Schedule A" titled "..." { columns ... row ... }`). */
export interface ScheduleModel {
    name: string;
    title?: string;
    columns: string[];
    rows: string[][];
    range: SourceRange;
}

export interface PoaModel {
    name: string;
    template: boolean;
    kind?: Kind;
    jurisdiction?: string;
    voice: Voice;
    layout: Layout;
    dateStyle: DateStyle;
    title: TextValue;
    /** `title none`: no title is printed. */
    titleNone: boolean;
    /** A heading above the title ("Exhibit 24"). */
    exhibit?: TextValue;
    /** The style set of the instrument (`style edgar-classic`) and the styles chosen per clause. */
    /**
     * The phrasebook styles the file chooses: the instrument's style set (the first `style`), each later `style`
     * written on its own (a second set, or a clause's style written outside its clause), and each clause's own.
     */
    styles: { set?: { id: string; range: SourceRange }; later: { id: string; range: SourceRange; clauseRange: SourceRange }[]; clauses: StyleChoice[] };
    /** Set when the power is given as a letter. */
    letter?: LetterModel;
    /** `lists serial-comma`: a comma before the conjunction in lists of three or more. */
    serialComma: boolean;
    /** `lists serial-comma` without `except-forms`: the serial comma in lists of forms too ("Forms 3, 4, and 5"). */
    formsSerialComma: boolean;
    /** `lists ... forms-one-series`: consecutive numbered forms of any kind share one word ("Forms 3, 4, 5, 13D, and 13G"). */
    formsOneSeries: boolean;
    /** `quotes typographic`: curly quotation marks and apostrophes in the rendered text. */
    typographicQuotes: boolean;
    /** `confirming-statement`: the power may be filed with the SEC as a confirming statement. */
    /** `undertakings { ... }`: a director and officer questionnaire's undertakings, said before the grant. */
    undertakings?: { items: string[]; range: SourceRange };
    confirmingStatement?: Clause;
    /** `order as-written`: paragraphs in the order the file writes the clauses. */
    orderAsWritten: boolean;
    /** Offsets of the clauses as written, by registry clause id (for `order as-written`). */
    clauseOffsets: Partial<Record<string, number>>;
    /** The opening, when the file writes it (for its style or its own words). */
    opening?: Clause;
    /** Wording overrides of the agents and of the issuer. */
    agentsWording?: Wording;
    /** `agents listed in "Exhibit A"`: the agents are named in an annex after the signatures. */
    agentsAnnex?: string;
    /** `listed in "Annex A" titled "..."`: the annex's title, printed under its heading. */
    agentsAnnexTitle?: string;
    issuerWording?: Wording;
    parameters: ParameterModel[];
    principals: PrincipalModel[];
    agents: AgentModel[];
    agentMode?: AgentMode;
    agentModeRange?: SourceRange;
    /** What the agents are called ("attorneys-in-fact", "attorneys and agents"). */
    /** `defined as "Agent"`: the short term the designation defines at its first use. */
    designation: { singular: string; plural: string; definedAs?: string };
    agentsRange?: SourceRange;
    successors: AgentModel[];
    successorsRange?: SourceRange;
    issuers: IssuerModel[];
    /** The defined terms (`define`): the file's definitions and the standard terms, by id. Not the `term` clause (`term`, the duration of the power). */
    definedTerms: DefinedTerm[];
    grant?: GrantModel;
    substitution?: SubstitutionModel;
    ratification?: Clause;
    /** Incidental authority ("as fully ... as the undersigned might or could do if personally present"). */
    incidentalAuthority?: Clause;
    acknowledgment?: AcknowledgmentModel;
    indemnification?: Clause;
    reliance?: Clause;
    compensation?: CompensationModel;
    supersession?: SupersessionModel;
    /** The `term` clause: the duration of the power. */
    term?: DurationModel;
    revocation?: RevocationModel;
    execution?: ExecutionModel;
    /** The statutory form the instrument fills (`form`, `initials`, `instructions`). */
    form?: FormUseModel;
    /** Tables of signatures after a signature-page power, in the order written. */
    signatureTables: SignatureTableModel[];
    /** Schedules printed after the signatures, in the order written. */
    schedules: ScheduleModel[];
    /** `governing law "Delaware" [and federal-securities-laws]`. */
    governingLaw?: Clause & { state: TextValue; federal: boolean };
    /** `as-filed grant { reading "..." as "..." }`: a clause's words as filed, where they differ from its style by a few words. */
    asFiled: AsFiledModel[];
    /** `commercial power [coupled-with-interest]`: a power given primarily for a business or commercial purpose. */
    commercialPower?: { coupledWithInterest: boolean; range: SourceRange };
    /** Where each setting was written, for diagnostics. */
    settingRanges: Partial<Record<'kind' | 'jurisdiction' | 'voice' | 'layout' | 'dates' | 'title', SourceRange>>;
    /**
     * Set only when the file has a syntax error: the words written in it (outside comments and
     * strings). A clause whose keyword is written may have been dropped by the parser, and is then
     * not reported as missing (see `syntax-recovery.ts`).
     */
    wordsAfterSyntaxError?: string[];
    /**
     * Set only when the file has a syntax error: the clauses the parser stopped inside, which the model
     * holds only in part. The checks make no finding that begins inside one (see `syntax-recovery.ts`).
     */
    damagedBySyntaxError?: DamagedSpan[];
    /** Every `worded` text of the file, in the order the model read them: words the checks do not parse. */
    wordings: Wording[];
    /** Clauses written more than once (the first is used; the checks report the rest). */
    repeatedClauses: { clause: string; range: SourceRange; first: SourceRange }[];
    range: SourceRange;
    nameRange: SourceRange;
}

/** An instrument written on a statutory form: the form's id, the opt-in powers initialled, the special instructions. */
export interface FormUseModel {
    /** The form id as written (`sd-59-12-41`); undefined when only `initials` or `instructions` is written. */
    id?: string;
    idRange?: SourceRange;
    initials: { id: string; range: SourceRange }[];
    instructions?: TextValue;
    range: SourceRange;
}
