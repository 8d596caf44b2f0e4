/**
 * Re-parses only the clause an edit falls in, where that gives the tree a
 * full parse would. The instrument is a flat list of clauses; an edit that
 * stays inside one clause and leaves that clause's token kinds as they were
 * (typing inside a quoted text, a name or a number) re-parses that clause's
 * text alone and puts the result in place of the old clause. Sound because
 * the parser's decisions depend only on the kinds of tokens: with the same
 * kinds before, inside and after the clause, a full parse takes the same path
 * and builds the same tree, with the new clause's values. Everything else (a
 * new word, a deleted brace, a comment, a file with syntax errors) is parsed
 * in full: `reparseClause` answers undefined.
 *
 * The clauses that did not change are kept, with their syntax nodes moved to
 * the new offsets; the instrument node is new, so caches keyed by the root of
 * the tree (the semantic model, the rendered preview) are rebuilt. The old tree
 * is left behind: it must not be read after the update.
 * Test: `test/property/incremental-parse.test.ts` (random edits of the examples
 * give the tree and values of a full parse).
 */
import type { AstNode, LangiumParser, Lexer, ParseResult } from 'langium';
import type { IToken } from 'chevrotain';
import type { Instrument } from './generated/ast.js';

/** The parts of Langium's syntax nodes this module moves (`langium/lib/parser/cst-node-builder.js`). */
interface MutableCstNode {
    readonly offset: number;
    readonly end: number;
    readonly hidden: boolean;
    root: MutableCstNode;
    _text?: string;
    _offset?: number;
    _length?: number;
    _range?: { start: Position; end: Position };
    _rangeCache?: unknown;
    _astNode?: AstNode;
    content?: MutableCstNode[] & { splice(start: number, count: number, ...items: MutableCstNode[]): MutableCstNode[] };
}

type Position = { line: number; character: number };

/** What the re-parse needs of the language: its parser, its lexer (without the parser's brace recovery) and the words that open a clause. */
export interface ClauseParser {
    parser: LangiumParser;
    lexer: Lexer;
    opensClause: (word: string) => boolean;
}

/** The re-parsed result, or undefined when a full parse is needed. */
export function reparseClause(language: ClauseParser, old: ParseResult<AstNode>, oldText: string, newText: string): ParseResult<AstNode> | undefined {
    if (old.lexerErrors.length || old.parserErrors.length || (old.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const root = old.value as Instrument;
    const cstRoot = root.$cstNode as unknown as MutableCstNode | undefined;
    if (root.$type !== 'Instrument' || !cstRoot || cstRoot.root !== cstRoot || cstRoot.root._text !== oldText) return undefined;

    // The changed span: [start, oldEnd) of the old text became [start, oldEnd + delta) of the new.
    let start = 0;
    const shorter = Math.min(oldText.length, newText.length);
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    if (start === oldText.length && start === newText.length) return undefined;
    let suffix = 0;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;

    const index = clauseAt(root, start, oldEnd);
    if (index < 0) return undefined;
    const oldClause = root.clauses[index];
    const holder = oldClause.$cstNode as unknown as MutableCstNode;
    const from = holder.offset;
    const to = holder.end + delta;
    // The clause must be lexed as in the whole text: nothing but a space or a brace may touch it on either side.
    const touches = (c: string | undefined) => c !== undefined && !/[\s{}]/.test(c);
    if (touches(newText[from - 1]) || touches(newText[to])) return undefined;

    const slice = newText.slice(from, to);
    // The tokens as lexed, before the parser's brace recovery (`brace-recovery.ts`), which reads the whole
    // file: a block at the clause's level is kept only if a clause keyword opens its line, within the clause.
    const lexed = language.lexer.tokenize(slice);
    if (lexed.errors.length || lexed.hidden.length || !blocksOpenClauses(lexed.tokens, language.opensClause)) return undefined;
    const result = language.parser.parse(slice, { rule: 'Clause' });
    if (result.lexerErrors.length || result.parserErrors.length || (result.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const clause = result.value as Instrument['clauses'][number];
    const parsed = clause.$cstNode as unknown as MutableCstNode | undefined;
    const tokens = leaves(parsed ?? holder);
    if (!parsed?.content || !holder.content || !sameTokenKinds(leaves(holder), tokens) || tokens.length !== lexed.tokens.length
        || lexed.tokens.some((t, i) => t.tokenType !== (tokens[i] as { tokenType?: unknown }).tokenType)) return undefined;

    // The new clause's syntax nodes go into the old clause's place, at their offsets in the whole text.
    const lines = lineStarts(newText);
    const cstNodes = [...parsed.content];
    holder.content.splice(0, holder.content.length, ...cstNodes);
    holder._astNode = clause;
    holder._rangeCache = undefined;
    (clause as { $cstNode?: unknown }).$cstNode = holder;
    for (const n of cstNodes) move(n, cstRoot, from, lines);
    // The text after the clause moved by delta (and maybe by lines): so did its syntax nodes.
    const siblings = cstRoot.content ?? [];
    const after = siblings.indexOf(holder);
    if (delta !== 0 || newlines(oldText, start, oldEnd) !== newlines(newText, start, oldEnd + delta)) {
        for (let i = after + 1; i < siblings.length; i++) move(siblings[i], cstRoot, delta, lines);
    }
    cstRoot.root._text = newText;
    cstRoot._rangeCache = undefined;

    // A new instrument node, so that whatever is keyed by the root of the tree is built again.
    const instrument: Instrument = { ...root, clauses: [...root.clauses] };
    delete (instrument as { $document?: unknown }).$document;
    instrument.clauses[index] = clause;
    instrument.clauses.forEach((c, i) => {
        (c as { $container: Instrument }).$container = instrument;
        (c as { $containerProperty?: string }).$containerProperty = 'clauses';
        (c as { $containerIndex?: number }).$containerIndex = i;
    });
    cstRoot._astNode = instrument;
    (instrument as { $cstNode?: unknown }).$cstNode = cstRoot;
    return { value: instrument, lexerErrors: [], lexerReport: result.lexerReport, parserErrors: [] };
}

/** The index of the clause whose text holds [start, end) (its first token to its last), else -1. */
function clauseAt(root: Instrument, start: number, end: number): number {
    let low = 0;
    let high = root.clauses.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const cst = root.clauses[mid].$cstNode;
        if (!cst) return -1;
        if (end > cst.end) low = mid + 1;
        else if (start < cst.offset) high = mid - 1;
        else return mid;
    }
    return -1;
}

/**
 * Whether every block the clause opens at its own level (`principal p "X" {`) has a clause keyword before it
 * on its line, after the last block the clause closed: then the brace recovery of a whole parse keeps it,
 * as the parse of the clause alone does.
 */
function blocksOpenClauses(tokens: readonly IToken[], opensClause: (word: string) => boolean): boolean {
    let depth = 0;
    let boundary = -1;
    for (let i = 0; i < tokens.length; i++) {
        const image = tokens[i].image;
        if (image === '{') {
            if (depth === 0) {
                let found = false;
                for (let j = i - 1; j > boundary && tokens[j].startLine === tokens[i].startLine; j--) {
                    if (opensClause(tokens[j].image)) found = true;
                }
                if (!found) return false;
            }
            depth++;
        } else if (image === '}') {
            depth--;
            if (depth < 0) return false;
            if (depth === 0) boundary = i;
        }
    }
    return depth === 0;
}

function leaves(node: MutableCstNode, out: MutableCstNode[] = []): MutableCstNode[] {
    if (node.content) for (const child of node.content) leaves(child, out);
    else out.push(node);
    return out;
}

/** Same kinds of tokens in the same order, and no comment (a comment's place in the tree depends on what surrounds it). */
function sameTokenKinds(before: MutableCstNode[], after: MutableCstNode[]): boolean {
    if (before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) {
        const a = before[i] as MutableCstNode & { tokenType?: unknown };
        const b = after[i] as MutableCstNode & { tokenType?: unknown };
        if (a.hidden || b.hidden || a.tokenType === undefined || a.tokenType !== b.tokenType) return false;
    }
    return true;
}

/** Moves a syntax node and its children by `by` characters into the tree of `root`, their ranges read from `lines`. */
function move(node: MutableCstNode, root: MutableCstNode, by: number, lines: number[]): void {
    node.root = root.root;
    if (node.content) {
        node._rangeCache = undefined;
        for (const child of node.content) move(child, root, by, lines);
        return;
    }
    const offset = (node._offset as number) + by;
    node._offset = offset;
    node._range = { start: position(lines, offset), end: position(lines, offset + (node._length as number)) };
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
}

function position(lines: number[], offset: number): Position {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lines[mid] <= offset) low = mid;
        else high = mid - 1;
    }
    return { line: low, character: offset - lines[low] };
}

function newlines(text: string, from: number, to: number): number {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
}
