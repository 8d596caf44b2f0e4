/**
 * How a defined term is introduced at its first use: 'the Securities Exchange
 * Act of 1934, as amended (the "Exchange Act")', or without the article,
 * '... as amended ("Exchange Act")'. `{meaning}` is the term's meaning as the
 * `define` line writes it, `{term}` its short form. A style without `{meaning}`
 * (`deferred`) is said at the end of the phrase that first names the term. The renderer fills it in
 * `RenderContext.term()`; import reads the same templates back
 * (`import/defined-terms.ts`).
 */
import type { ClausePhrases } from './phrase-style.js';

export const definition: ClausePhrases = {
    clause: 'definition',
    styles: [
        { id: 'the', label: 'the Securities Exchange Act of 1934 (the "Exchange Act")', template: '{meaning} (the "{term}")', example: 'sec16_mongodb-botha-cooley-form5-2020' },
        { id: 'bare', label: 'the Securities Exchange Act of 1934 ("Exchange Act"), without the article', template: '{meaning} ("{term}")', example: 'sec16_meta-thiel-2022' },
        // No `{meaning}`: the renderer says the meaning where the term is first named and this at the end of that phrase.
        {
            id: 'deferred',
            label: 'Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder (the "1934 Act"): the definition at the end of the phrase that first names the term',
            template: ' (the "{term}")',
            note: 'The document defines the term after the words that follow its name ("and the rules thereunder"), at the end of the power or sentence that first names it.',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        }
    ]
};
