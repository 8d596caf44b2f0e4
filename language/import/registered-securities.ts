/**
 * The securities a registration statement registers, as an opening lists them ("for the purpose of registering under
 * such Act (i) debt securities of the Company, (ii) shares of preferred stock, ..., and (ix) guarantees of ..."): read
 * into the filing's `registering "...", ...`, which the renderer lists again with the same markers
 * (`{registered-securities}`, `enumerateRuns(..., 'roman')`).
 */
import { roman } from '../render/english.js';

/** Each security in order, or undefined unless the list runs "(i) ..., (ii) ..., and (n) ..." with two items or more. */
export function parseRegisteredSecurities(text: string): string[] | undefined {
    const t = text.trim();
    if (!t.startsWith('(i) ')) return undefined;
    const out: string[] = [];
    let at = '(i) '.length;
    for (let n = 2; ; n++) {
        // The next marker, after the comma that ends the item before it (an item may hold commas of its own).
        const next = new RegExp(`,\\s+(?:and\\s+)?\\(${roman(n)}\\)\\s+`, 'g');
        next.lastIndex = at;
        const m = next.exec(t);
        if (!m) break;
        out.push(t.slice(at, m.index));
        at = m.index + m[0].length;
    }
    out.push(t.slice(at));
    return out.length > 1 && out.every((s) => s.trim() !== '') ? out : undefined;
}
