/**
 * Keeps the numbers in tokens and positions stored inline, not boxed.
 *
 * V8 gives objects built by the same object literal (the same keys in the
 * same order) one hidden class, and stores a field that has only ever held
 * small integers inline; once one such object holds a fraction or NaN in a
 * field, the field becomes a "double" field for every object of the class, and
 * each value is then a separate boxed number on the heap. Chevrotain makes
 * its end-of-file token with NaN offsets, lines and columns, from the same
 * literal as every token its lexer makes, so each token, and each position
 * Langium and the model compute from a token (`{ character, line }`,
 * `{ line, character }`), carried its numbers boxed: on a workspace of typical
 * instruments, 1,350 boxed numbers per file, about a fifth of the heap a
 * loaded file keeps, and an allocation each while lexing and parsing.
 *
 * Storing one non-number in such a field makes it a "tagged" field, which
 * keeps small integers inline and boxes only a NaN. So this makes one object
 * of each of those literals, with `undefined` in its number fields, before
 * the first document is read. Only the layout of objects changes, never a
 * value; on another JavaScript engine it does nothing. Measured by
 * `npm run bench` (server memory per workspace file); test:
 * `test/language/number-fields.test.ts`.
 */

let done = false;

/** The literals, as Chevrotain, Langium and the model write them (same keys, same order). */
function layouts(): object[] {
    const none = undefined;
    return [
        // Chevrotain's tokens (`createTokenInstance`, the lexer's `createFullToken`).
        { image: '', startOffset: none, endOffset: none, startLine: none, endLine: none, startColumn: none, endColumn: none, tokenTypeIdx: none, tokenType: none },
        // Langium's positions (`tokenToRange`) and LSP positions (the model's ranges, diagnostics).
        { character: none, line: none },
        { line: none, character: none }
    ];
}

/**
 * Makes the number fields of those layouts tagged, once per process. The objects are returned, not dropped, so
 * that a minifier (the packaged extension's bundles) does not remove literals nothing reads.
 */
export function keepNumberFieldsInline(): object[] {
    if (done) return [];
    done = true;
    return layouts();
}
