/**
 * After a syntax error the parser may drop part of the file, so a clause the
 * lawyer wrote can be absent from the model. The checks must not then report
 * it as missing: the syntax error is the one problem. This module lists the
 * words written in a file (outside comments and strings) when its parse had
 * errors; a `missing-*` rule is silent when its clause's opening keyword is
 * among them (`Rule.clauseKeyword`, applied in `checks/check-poa.ts`).
 *
 * A clause the parser stopped inside is in the model only in part (`executed at "Los Angeles" { ... }`,
 * with no date, kept the clause and lost its witnesses and notary). Findings that begin inside such a
 * clause judge what is left of it, so the checks drop them too (`damagedBySyntaxError`).
 */
import type { AstNode, LangiumDocument } from 'langium';

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

/** Where the source text of a clause the parser stopped inside runs: offsets, the end exclusive. */
export interface DamagedSpan {
    from: number;
    to: number;
}

/**
 * The clauses of the instrument that a parse error fell inside or just after (the error is past the
 * clause's start and before the next clause's): the parser may have dropped the rest of what was
 * written there. Undefined when the file parsed cleanly. A lexing error leaves the clauses whole
 * (the stray character is skipped), so only the parser's errors count.
 */
export function damagedBySyntaxError(document: LangiumDocument | undefined, clauses: readonly AstNode[]): DamagedSpan[] | undefined {
    const errors = document?.parseResult.parserErrors;
    if (!errors?.length) return undefined;
    const length = document!.textDocument.getText().length;
    const starts = clauses.map((c) => ({ from: c.$cstNode?.offset ?? -1, to: c.$cstNode?.end ?? -1 })).filter((c) => c.from >= 0);
    const spans: DamagedSpan[] = [];
    for (const error of errors) {
        const at = Number.isFinite(error.token.startOffset) ? error.token.startOffset : length;
        let clause: DamagedSpan | undefined;
        for (const c of starts) if (c.from < at) clause = c;
        if (!clause) continue;
        const next = starts.find((c) => c.from > clause.from);
        if (next && at >= next.from) continue;
        spans.push({ from: clause.from, to: Math.max(clause.to, at + 1) });
    }
    return spans;
}
