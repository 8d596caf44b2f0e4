/**
 * The semantic model of one power of attorney: plain typed data built from
 * the syntax tree by `build-model.ts`, with defaults resolved. The renderer,
 * the checks, the CLI and the exporters all read this model and nothing else;
 * no Langium type appears here.
 */
import type { SourceRange } from './source-range.js';

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
    range?: SourceRange;
}
export type TextValue = Value<string>;
/** Dates are ISO strings (YYYY-MM-DD). */
export type DateValue = Value<string>;

export interface PronounForms {
    pronoun: Pronoun | 'unstated';
    subject: string;      // he / she / they / it / he or she
    object: string;       // him / her / them / it / him or her
    possessive: string;   // his / her / their / its / his or her
    reflexive: string;    // himself / ...
}

/** A short override of a clause's standard wording; `{name}` refers to a party, term or parameter. */
export interface Wording {
    text: string;
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
    capacities: Capacity[];
    address?: TextValue;
    organizedIn?: TextValue;
    entityType?: string;
    signatory?: { name: TextValue; title?: TextValue };
}

export interface AgentModel extends PartyBase {
    role: 'agent';
    /** Set when the agent is named by office ("the Company's General Counsel"). */
    office?: string;
    organization?: string;
    pronoun?: PronounForms;
    address?: TextValue;
    successor: boolean;
}

export interface IssuerModel extends PartyBase {
    role: 'issuer';
    organizedIn?: TextValue;
    entityType?: string;
    /** The defined term the issuer is called by ("Company"). */
    definedAs?: string;
}

export type PartyModel = PrincipalModel | AgentModel | IssuerModel;

export interface DefinedTerm {
    id: string;
    /** The full expression ("the Securities Exchange Act of 1934, as amended"). */
    meaning: string;
    /** The short defined term ("1934 Act"). */
    term: string;
    /** True for the standard terms the language knows without a definition. */
    standard: boolean;
    range?: SourceRange;
}

export interface Clause {
    range: SourceRange;
    wording?: Wording;
}

export interface FilingModel {
    forms: { id: string; range: SourceRange }[];
    statute: string;
    statuteRange: SourceRange;
    amendments: boolean;
    successorForms: boolean;
    relatingTo?: 'sales' | 'holdings';
    range: SourceRange;
}

export interface GrantModel extends Clause {
    compliance: { id: string; range: SourceRange }[];
    filings: FilingModel[];
    venues: { id: string; range: SourceRange }[];
    edgarAccess?: SourceRange;
    catchAll?: SourceRange;
    subjects: { id: string; range: SourceRange }[];
    allSubjects: boolean;
    subjectsRange?: SourceRange;
    hotPowers: { id: string; range: SourceRange }[];
    healthCare?: { items: { id: string; range: SourceRange }[]; range: SourceRange };
    purposes: TextValue[];
    limitations: TextValue[];
    customPowers: { text: string; range: SourceRange }[];
}

export interface SubstitutionModel extends Clause {
    revocation: boolean;
    resubstitution: boolean;
}

export interface AcknowledgmentModel extends Clause {
    /** Parties said not to assume the principal's responsibilities (default: agents and issuer). */
    parties: string[];
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

export interface TermModel extends Clause {
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
        statusIssuer?: string;
        onDeath: boolean;
        onCompletion: boolean;
        range: SourceRange;
    };
    /** true: durable; false: expressly not durable; undefined: not stated. */
    durable?: boolean;
    durabilityRange?: SourceRange;
}

export interface RevocationModel extends Clause {
    method: 'signed-writing' | 'written-notice';
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
    date: DateValue;
    asOf: boolean;
    place?: TextValue;
    testimonium: 'hand' | 'executed';
    signatures: SignatureModel[];
    witnesses?: { count: number; names: TextValue[]; range: SourceRange };
    notary?: { state?: TextValue; county?: TextValue; range: SourceRange };
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
    parameters: ParameterModel[];
    principals: PrincipalModel[];
    agents: AgentModel[];
    agentMode?: AgentMode;
    agentModeRange?: SourceRange;
    /** What the agents are called ("attorneys-in-fact", "attorneys and agents"). */
    designation: { singular: string; plural: string };
    agentsRange?: SourceRange;
    successors: AgentModel[];
    successorsRange?: SourceRange;
    issuers: IssuerModel[];
    /** User definitions and the standard terms, by id. */
    terms: DefinedTerm[];
    grant?: GrantModel;
    substitution?: SubstitutionModel;
    ratification?: Clause;
    acknowledgment?: AcknowledgmentModel;
    indemnification?: Clause;
    reliance?: Clause;
    compensation?: CompensationModel;
    supersession?: SupersessionModel;
    term?: TermModel;
    revocation?: RevocationModel;
    execution?: ExecutionModel;
    /** The statutory form the instrument fills (`form`, `initials`, `instructions`). */
    form?: FormUseModel;
    /** Where each setting was written, for diagnostics. */
    settingRanges: Partial<Record<'kind' | 'jurisdiction' | 'voice' | 'layout' | 'dates' | 'title', SourceRange>>;
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
