/**
 * The supersession a style says in a sentence of its own inside another clause's words: the `{supersession-sentence}`
 * an acknowledgment or grant style places after its own sentence ("... with the SEC. This power of attorney replaces
 * any previous power of attorney ..."). The slot's words are read as a sentence of the phrasebook's `supersession`
 * clause, one of its styles worded as a sentence (`term-sentences.ts`), so that the file says the supersession and
 * the style places it where the document does.
 */
import type { ComposedMatch, ComposedRecogniser } from './composed-template.js';
import { isSentenceForm } from './term-sentences.js';

/** The reading of a `{supersession-sentence}` slot's words as a supersession sentence, or undefined. */
export function readSupersessionSentence(text: string, recogniser: ComposedRecogniser): ComposedMatch | undefined {
    return recogniser.matchAll(text.trim()).find((m) => m.clause === 'supersession' && isSentenceForm(m.clause, m.style, m.variant));
}
