/**
 * Parser recovery for a stray closing brace. When the line that opens a block
 * is deleted (`grant {`, `term {`, ...), the block's `}` closes the whole
 * instrument and the parser drops every clause after it: the Problems panel
 * then reports those clauses as missing and the preview shows gaps. Before
 * parsing, a `}` that would close the instrument while more tokens follow
 * (or that closes nothing) is taken out of the token stream, so the parser
 * resumes at the next clause keyword. The text around it still fails to
 * parse (the deleted opener leaves its contents out of place), and that
 * parse error is the one diagnostic; when nothing else fails, the stray
 * brace itself is reported (see `poa-parser.ts`).
 */
import type { ILexingError, IToken } from 'chevrotain';

export interface BraceRepair {
    /** The tokens with the stray braces removed. */
    tokens: IToken[];
    /** The stray braces, as lexing errors to report when nothing else fails to parse. */
    stray: ILexingError[];
}

export const STRAY_BRACE_MESSAGE = 'This "}" closes no open block (the line that opened the block may have been deleted); it is ignored.';

/**
 * `opensClause` says whether a word opens a clause of the instrument. With it, a
 * block at the instrument's level whose line does not start with a clause
 * keyword (`agent x "X" {` left behind when `agents {` was deleted) is an
 * orphan: its two braces are taken out too, since the parser, skipping the
 * orphan, would otherwise take its `}` for the instrument's end.
 */
export function removeStrayBraces(tokens: readonly IToken[], opensClause?: (word: string) => boolean): BraceRepair {
    let lastClose = -1;
    for (let i = tokens.length - 1; i >= 0; i--) {
        if (tokens[i].image === '}') {
            lastClose = i;
            break;
        }
    }
    const kept: IToken[] = [];
    const stray: ILexingError[] = [];
    let depth = 0;
    /** Where the current statement at the instrument's level may start: after the last block it closed. */
    let boundary = -1;
    /** Depths of orphan blocks whose closing brace is to be dropped with their opening one. */
    const orphans: number[] = [];
    tokens.forEach((t, i) => {
        if (t.image === '{') {
            if (depth === 1 && opensClause && !statementOpensClause(tokens, boundary, i, opensClause)) {
                orphans.push(depth + 1);
                depth++;
                return;
            }
            depth++;
            if (depth === 1) boundary = i;
        } else if (t.image === '}') {
            if (orphans[orphans.length - 1] === depth) {
                orphans.pop();
                depth--;
                boundary = i;
                return;
            }
            // Closing the instrument (depth 1) before its last brace, or closing nothing: stray.
            if (depth === 0 || (depth === 1 && i < lastClose)) {
                stray.push({ offset: t.startOffset, line: t.startLine, column: t.startColumn, length: t.image.length, message: STRAY_BRACE_MESSAGE });
                return;
            }
            depth--;
            if (depth === 1) boundary = i;
        }
        kept.push(t);
    });
    return { tokens: kept, stray };
}

/**
 * Whether the block opened at `tokens[at]` belongs to a clause: a clause keyword is written before it on its
 * line, after the last block closed at the instrument's level (`executed 2025-01-11 {`, even after stray words).
 */
function statementOpensClause(tokens: readonly IToken[], boundary: number, at: number, opensClause: (word: string) => boolean): boolean {
    for (let i = at - 1; i > boundary && tokens[i].startLine === tokens[at].startLine; i--) {
        if (opensClause(tokens[i].image)) return true;
    }
    return false;
}
