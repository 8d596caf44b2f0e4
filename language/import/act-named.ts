/**
 * The act a recognised filing names in its statute ("pursuant to Section 16(a) of the Securities Act of 1934"), in
 * words the catalog's name does not read (`defined-terms.ts` reads "the Securities Exchange Act of 1934" and its
 * variants). A power that names the act so where it first names it has the act's term mean those words: the
 * statute's citation then renders them back (`define act1934 "the Securities Act of 1934"`), as the filed power
 * wrote them. A later mention in the catalog's words ("Section 16 of the Securities Exchange Act of 1934") then does
 * not render back and is kept as written.
 */
import { STATUTES } from '../catalog/securities-catalog.js';
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { findDefinedTerms, type ImportedTerm } from './defined-terms.js';

export interface ActNamed {
    /** The standard term of the act (`act1934`, `act1933`). */
    id: string;
    /** The act as the statute names it ("the Securities Act of 1934"). */
    name: string;
}

/** "... Act of 1934", "... Act of 1934, as amended": a statute's name, not a defined short form ("the Exchange Act"). */
const ACT_NAME = /^(?:the\s+)?(?:[A-Z][\w.]*\s+){1,6}Act\s+of\s+\d{4}(?:,?\s+as\s+amended)?$/;

/** The act's words in a statute's citation ("Section 16(a) of the Securities Act of 1934"), by the catalog's citation. */
export function actNamed(statuteText: string, statuteId: string): ActNamed | undefined {
    const statute = STATUTES.find((s) => s.id === statuteId);
    if (!statute) return undefined;
    const head = statute.citation.replace(/\{act\}$/, '');
    const t = statuteText.replace(/\s+/g, ' ').trim();
    if (!head || !t.startsWith(head)) return undefined;
    const name = t.slice(head.length);
    return ACT_NAME.test(name) ? { id: statute.act, name } : undefined;
}

/**
 * The terms with each act named by a recognised filing in words the catalog does not read, where that filing names it
 * first in the text: the act's term then means those words. An act named in the catalog's words is left as found.
 */
export function withActsAsNamed(terms: ImportedTerm[], acts: readonly ActNamed[], text: string): ImportedTerm[] {
    const flat = text.replace(/\s+/g, ' ');
    let out = terms;
    for (const act of acts) {
        if (!STANDARD_TERMS.some((t) => t.id === act.id) || findDefinedTerms(act.name).some((t) => t.id === act.id)) continue;
        if (STANDARD_TERMS.some((t) => t.id === act.id && t.meaning === act.name)) continue;
        const at = flat.indexOf(act.name);
        if (at < 0) continue;
        const found = out.find((t) => t.id === act.id);
        const foundAt = found ? flat.indexOf(found.text.replace(/\s+/g, ' ')) : -1;
        if (found && foundAt >= 0 && foundAt < at) continue;
        out = [...out.filter((t) => t.id !== act.id), { id: act.id, meaning: act.name, text: act.name }];
    }
    return out;
}
