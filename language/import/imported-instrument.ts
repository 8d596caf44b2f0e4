/**
 * What import recognised in a document, in plain data: the parts of the
 * instrument the `.poa` writer prints, the sentences kept as written (each on
 * the clause that holds it) and, per sentence, the clause and style chosen.
 */
import type { AgentMode, Kind, Voice } from '../model/poa-model.js';

/**
 * The paragraph clauses that accept a `worded` override, in the order the renderer prints them
 * (docs/language.md, "Clause order"): a sentence no style matches is kept on one of these.
 */
export const HOLDERS = ['grant', 'incidental-authority', 'acknowledgment', 'term', 'indemnification', 'reliance', 'compensation'] as const;
export type Holder = (typeof HOLDERS)[number];

export interface ImportedParty {
    id: string;
    name: string;
}

export interface ImportedPrincipal extends ImportedParty {
    pronoun?: 'he' | 'she' | 'they' | 'it';
    address?: string;
    role?: string;
    entity?: boolean;
    signatory?: string;
    signatoryTitle?: string;
    capacities?: ('individual' | 'fiduciary' | 'other')[];
}

export interface ImportedIssuer extends ImportedParty {
    state?: string;
    entityType?: string;
    definedAs?: string;
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
    principals: ImportedPrincipal[];
    agents: ImportedParty[];
    mode?: AgentMode;
    /** The agents' designation in the plural ("attorneys and agents"), when not the default. */
    designation?: string;
    issuer?: ImportedIssuer;
    /** Clauses recognised from structure, as `.poa` lines (without indentation). */
    clauses: { clause: string; lines: string[] }[];
    /** Sentences kept word for word, per holding clause, in order. */
    worded: Partial<Record<Holder, string[]>>;
    /** Page furniture set aside (EDGAR exhibit labels, page numbers, footers). */
    setAside: string[];
    sentences: SentenceReport[];
}
