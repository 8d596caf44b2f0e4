/**
 * The check that keeps import honest: a sentence counts as recognised only if
 * the `.poa` written for it renders back to its own words. A sentence whose
 * recognition renders other words (a variant the style does not reproduce) is
 * kept as written instead.
 */
import type { RenderedDocument } from '../render/document-tree.js';
import { runsText } from '../render/document-tree.js';

/** The words of a text, lower-cased, as one string with a space before and after each word. */
export function wordString(text: string): string {
    const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return ` ${words.join(' ')} `;
}

/** Every word of the rendered document, in order (headings, paragraphs, signature and notary lines). */
export function renderedWords(doc: RenderedDocument): string {
    const parts: string[] = [];
    for (const block of doc.blocks) {
        if (block.heading) parts.push(block.heading);
        parts.push(runsText(block.runs));
        for (const line of block.lines ?? []) parts.push(runsText(line.runs));
    }
    return wordString(parts.join('\n'));
}

/** True when the sentence's words appear, in order and together, in the rendered words. */
export function reproduces(rendered: string, sentence: string): boolean {
    const words = wordString(sentence);
    return words.trim() === '' || rendered.includes(words);
}
