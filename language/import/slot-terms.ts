/**
 * A standard term (the 1934 Act, the 1933 Act, the SEC) as a recognised clause names it in a slot of its own
 * (`{act1934}`, `{sec}`), where the document names it in words the catalog's names do not read
 * (`defined-terms.ts`): a Form 10-K's signature page that files "pursuant to the Securities and Exchange Act of
 * 1934" is `define act1934 "the Securities and Exchange Act of 1934"`, the name used as written every time. Without
 * it the rendering says the catalog's name, and the clause would not render back to the document's words.
 */
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import type { ImportedTerm } from './defined-terms.js';

/**
 * A name as a clause's slot holds it: "the" and capitalised words, nothing after them (no definition, no clause); "&"
 * for "and" ("the U.S. Securities & Exchange Commission").
 */
const NAME = /^the\s+(?:U\.S\.\s+)?[A-Z][A-Za-z]*(?:\s+(?:[A-Z][A-Za-z]*|of|and|&|\d{4}))*(?:,\s+as\s+amended)?$/;

/** The standard terms a clause's slots name in words other than the catalog's, each as written. */
export function termsNamedInSlots(slots: Readonly<Record<string, string>>): ImportedTerm[] {
    const out: ImportedTerm[] = [];
    for (const t of STANDARD_TERMS) {
        const value = slots[t.id]?.replace(/\s+/g, ' ').trim();
        if (!value || value === t.meaning || !NAME.test(value)) continue;
        out.push({ id: t.id, meaning: value, text: value });
    }
    return out;
}

/** The terms the document defines, with those only a recognised clause's slots name added (the document's own first). */
export function withSlotTerms(terms: readonly ImportedTerm[], named: readonly ImportedTerm[]): ImportedTerm[] {
    const out = [...terms];
    for (const t of named) if (!out.some((o) => o.id === t.id)) out.push(t);
    return out;
}
