/**
 * Re-parses only what an edit touched, where that gives the tree a full parse
 * would. The instrument is a flat list of clauses; an edit that stays inside
 * one clause and leaves the token kinds as they were (typing inside a quoted
 * text, a name or a number) re-parses the innermost node that holds it (the
 * quoted text, the filing, the agent; else the whole clause) by its own grammar
 * rule and puts the result in place of the old node. Sound because the
 * parser's decisions depend only on the kinds of tokens: with the same kinds
 * before, inside and after the node, a full parse takes the same path, and the
 * re-parsed node must have the old node's tree of grammar elements. The
 * brace recovery (`brace-recovery.ts`) also reads lines: an edit that adds or
 * removes a line break re-parses the whole clause, whose blocks are checked.
 * Everything else (a new word, a deleted brace, a comment, a file with syntax
 * errors) is parsed in full: `reparseClause` answers undefined.
 *
 * The nodes that did not change are kept, with their syntax nodes moved to
 * the new offsets; the instrument node is new, so caches keyed by the root of
 * the tree (the semantic model, the rendered preview) are rebuilt. The old tree
 * is left behind: it must not be read after the update.
 * Tests: `test/property/incremental-parse.test.ts` (random edits of the examples
 * give the tree and values of a full parse), `test/language/incremental-update.test.ts`.
 */
import type { AstNode, LangiumParser, Lexer, ParseResult } from 'langium';
import type { IToken } from 'chevrotain';
import type { Instrument } from '../generated/ast.js';
import { ObjectCache } from '../object-cache.js';

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
    readonly grammarSource?: unknown;
    readonly tokenType?: unknown;
    content?: MutableCstNode[] & { splice(start: number, count: number, ...items: MutableCstNode[]): MutableCstNode[] };
}

type Position = { line: number; character: number };

/** What the re-parse needs of the language: its parser, its lexer (without the parser's brace recovery) and the words that open a clause. */
export interface ClauseParser {
    parser: LangiumParser;
    lexer: Lexer;
    opensClause: (word: string) => boolean;
}

/** Characters compared at once when looking for the changed span. */
const BLOCK = 256;

/** The re-parsed result, or undefined when a full parse is needed. */
export function reparseClause(language: ClauseParser, old: ParseResult<AstNode>, oldText: string, newText: string): ParseResult<AstNode> | undefined {
    if (old.lexerErrors.length || old.parserErrors.length || (old.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const root = old.value as Instrument;
    const cstRoot = root.$cstNode as unknown as MutableCstNode | undefined;
    if (root.$type !== 'Instrument' || !cstRoot || cstRoot.root !== cstRoot || cstRoot.root._text !== oldText) return undefined;

    // Line and character positions are counted here on '\n' (and '\r\n'); the lexer also ends a line at a lone '\r'.
    if (/\r(?!\n)/.test(newText)) return undefined;

    // The changed span: [start, oldEnd) of the old text became [start, oldEnd + delta) of the new.
    // Compared a block at a time first (a comparison of two slices is one native call), then a character at a time.
    let start = 0;
    const shorter = Math.min(oldText.length, newText.length);
    while (start + BLOCK <= shorter && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    if (start === oldText.length && start === newText.length) return undefined;
    let suffix = 0;
    while (suffix + BLOCK <= shorter - start && oldText.slice(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.slice(newText.length - suffix - BLOCK, newText.length - suffix)) suffix += BLOCK;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldEnd = oldText.length - suffix;
    const delta = newText.length - oldText.length;

    const index = clauseAt(root, start, oldEnd);
    if (index < 0) return undefined;
    // The innermost node of the tree that holds the edit is re-parsed by its own rule (an agent, a filing, a
    // quoted text); where that cannot be done soundly, the next one out, up to the clause.
    const lines = lineStarts(newText);
    const chain = enclosingNodes(root.clauses[index].$cstNode as unknown as MutableCstNode, start, oldEnd);
    // A line break added or removed can change how the parser's brace recovery reads the clause's blocks (it
    // looks for a clause keyword on a block's line): then only the whole clause is re-parsed, where that is checked.
    const linesChanged = oldText.slice(start, oldEnd).includes('\n') || newText.slice(start, oldEnd + delta).includes('\n');
    let spliced: ParseResult<AstNode> | undefined;
    let replaced: ReparsedFrom['replaced'];
    for (let i = linesChanged ? 0 : chain.length - 1; i >= 0 && !spliced; i--) {
        const before = chain[i]._astNode;
        spliced = reparseNode(language, chain[i], newText, delta, i === 0, lines);
        if (spliced && i > 0 && before) replaced = { before, after: spliced.value };
    }
    if (!spliced) return undefined;

    // The text after the edit moved by delta (and maybe by lines): so did its syntax nodes.
    if (delta !== 0 || linesChanged) {
        shiftAfter(cstRoot, oldEnd, spliced.value.$cstNode as unknown as MutableCstNode, delta, lines);
    }
    cstRoot.root._text = newText;
    cstRoot._rangeCache = undefined;

    // A new instrument node, so that whatever is keyed by the root of the tree is built again.
    const instrument: Instrument = { ...root, clauses: [...root.clauses] };
    delete (instrument as { $document?: unknown }).$document;
    instrument.clauses.forEach((c, i) => {
        (c as { $container: Instrument }).$container = instrument;
        (c as { $containerProperty?: string }).$containerProperty = 'clauses';
        (c as { $containerIndex?: number }).$containerIndex = i;
    });
    cstRoot._astNode = instrument;
    (instrument as { $cstNode?: unknown }).$cstNode = cstRoot;
    reparsed.set(instrument, { previous: treeId(root), clause: index, replaced });
    return { value: instrument, lexerErrors: [], lexerReport: spliced.lexerReport, parserErrors: [] };
}

/** How an instrument node came from a re-parse: the tree it replaced (`treeId`) and the one clause that changed. */
export interface ReparsedFrom {
    previous: number;
    /** The index of the clause holding the edit; every other clause is the previous tree's node, unchanged. */
    clause: number;
    /** When a node inside the clause was re-parsed (not the clause): the node it replaced and the new one, of the same shape. */
    replaced?: { before: AstNode; after: AstNode };
}

const reparsed = new ObjectCache<AstNode, ReparsedFrom>('poa reparsed');
const ids = new ObjectCache<AstNode, number>('poa tree id');
let lastId = 0;

/**
 * For the root of a tree that `reparseClause` made, the tree it came from and the clause that changed, so that
 * work done per clause on the previous tree (its names, its links) is kept for the other clauses; undefined
 * for a full parse.
 */
export function reparsedFrom(root: AstNode): ReparsedFrom | undefined {
    return reparsed.get(root);
}

/** A number naming a tree by its root, so that what was done on a tree can be matched without keeping the tree alive. */
export function treeId(root: AstNode): number {
    let id = ids.get(root);
    if (id === undefined) {
        id = ++lastId;
        ids.set(root, id);
    }
    return id;
}

/** The syntax nodes between the clause and the edit that carry an AST node of their own, the clause first. */
function enclosingNodes(clause: MutableCstNode, start: number, end: number): MutableCstNode[] {
    const chain: MutableCstNode[] = [clause];
    let node: MutableCstNode | undefined = clause;
    while (node?.content) {
        node = node.content.find((c) => c.content && c.offset <= start && end <= c.end);
        if (node && node._astNode && (node._astNode as { $cstNode?: unknown }).$cstNode === node && ruleName(node)) chain.push(node);
    }
    return chain;
}

function ruleName(node: MutableCstNode): string | undefined {
    const source = node.grammarSource as { $type?: string; rule?: { ref?: { $type?: string; name?: string } } } | undefined;
    return source?.$type === 'RuleCall' && source.rule?.ref?.$type === 'ParserRule' ? source.rule.ref.name : undefined;
}

/**
 * Re-parses the text of one node by its rule and puts the result in its place, in the syntax tree and in
 * its container; undefined (and nothing changed) when the re-parse would not be what a full parse gives.
 */
function reparseNode(language: ClauseParser, holder: MutableCstNode, newText: string, delta: number, isClause: boolean, lines: number[]): ParseResult<AstNode> | undefined {
    const rule = ruleName(holder);
    const old = holder._astNode;
    if (!rule || !old || !holder.content) return undefined;
    const from = holder.offset;
    const to = holder.end + delta;
    // The node must be lexed as in the whole text: nothing but a space, a brace or a comma may touch it.
    const touches = (c: string | undefined) => c !== undefined && !/[\s{},]/.test(c);
    if (touches(newText[from - 1]) || touches(newText[to])) return undefined;

    const slice = newText.slice(from, to);
    // The tokens as lexed, before the parser's brace recovery (`brace-recovery.ts`), which reads the whole
    // file: a block at the node's level is kept only if a clause keyword opens its line, within the node.
    const lexed = language.lexer.tokenize(slice);
    if (lexed.errors.length || lexed.hidden.length || !blocksOpenClauses(lexed.tokens, language.opensClause)) return undefined;
    const result = language.parser.parse(slice, { rule });
    if (result.lexerErrors.length || result.parserErrors.length || (result.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const node = result.value;
    const parsed = node.$cstNode as unknown as MutableCstNode | undefined;
    if (!parsed?.content || node.$type !== old.$type || !sameShape(holder.content, parsed.content)) return undefined;
    const tokens = leaves(parsed);
    if (tokens.length !== lexed.tokens.length || lexed.tokens.some((t, i) => t.tokenType !== tokens[i].tokenType)) return undefined;

    // The new syntax nodes go into the old node's place, at their offsets in the whole text.
    const cstNodes = [...parsed.content];
    holder.content.splice(0, holder.content.length, ...cstNodes);
    holder._astNode = node;
    holder._rangeCache = undefined;
    (node as { $cstNode?: unknown }).$cstNode = holder;
    for (const n of cstNodes) move(n, holder, from, lines);
    if (!isClause) {
        const container = old.$container as unknown as Record<string, unknown>;
        const property = old.$containerProperty as string;
        const value = container[property];
        if (Array.isArray(value)) value[old.$containerIndex as number] = node;
        else container[property] = node;
        const moved = node as { $container?: unknown; $containerProperty?: string; $containerIndex?: number };
        moved.$container = old.$container;
        moved.$containerProperty = old.$containerProperty;
        moved.$containerIndex = old.$containerIndex;
    } else {
        const instrument = old.$container as Instrument;
        instrument.clauses[old.$containerIndex as number] = node as Instrument['clauses'][number];
    }
    return { ...result, value: node };
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

/**
 * The same tree of grammar elements with the same kinds of tokens, and no comment (a comment's place in the
 * tree depends on what surrounds it): what a full parse builds from the same kinds of tokens.
 */
function sameShape(before: readonly MutableCstNode[], after: readonly MutableCstNode[]): boolean {
    if (before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) {
        const a = before[i];
        const b = after[i];
        if (a.hidden || b.hidden || a.grammarSource !== b.grammarSource || !a.content !== !b.content) return false;
        if (a.content && b.content ? !sameShape(a.content, b.content) : a.tokenType === undefined || a.tokenType !== b.tokenType) return false;
    }
    return true;
}

/** Shifts every token at or after `boundary` (old offsets) by `by`, except those of the re-parsed node, and forgets cached ranges. */
function shiftAfter(node: MutableCstNode, boundary: number, skip: MutableCstNode, by: number, lines: number[]): void {
    if (node === skip) return;
    if (node.content) {
        node._rangeCache = undefined;
        for (const child of node.content) shiftAfter(child, boundary, skip, by, lines);
        return;
    }
    const offset = node._offset as number;
    if (offset < boundary) return;
    node._offset = offset + by;
    node._range = { start: position(lines, offset + by), end: position(lines, offset + by + (node._length as number)) };
}

/** Moves a syntax node and its children by `by` characters into the tree of `root`, their ranges read from `lines`. */
function move(node: MutableCstNode, into: MutableCstNode, by: number, lines: number[]): void {
    node.root = into.root;
    if (node.content) {
        node._rangeCache = undefined;
        for (const child of node.content) move(child, into, by, lines);
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
