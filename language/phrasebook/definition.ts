/**
 * How a defined term is introduced at its first use: 'the Securities Exchange
 * Act of 1934, as amended (the "Exchange Act")', or without the article,
 * '... as amended ("Exchange Act")'. `{meaning}` is the term's meaning as the
 * `define` line writes it, `{term}` its short form. The renderer fills it in
 * `RenderContext.term()`; import reads the same templates back
 * (`import/defined-terms.ts`).
 */
import type { ClausePhrases } from './phrase-style.js';

export const definition: ClausePhrases = {
    clause: 'definition',
    styles: [
        { id: 'the', label: 'the Securities Exchange Act of 1934 (the "Exchange Act")', template: '{meaning} (the "{term}")', example: 'sec16_mongodb-botha-cooley-form5-2020' },
        { id: 'bare', label: 'the Securities Exchange Act of 1934 ("Exchange Act"), without the article', template: '{meaning} ("{term}")', example: 'sec16_meta-thiel-2022' }
    ]
};
