/**
 * After a syntax error the parser may drop part of the file, so a clause the
 * lawyer wrote can be absent from the model. The checks must not then report
 * it as missing: the syntax error is the one problem. This module lists the
 * words written in a file (outside comments and strings) when its parse had
 * errors; a `missing-*` rule is silent when its clause's opening keyword is
 * among them (`Rule.clauseKeyword`, applied in `checks/check-poa.ts`).
 */
import type { LangiumDocument } from 'langium';

/** Strings and comments (skipped), and words, including hyphenated keywords such as `health-care`. */
const TOKEN = /"(?:\\.|[^"\\\n])*"?|\/\/[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)|[A-Za-z_]\w*(?:-[A-Za-z_]\w*)*/g;

/** The words of a source text, outside comments and string literals. */
export function writtenWords(text: string): string[] {
    const words = new Set<string>();
    for (const m of text.matchAll(TOKEN)) {
        const t = m[0];
        if (t.startsWith('"') || t.startsWith('//') || t.startsWith('/*')) continue;
        words.add(t);
    }
    return [...words];
}

/** The words written in the document when its lexing or parsing failed; undefined when it parsed cleanly. */
export function wordsAfterSyntaxError(document: LangiumDocument | undefined): string[] | undefined {
    const result = document?.parseResult;
    if (!result || (result.lexerErrors.length === 0 && result.parserErrors.length === 0)) return undefined;
    return writtenWords(document.textDocument.getText());
}
