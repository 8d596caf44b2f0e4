/**
 * A definition said at the end of the phrase that names the term, after words the phrase goes on with: "... in
 * accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934
 * Act");". The phrase is recognised without its closing definition, and the term is then written with its name alone
 * (`define act1934 "the Securities Exchange Act of 1934, as amended" as "1934 Act"`) in the `definition` clause's style
 * that holds the definition back to the end of the phrase (`phrasing definition style deferred`). The definition's
 * words are the phrasebook's (`language/phrasebook/definition.ts`), as `defined-terms.ts` reads them.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { definitionPatterns, type ImportedTerm } from './defined-terms.js';

/** The `definition` style with no `{meaning}`: its words come after the phrase. */
function deferredStyle(): string | undefined {
    return clausePhrases('definition')?.styles.find((s) => !s.template.includes('{meaning}'))?.id;
}

/**
 * A phrase that ends with a definition ('... and the rules thereunder (the "1934 Act")'): the phrase without it and
 * the short form defined; undefined when the phrase does not end so or the phrasebook has no deferred style.
 */
export function trailingDefinition(text: string): { phrase: string; term: string } | undefined {
    if (!deferredStyle()) return undefined;
    for (const d of definitionPatterns()) {
        const m = new RegExp(`,?\\s*${d.pattern}\\s*$`).exec(text);
        if (m && m.index > 0) return { phrase: text.slice(0, m.index), term: m[1] };
    }
    return undefined;
}

/**
 * The terms as written once the phrases that define them at their end are recognised: each such term (by its short
 * form) takes its name alone, in the deferred style. Only when every term the document defines is deferred, as the
 * instrument has one definition style; otherwise the terms are returned unchanged.
 */
export function deferDefinitions(terms: ImportedTerm[], deferred: ReadonlySet<string>): ImportedTerm[] {
    const style = deferredStyle();
    const defining = terms.filter((t) => t.term !== undefined);
    if (!style || !deferred.size || !defining.length || !defining.every((t) => t.named && deferred.has(t.term!))) return terms;
    return terms.map((t) => (t.term === undefined ? t : { ...t, meaning: t.named!, style }));
}

/**
 * Whether the document's definitions can be held back to the end of their phrases: each term it defines has words
 * between its name and its definition ("... as amended and the rules thereunder (the "1934 Act")"), as
 * `deferDefinitions` requires. When not (the SEC defined just after its name), a power read without its closing
 * definition would render the words before the definition twice: it is not read so.
 */
export function definitionsDeferrable(terms: readonly ImportedTerm[]): boolean {
    return terms.filter((t) => t.term !== undefined).every((t) => t.named !== undefined);
}
