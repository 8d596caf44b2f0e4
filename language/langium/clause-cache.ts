/**
 * A clause parsed before is not parsed again: the parser keeps the trees of the clauses it parsed, keyed by
 * their tokens, and when the same tokens come again as a clause (many files written from one model, where
 * most clauses are the same words, checked or loaded in one process: `poa check`, the server's workspace; a
 * file parsed again in full) it builds that tree anew at the new offsets instead of running the grammar. A clause is kept the second time it is parsed, so
 * that one seen once (the clause holding a principal's name) costs nothing more.
 *
 * Sound because the parser's path through a clause, and the tree it builds, depend only on the tokens it reads
 * (their kinds, and their images for the values): a kept clause is used only where the same token images and
 * kinds follow, and the tokens the parse looked at after the clause (its lookahead, recorded while parsing,
 * through Chevrotain's one token reader `LA`) are of the same kinds. Every syntax node's offset and
 * line/character range comes from the new tokens. A clause that had a syntax error, or a comment before or
 * inside it (a comment's place in the tree depends on what surrounds it), is neither kept nor reused, and a
 * file with any syntax or lexing error is parsed again without the cache, so that error recovery is exactly
 * Langium's. The trees built are new (syntax nodes, AST nodes, and references made by the linker as the parser
 * makes them): nothing is shared with another parse, so an edit of one file (`incremental-parse.ts`) cannot
 * reach another, and nothing kept holds a file's text.
 * Test: `test/property/clause-cache.test.ts` (the examples, edited and mixed, against a parse without it).
 */
import { CompositeCstNodeImpl, CstUtils, isAstNode, isReference, LeafCstNodeImpl, type AstNode, type CstNode, type GrammarAST, type LangiumParser, type Linker, type ParseResult } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** The parts of Langium's and Chevrotain's parser the cache reads and drives (`langium/lib/parser/langium-parser.js`). */
interface ParserInternals {
    wrapper: {
        input: IToken[];
        errors: unknown[];
        currIdx: number;
        LA(howMuch: number): IToken;
    };
    nodeBuilder: { current: CompositeCstNodeImpl; nodeStack: CompositeCstNodeImpl[]; rootNode: CompositeCstNodeImpl; buildCompositeNode(feature: unknown): CompositeCstNodeImpl };
    lexerResult?: { hidden: IToken[] };
    linker: Linker;
    current: Record<string, unknown>;
    isRecording(): boolean;
    subrule(idx: number, rule: unknown, fragment: boolean, feature: unknown, args: unknown): void;
    performSubruleAssignment(result: unknown, feature: unknown, cstNode: CstNode): void;
}

/** A syntax node of a kept clause, in pre-order: a composite with `children` nodes after it, or a token's leaf. */
interface CstStep {
    grammarSource: unknown;
    composite: boolean;
    hidden: boolean;
    children: number;
    /** The index of the AST node it carries, or -1. */
    ast: number;
}

/** A property value of a kept AST node. */
type Value =
    | { kind: 'plain'; value: unknown }
    | { kind: 'node'; index: number }
    | { kind: 'reference'; text: string; cst: number }
    | { kind: 'array'; items: Value[] }
    | { kind: 'cst'; index: number };

interface AstStep {
    type: string;
    keys: string[];
    values: Value[];
}

/** One kept clause: its tokens, the kinds of the tokens read after it, and its trees as steps. */
interface Entry {
    /** The tokens' images, each followed by a NUL (a new string: it holds no file's text). */
    images: string;
    count: number;
    /** The kinds of the tokens the parse looked at after the clause; undefined for the end of the input. */
    follow: (TokenType | undefined)[];
    /** The clause's syntax nodes below its own (index 0 is the clause's node). */
    cst: CstStep[];
    /** The AST nodes, the clause's first. */
    ast: AstStep[];
}

/**
 * What is kept at most, in tokens (some 100,000: the clauses of two 5,000-line files, a few megabytes); the
 * images of clauses parsed once, in characters; and the clauses kept per first word. When full, nothing more
 * is kept (so a file larger than that does not evict its own clauses on every parse), and a parse that
 * found nothing in a full cache forgets it all (another set of files is being parsed).
 */
const MAX_KEPT_TOKENS = 100_000;
const MAX_SEEN_CHARACTERS = 4_000_000;
const MAX_PER_WORD = 64;

export class ClauseCache {
    private readonly entries = new Map<string, Entry[]>();
    /** Clauses parsed once, by their images: kept if they come again. */
    private readonly seen = new Set<string>();
    private seenCharacters = 0;
    private keptTokens = 0;
    /** Clauses built from the cache, and clauses parsed, since the parser was made. */
    hits = 0;
    misses = 0;
    /** False: the parser parses every clause (and keeps none), as Langium's does. */
    enabled = true;

    /** The kept clause whose tokens start at `at`, if any. */
    find(tokens: readonly IToken[], at: number): Entry | undefined {
        const first = tokens[at];
        const list = first && this.entries.get(first.image);
        if (!list) return undefined;
        for (const entry of list) {
            if (at + entry.count > tokens.length || !sameImages(entry.images, tokens, at, entry.count)) continue;
            let same = true;
            for (let i = 0; i < entry.follow.length && same; i++) same = tokens[at + entry.count + i]?.tokenType === entry.follow[i];
            if (same) return entry;
        }
        return undefined;
    }

    /** Whether a clause of `count` tokens would be kept now. */
    hasRoomFor(count: number): boolean {
        return this.keptTokens + count <= MAX_KEPT_TOKENS;
    }

    /** Whether a clause with these images was parsed before (and marks it parsed). */
    seenBefore(images: string): boolean {
        if (this.seen.has(images)) return true;
        if (this.seenCharacters + images.length > MAX_SEEN_CHARACTERS) {
            this.seen.clear();
            this.seenCharacters = 0;
        }
        this.seen.add(images);
        this.seenCharacters += images.length;
        return false;
    }

    add(entry: Entry, word: string): void {
        let list = this.entries.get(word);
        if (!list) this.entries.set(word, (list = []));
        if (list.length >= MAX_PER_WORD) this.keptTokens -= list.pop()!.count;
        list.unshift(entry);
        this.keptTokens += entry.count;
    }

    /** After a parse that built `hits` clauses from the cache: a full cache that served nothing is forgotten. */
    parsed(hits: number): void {
        if (hits === 0 && !this.hasRoomFor(MAX_KEPT_TOKENS / 100)) this.clear();
    }

    clear(): void {
        this.entries.clear();
        this.seen.clear();
        this.seenCharacters = 0;
        this.keptTokens = 0;
    }
}

function sameImages(images: string, tokens: readonly IToken[], at: number, count: number): boolean {
    let pos = 0;
    for (let i = 0; i < count; i++) {
        const image = tokens[at + i].image;
        if (!images.startsWith(image, pos) || images.charCodeAt(pos + image.length) !== 0) return false;
        pos += image.length + 1;
    }
    return pos === images.length;
}

function imagesOf(tokens: readonly IToken[], at: number, count: number): string {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(tokens[at + i].image, '\0');
    return parts.join('');
}

/**
 * Gives `parser` a clause cache: the grammar's `clauses+=Clause` call builds a clause kept before instead of
 * parsing it. Returns the cache, or undefined when the parser is not Langium's as this module knows it (then
 * nothing is changed).
 */
export function cacheClauses(parser: LangiumParser, grammar: GrammarAST.Grammar): ClauseCache | undefined {
    const internals = parser as unknown as ParserInternals;
    const wrapper = internals.wrapper;
    const feature = clausesCall(grammar);
    const subrule = internals.subrule;
    if (!feature || !wrapper || typeof wrapper.LA !== 'function' || !Array.isArray(wrapper.errors) || typeof subrule !== 'function'
        || typeof internals.performSubruleAssignment !== 'function' || !internals.nodeBuilder || !Array.isArray(internals.nodeBuilder.nodeStack)) return undefined;
    const cache = new ClauseCache();
    let retrying = false;
    let hits = 0;
    // The furthest token the parser has looked at, while a clause is parsed.
    let furthest = -1;
    const la = wrapper.LA;
    wrapper.LA = function (this: ParserInternals['wrapper'], howMuch: number): IToken {
        const index = this.currIdx + howMuch;
        if (index > furthest) furthest = index;
        return la.call(this, howMuch);
    };

    internals.subrule = function (this: ParserInternals, idx: number, rule: unknown, fragment: boolean, called: unknown, args: unknown): void {
        if (called !== feature || !cache.enabled || retrying || this.isRecording()) return subrule.call(this, idx, rule, fragment, called, args);
        const tokens = wrapper.input;
        const at = wrapper.currIdx + 1;
        // A comment not yet placed in the tree would be placed in this clause's (before its first token).
        const hidden = this.lexerResult?.hidden ?? [];
        const entry = cache.find(tokens, at);
        if (entry && (hidden.length === 0 || hidden[0].startOffset > tokens[at + entry.count - 1].startOffset)) {
            cache.hits++;
            hits++;
            const cst = this.nodeBuilder.buildCompositeNode(called);
            const ast = build(entry, cst, this.nodeBuilder.rootNode, tokens, at, this.linker);
            this.nodeBuilder.nodeStack.pop();
            wrapper.currIdx = at + entry.count - 1;
            this.performSubruleAssignment(ast, called, cst);
            return;
        }
        cache.misses++;
        const errors = wrapper.errors.length;
        const firstHidden = hidden[0];
        const content = this.nodeBuilder.current.content;
        const before = content.length;
        furthest = -1;
        subrule.call(this, idx, rule, fragment, called, args);
        const count = wrapper.currIdx + 1 - at;
        if (count <= 0 || !cache.hasRoomFor(count) || wrapper.errors.length !== errors || content.length !== before + 1) return;
        if (firstHidden && firstHidden.startOffset < tokens[at + count - 1].startOffset) return;
        const cst = content[before] as CompositeCstNodeImpl;
        const clauses = this.current.clauses as AstNode[] | undefined;
        const ast = clauses?.[clauses.length - 1];
        if (!ast || ast.$cstNode !== cst || cst.grammarSource !== called) return;
        const images = imagesOf(tokens, at, count);
        if (!cache.seenBefore(images)) return;
        const follow: (TokenType | undefined)[] = [];
        for (let i = at + count; i <= furthest; i++) follow.push(tokens[i]?.tokenType);
        const kept = keep(cst, ast, count);
        if (kept) cache.add({ images, count, follow, ...kept }, tokens[at].image);
    } as ParserInternals['subrule'];

    // A file with a syntax error is parsed again without the cache: error recovery stays Langium's own.
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        hits = 0;
        const result = parse(input, options) as ParseResult<AstNode>;
        // Only a whole file's parse says whether the cache serves the files being parsed (`incremental-parse.ts` parses one rule).
        if (!options?.rule) cache.parsed(hits);
        if (hits === 0 || (result.parserErrors.length === 0 && result.lexerErrors.length === 0)) return result;
        retrying = true;
        try {
            return parse(input, options);
        } finally {
            retrying = false;
        }
    }) as LangiumParser['parse'];
    caches.set(parser, cache);
    return cache;
}

const caches = new WeakMap<LangiumParser, ClauseCache>();

/** The clause cache of a parser made by `createPoaParser`, if it has one. */
export function clauseCacheOf(parser: LangiumParser): ClauseCache | undefined {
    return caches.get(parser);
}

/** The grammar's `clauses+=Clause` rule call in the entry rule. */
function clausesCall(grammar: GrammarAST.Grammar): unknown {
    const entry = grammar.rules.find((r) => r.$type === 'ParserRule' && (r as GrammarAST.ParserRule).entry) as GrammarAST.ParserRule | undefined;
    const found: unknown[] = [];
    const visit = (e: GrammarAST.AbstractElement | undefined): void => {
        if (!e) return;
        if (e.$type === 'Assignment') {
            const a = e as GrammarAST.Assignment;
            if (a.feature === 'clauses' && a.terminal.$type === 'RuleCall' && (a.terminal as GrammarAST.RuleCall).rule.ref?.name === 'Clause') found.push(a.terminal);
        } else if ('elements' in e) for (const c of (e as GrammarAST.Group).elements) visit(c);
    };
    visit(entry?.definition);
    return found.length === 1 ? found[0] : undefined;
}

/**
 * A clause's trees as steps: its syntax nodes in pre-order and its AST nodes with their values. Undefined when
 * they are not as the parser builds them without errors (one leaf per token, in order; values that are
 * strings, numbers, booleans, nodes of the clause and references).
 */
function keep(clause: CompositeCstNodeImpl, root: AstNode, count: number): Pick<Entry, 'cst' | 'ast'> | undefined {
    const cstIndex = new Map<CstNode, number>();
    const astIndex = new Map<AstNode, number>();
    const cst: CstStep[] = [];
    const ast: AstStep[] = [];
    let leaves = 0;
    const visitCst = (node: CstNode): void => {
        cstIndex.set(node, cst.length);
        if (node instanceof CompositeCstNodeImpl) {
            const step: CstStep = { grammarSource: node.grammarSource, composite: true, hidden: false, children: node.content.length, ast: -1 };
            cst.push(step);
            for (const child of node.content) visitCst(child);
        } else if (node instanceof LeafCstNodeImpl) {
            leaves++;
            cst.push({ grammarSource: node.grammarSource, composite: false, hidden: node.hidden, children: 0, ast: -1 });
        } else throw NOT_KEPT;
    };
    const visitAst = (node: AstNode): number => {
        if (astIndex.has(node)) throw NOT_KEPT;
        const index = ast.length;
        astIndex.set(node, index);
        const step: AstStep = { type: node.$type, keys: [], values: [] };
        ast.push(step);
        for (const key of Object.keys(node)) {
            if (key === '$type' || key === '$container' || key === '$containerProperty' || key === '$containerIndex') continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            step.keys.push(key);
            if (key === '$cstNode') {
                if (value === undefined) step.values.push({ kind: 'plain', value: undefined });
                else step.values.push({ kind: 'cst', index: indexOf(cstIndex, value as CstNode) });
            } else step.values.push(valueOf(value));
        }
        return index;
    };
    const valueOf = (value: unknown): Value => {
        if (Array.isArray(value)) return { kind: 'array', items: value.map(valueOf) };
        if (isReference(value)) {
            if (!value.$refNode) throw NOT_KEPT;
            return { kind: 'reference', text: value.$refText, cst: indexOf(cstIndex, value.$refNode) };
        }
        if (isAstNode(value)) return { kind: 'node', index: visitAst(value) };
        if (value !== null && typeof value === 'object') throw NOT_KEPT;
        return { kind: 'plain', value };
    };
    try {
        visitCst(clause);
        if (leaves !== count) return undefined;
        visitAst(root);
        for (const [node, index] of cstIndex) {
            const carried = (node as unknown as { _astNode?: AstNode })._astNode;
            if (carried !== undefined) cst[index].ast = indexOf(astIndex, carried);
        }
        return { cst, ast };
    } catch (e) {
        if (e === NOT_KEPT) return undefined;
        throw e;
    }
}

const NOT_KEPT = new Error('not kept');

function indexOf<T>(map: Map<T, number>, key: T): number {
    const index = map.get(key);
    if (index === undefined) throw NOT_KEPT;
    return index;
}

/** Builds a kept clause's trees under `into` (the clause's syntax node), from the tokens at `at`; returns its AST node. */
function build(entry: Entry, into: CompositeCstNodeImpl, root: CompositeCstNodeImpl, tokens: readonly IToken[], at: number, linker: Linker): AstNode {
    const nodes: Record<string, unknown>[] = entry.ast.map((step) => ({ $type: step.type }));
    const csts: CstNode[] = new Array(entry.cst.length);
    csts[0] = into;
    let next = 1;
    let leaf = 0;
    const children = (parent: CompositeCstNodeImpl, count: number): void => {
        for (let c = 0; c < count; c++) {
            const step = entry.cst[next];
            let node: CompositeCstNodeImpl | LeafCstNodeImpl;
            if (step.composite) {
                node = new CompositeCstNodeImpl();
                node.grammarSource = step.grammarSource as never;
                node.root = root as never;
                parent.content.push(node);
                csts[next++] = node;
                children(node, step.children);
            } else {
                const t = tokens[at + leaf++];
                node = new LeafCstNodeImpl(t.startOffset, t.image.length, CstUtils.tokenToRange(t), t.tokenType, step.hidden);
                node.grammarSource = step.grammarSource as never;
                node.root = root as never;
                parent.content.push(node);
                csts[next++] = node;
            }
            if (step.ast >= 0) node.astNode = nodes[step.ast] as unknown as AstNode;
        }
    };
    children(into, entry.cst[0].children);
    if (entry.cst[0].ast >= 0) into.astNode = nodes[entry.cst[0].ast] as unknown as AstNode;
    const valueOf = (value: Value, owner: Record<string, unknown>, key: string): unknown => {
        switch (value.kind) {
            case 'plain': return value.value;
            case 'node': return nodes[value.index];
            case 'cst': return csts[value.index];
            case 'array': return value.items.map((v) => valueOf(v, owner, key));
            case 'reference': return linker.buildReference(owner as unknown as AstNode, key, csts[value.cst], value.text);
        }
    };
    entry.ast.forEach((step, i) => {
        const node = nodes[i];
        for (let k = 0; k < step.keys.length; k++) node[step.keys[k]] = valueOf(step.values[k], node, step.keys[k]);
    });
    return nodes[0] as unknown as AstNode;
}
