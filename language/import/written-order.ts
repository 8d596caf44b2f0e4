/**
 * The order of the paragraphs of an imported file. The renderer prints the clauses in the clause registry's order
 * unless the file says `order as-written`; a document whose recognised clauses come in another order ("The
 * undersigned acknowledges that: (1) ..." before the grant of incidental authority) would otherwise be rendered out
 * of its own order. The order is judged on the rendering itself: where each sentence's words are printed.
 */
import { loadPoa } from '../poa-document.js';
import { renderDocument } from '../render/render-document.js';
import { stripListMarker } from './recogniser.js';
import { renderedWords, wordString } from './verify-rendering.js';

/** How many sentences (of those the rendering reproduces) are printed before the sentence that precedes them. */
export function outOfOrder(rendered: string, sentences: readonly string[]): number {
    let last = -1;
    let count = 0;
    for (const s of sentences) {
        const words = wordString(stripListMarker(s));
        if (!words.trim()) continue;
        const at = rendered.indexOf(words);
        if (at < 0) continue;
        if (at < last) count++;
        last = at;
    }
    return count;
}

/** The file with `order as-written` after its kind and jurisdiction. */
export function withOrderAsWritten(poa: string): string {
    return poa.replace(/^( {4}kind \S+\n(?: {4}jurisdiction \S+\n)?)/m, '$1    order as-written\n');
}

/**
 * The file as written, or with `order as-written` when its rendering in the registry's order prints sentences out of
 * the document's order and its rendering in the file's order prints fewer so, losing none of the words printed.
 */
export async function inDocumentOrder(poa: string, sentences: readonly string[]): Promise<string> {
    const words = async (text: string) => {
        const loaded = await loadPoa(text, { validate: false });
        return loaded.diagnostics.some((d) => d.severity === 'error') ? undefined : renderedWords(renderDocument(loaded.model));
    };
    const standard = await words(poa);
    if (standard === undefined || /^ {4}order /m.test(poa)) return poa;
    const before = outOfOrder(standard, sentences);
    if (before === 0) return poa;
    const candidate = withOrderAsWritten(poa);
    const written = await words(candidate);
    if (written === undefined || outOfOrder(written, sentences) >= before) return poa;
    const reproduced = (rendered: string) => sentences.filter((s) => rendered.includes(wordString(stripListMarker(s)))).length;
    return reproduced(written) >= reproduced(standard) ? candidate : poa;
}
