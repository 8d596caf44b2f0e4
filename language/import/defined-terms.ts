/**
 * The standard securities terms (the 1934 Act, the 1933 Act, the SEC) as a
 * document names and defines them: 'the Securities Exchange Act of 1934, as
 * amended (the "Exchange Act")' is `define act1934 "the Securities Exchange
 * Act of 1934, as amended" as "Exchange Act"`; a name never defined is used
 * as written every time (`define sec "the U.S. Securities and Exchange
 * Commission"`). The names are read from the catalog's meanings, with the
 * words firms add or leave out ("the", "U.S.", "United States", ", as amended").
 */
import { STANDARD_TERMS } from '../catalog/standard-terms.js';

export interface ImportedTerm {
    id: string;
    /** The name as the document first writes it ("the U.S. Securities and Exchange Commission"). */
    meaning: string;
    /** The short form the document defines there ("SEC"); absent when it defines none. */
    term?: string;
    /** The words of the first mention, the definition included, as they stand in the document. */
    text: string;
}

/** The catalog's name without its article and amendment clause: "Securities Exchange Act of 1934". */
function core(meaning: string): string {
    return meaning.replace(/^the\s+/i, '').replace(/,\s+as amended$/, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** The standard terms the text names, each with its first mention; a term the catalog words exactly is left out. */
export function findDefinedTerms(text: string): ImportedTerm[] {
    const out: ImportedTerm[] = [];
    for (const t of STANDARD_TERMS) {
        const name = new RegExp(`(?:the\\s+)?(?:U\\.S\\.\\s+|United\\s+States\\s+)?${escape(core(t.meaning))}(?:,?\\s+as\\s+amended|\\s+\\(as\\s+amended\\))?(?:,?\\s*\\((?:the\\s+)?"([^"]{1,40})"\\))?`);
        const m = name.exec(text);
        if (!m) continue;
        const defined = m[1];
        const meaning = (defined ? m[0].slice(0, m[0].lastIndexOf('(')).replace(/,?\s*$/, '') : m[0]).replace(/\s+/g, ' ');
        if (meaning === t.meaning && defined === t.term) continue;
        out.push({ id: t.id, meaning, ...(defined ? { term: defined } : {}), text: m[0] });
    }
    return out;
}
