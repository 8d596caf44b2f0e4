/**
 * The recogniser: the phrasebook as data (a list of `{ clause, style,
 * template }`), compiled once, matched against sentences. For a sentence it
 * returns the clause and style whose template fits best, the slot values and
 * a confidence.
 */
import { compileTemplate, matchTemplate, type CompiledTemplate, type PhraseTemplate, type SlotPatterns, type TemplateMatch } from './template-compiler.js';

export interface Recogniser {
    /** The best match among the templates `accept` admits (all by default); a part of a sentence keeps its list markers. */
    match(sentence: string, accept?: (t: PhraseTemplate) => boolean, part?: boolean): TemplateMatch | undefined;
    readonly templates: readonly CompiledTemplate[];
}

/** "(a) ", "1. ", "(iv) ", "a) " at the start of a list item: tolerated, as numbering differs between documents. */
const LIST_MARKER = /^\s*(?:\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,5})\)|[0-9]{1,2}\.|[A-Z]\.)\s+/;

export function stripListMarker(sentence: string): string {
    return sentence.replace(LIST_MARKER, '');
}

/**
 * Sentences longer than this are kept as written without matching: no style renders a sentence this long, and
 * templates with several free slots take time that grows with the square of the length.
 */
export const MAX_SENTENCE_CHARS = 6000;

export function createRecogniser(phrasebook: readonly PhraseTemplate[], slotPatterns: SlotPatterns = {}): Recogniser {
    const templates = phrasebook.map((t) => compileTemplate(t, slotPatterns));
    return {
        templates,
        match(sentence, accept, part = false) {
            const text = part ? sentence : stripListMarker(sentence);
            if (text.length > MAX_SENTENCE_CHARS) return undefined;
            let best: TemplateMatch | undefined;
            for (const t of templates) {
                if (accept && !accept(t)) continue;
                const m = matchTemplate(t, text);
                if (m && (!best || m.confidence > best.confidence)) best = m;
            }
            return best;
        }
    };
}
