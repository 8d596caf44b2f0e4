/**
 * What import recognised in a document, in plain data: the parts of the
 * instrument the `.poa` writer prints, the sentences kept as written (each on
 * the clause that holds it) and, per sentence, the clause and style chosen.
 */
import type { AgentMode, Kind, Voice } from '../model/poa-model.js';
import { CLAUSES } from '../registry/clause-registry.js';
import type { ImportedTerm } from './defined-terms.js';

/** The clauses the `.poa` writer can put a kept sentence on. */
export type Holder = 'grant' | 'incidental-authority' | 'acknowledgment' | 'term' | 'indemnification' | 'reliance' | 'compensation';
const WRITABLE: ReadonlySet<string> = new Set<Holder>(['acknowledgment', 'compensation', 'grant', 'incidental-authority', 'indemnification', 'reliance', 'term']);

/**
 * Those of them that make a paragraph and accept a `worded` override, in the order the renderer prints
 * them (the clause registry's order): a sentence no style matches is kept on one of these.
 */
export const HOLDERS: readonly Holder[] = CLAUSES
    .filter((c) => c.worded && c.order !== undefined && WRITABLE.has(c.id))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((c) => c.id as Holder);

export interface ImportedParty {
    id: string;
    name: string;
}

export interface ImportedPrincipal extends ImportedParty {
    pronoun?: 'he' | 'she' | 'they' | 'it';
    address?: string;
    /** The number a regulator gave the principal, printed where a form asks for it. */
    registration?: string;
    role?: string;
    /** The defined term, issuer or party the role is held in (`role "Co-Trustees" of trust`), where not the issuer. */
    roleOf?: string;
    /** The principal is not named, and is written as a blank with this caption (`principal cotrustee blank "Co-Trustee"`). */
    blank?: string;
    entity?: boolean;
    signatory?: string;
    signatoryTitle?: string;
    capacities?: ('individual' | 'fiduciary' | 'other')[];
}

/** An agent, with the issuer (by id) or the firm (by name) the appointment says the agent works for. */
export interface ImportedAgent extends ImportedParty {
    employer?: string;
    firm?: string;
    /** The office or class the agent is appointed by ("General Counsel"), in place of a name. */
    office?: string;
    /** An agent by office who may act by a delegate (`or delegate`). */
    delegate?: boolean;
}

export interface ImportedIssuer extends ImportedParty {
    state?: string;
    entityType?: string;
    definedAs?: string;
    /** The issuer's words as written, where the renderer would word it otherwise (`issuer ... worded "..."`). */
    written?: string;
    /** Its first mention as written (`issuer ... worded "..."`), where the document describes it in words of its own. */
    wording?: string;
    /** The description in that mention, the words the language does not word: counted as kept as written. */
    description?: string;
    /** The `organization` style its state and type are said in, where not the default. */
    organizationStyle?: string;
    /** The name the text calls it by after its first mention, without defining it ("Microsoft"). */
    shortName?: string;
}

export interface SentenceReport {
    text: string;
    clause?: string;
    style?: string;
    confidence?: number;
    /** Where a sentence no style matched is kept: the clause whose `worded` holds it. */
    keptOn?: Holder;
}

export interface ImportedInstrument {
    name: string;
    kind: Kind;
    jurisdiction?: string;
    voice: Voice;
    dates: 'legal' | 'plain';
    title?: string;
    /** The `letter { ... }` block, when the power is given as a letter. */
    letter?: string[];
    principals: ImportedPrincipal[];
    agents: (ImportedAgent & { pronoun?: ImportedPrincipal['pronoun'] })[];
    mode?: AgentMode;
    /** The annex that lists the agents (`agents listed in "Annex A"`), when the appointment names them by it. */
    agentsAnnex?: string;
    /** The agents' list as written (`agents { ... } worded "..."`), where it appoints a class of persons beside the named agents. */
    agentsWorded?: string;
    /** The agents' designation in the plural ("attorneys and agents"), when not the default. */
    designation?: string;
    issuer?: ImportedIssuer;
    /** Issuers after the first, where the document names several ("a director or officer of A, ..., or B, ..."). */
    otherIssuers?: ImportedIssuer[];
    /** The standard terms as the document names and defines them, where it does not use the catalog's words. */
    terms?: ImportedTerm[];
    /** Powers written in the document's own words (`power "..."` in the grant): words kept as written. */
    keptPowers?: string[];
    /** The grant's phrasebook style, where it is not the default. */
    grantStyle?: string;
    /** Clauses recognised from structure, as `.poa` lines (without indentation). */
    clauses: { clause: string; lines: string[] }[];
    /** Sentences kept word for word, per holding clause, in order. */
    worded: Partial<Record<Holder, string[]>>;
    /** Page furniture set aside (EDGAR exhibit labels, page numbers, footers). */
    setAside: string[];
    sentences: SentenceReport[];
}
