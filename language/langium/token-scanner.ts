/**
 * The tokens of a text as Chevrotain's lexer makes them, found faster. For each
 * token Chevrotain tries, in the token builder's order, every pattern that can
 * start with the next character until one matches: some 12 keyword tests for a
 * word of a POA, whose keywords mostly start with a letter (two thirds of the
 * lexer's time, with the keywords already compared as strings: `poa-lexer.ts`).
 * Langium orders the keywords longest first, so the first keyword that matches
 * is the longest one the text starts with here; this scanner finds it in one
 * walk of a trie of the keywords, and tries the other patterns (white space,
 * names, numbers, dates, strings, comments) as Chevrotain does, in the same
 * order, each keyword's longer alternatives included (a keyword followed by
 * more letters is a name). Positions, line breaks and token objects are made
 * as Chevrotain makes them (`createFullToken`, `updateTokenEndLineColumnLocation`).
 *
 * It answers only what it is sure of: a text with a character no pattern
 * matches (a lexing error) gives `undefined`, and the caller lexes it with
 * Chevrotain, which reports the error its own way. A lexer whose tables do not
 * have the shape read here (one mode, the keywords as one block, longest first,
 * position tracking "full") gives no scanner at all. Verified against
 * Chevrotain on every `.poa` file of the repository and on generated texts in
 * `test/language/token-scanner.test.ts`.
 */
import type { IToken, TokenType } from 'chevrotain';

/** What of a Chevrotain lexer's tables this reads (Chevrotain 11's `Lexer`). */
interface ChevrotainConfig {
    pattern: unknown;
    short: number | false;
    isCustom: boolean;
    group: string | false | undefined;
    longerAlt?: number[];
    canLineTerminator: boolean;
    /** Lexer modes a token enters or leaves (none in a Langium grammar). */
    push?: string;
    pop?: boolean;
    tokenTypeIdx: number;
    tokenType: TokenType;
}

export interface ChevrotainLexerTables {
    patternIdxToConfig?: Record<string, ChevrotainConfig[]>;
    defaultMode?: string;
    trackStartLines?: boolean;
    trackEndLines?: boolean;
    config?: { lineTerminatorsPattern?: { lastIndex: number; test(text: string): boolean }; safeMode?: boolean };
    emptyGroups?: Record<string, IToken[]>;
    /** Chevrotain's first-character table: per character code under 256, the patterns that can start with it, in order. */
    charCodeToPatternIdxToConfig?: Record<string, (ChevrotainConfig[] | undefined)[]>;
    canModeBeOptimized?: Record<string, boolean>;
}

export interface ScannedText {
    tokens: IToken[];
    groups: Record<string, IToken[]>;
}

/** A regular-expression pattern, tried at an offset (Chevrotain's sticky patterns). */
interface Tried {
    config: ChevrotainConfig;
    regex: RegExp;
}

/** What is tried at a character: the patterns before the keywords, whether a keyword can start there, the patterns after. */
interface Plan {
    before: Tried[];
    keywords: boolean;
    after: Tried[];
}

/**
 * The keywords as a trie in one table: a state per prefix of a keyword (the root is state 1, 0 is none), a
 * column per character that occurs in a keyword (`symbols`, by character code; -1 for any other); `ends` holds
 * the keyword that ends at a state.
 */
interface Trie {
    symbols: Int8Array;
    width: number;
    next: Int32Array;
    ends: (ChevrotainConfig | undefined)[];
}

function buildTrie(words: { word: string; config: ChevrotainConfig }[]): Trie | undefined {
    const codes = [...new Set(words.flatMap(({ word }) => [...word].map((c) => c.charCodeAt(0))))];
    if (codes.some((c) => c >= 128) || codes.length > 127) return undefined;
    const symbols = new Int8Array(128).fill(-1);
    codes.forEach((c, i) => (symbols[c] = i));
    const width = codes.length;
    const prefixes = new Set(words.flatMap(({ word }) => [...word].map((_, i) => word.slice(0, i + 1))));
    const next = new Int32Array((prefixes.size + 2) * width);
    const ends = new Array<ChevrotainConfig | undefined>(prefixes.size + 2).fill(undefined);
    let states = 2;
    for (const { word, config } of words) {
        let state = 1;
        for (let i = 0; i < word.length; i++) {
            const cell = state * width + symbols[word.charCodeAt(i)];
            if (next[cell] === 0) next[cell] = states++;
            state = next[cell];
        }
        ends[state] = config;
    }
    return { symbols, width, next, ends };
}

/** The state after `code` from `state`, 0 when no keyword goes on with it. */
function step(trie: Trie, state: number, code: number): number {
    if (code >= 128) return 0;
    const symbol = trie.symbols[code];
    return symbol < 0 ? 0 : trie.next[state * trie.width + symbol];
}

export type TokenScanner = (text: string) => ScannedText | undefined;

/** A scanner for `lexer`'s tokens, or undefined when its tables are not as expected (then Chevrotain lexes alone). */
export function tokenScanner(lexer: ChevrotainLexerTables): TokenScanner | undefined {
    const modes = lexer.patternIdxToConfig;
    const mode = lexer.defaultMode;
    if (!modes || mode === undefined || Object.keys(modes).length !== 1 || !Array.isArray(modes[mode])) return undefined;
    if (lexer.trackStartLines !== true || lexer.trackEndLines !== true) return undefined;
    const lineTerminators = lexer.config?.lineTerminatorsPattern;
    if (!lineTerminators || typeof lineTerminators.test !== 'function') return undefined;
    const configs = modes[mode];
    const keywordOf = (c: ChevrotainConfig) => (typeof c.tokenType?.PATTERN === 'string' ? c.tokenType.PATTERN : undefined);
    const first = configs.findIndex((c) => keywordOf(c) !== undefined);
    if (first < 0) return undefined;
    let end = first;
    while (end < configs.length && keywordOf(configs[end]) !== undefined) end++;
    const keywords = configs.slice(first, end);
    // Longest first, and no keyword outside the block: then the first keyword to match is the longest match.
    for (let i = 1; i < keywords.length; i++) if (keywordOf(keywords[i])!.length > keywordOf(keywords[i - 1])!.length) return undefined;
    if (configs.slice(end).some((c) => keywordOf(c) !== undefined)) return undefined;
    if (configs.some((c) => c.push !== undefined || c.pop === true)) return undefined;
    const asTried = (c: ChevrotainConfig): Tried | undefined =>
        !c.isCustom && c.short === false && c.pattern instanceof RegExp && c.pattern.sticky ? { config: c, regex: c.pattern } : undefined;
    const before = configs.slice(0, first).map(asTried);
    const after = configs.slice(end).map(asTried);
    if (before.some((t) => !t) || after.some((t) => !t)) return undefined;
    for (const c of configs) {
        for (const k of c.longerAlt ?? []) if (!configs[k] || !asTried(configs[k])) return undefined;
    }
    const trie = buildTrie(keywords.map((config) => ({ word: keywordOf(config)!, config })));
    if (!trie) return undefined;
    // Per character code under 256, only the patterns Chevrotain's first-character table says can start with it
    // (the same patterns in the same order, fewer tried); every pattern for other characters, or without the table.
    const all: Plan = { before: before as Tried[], keywords: true, after: after as Tried[] };
    const table = lexer.canModeBeOptimized?.[mode] === true && lexer.config?.safeMode === false ? lexer.charCodeToPatternIdxToConfig?.[mode] : undefined;
    const plans: Plan[] = [];
    for (let code = 0; code < 256; code++) {
        const candidates = table ? table[code] ?? [] : undefined;
        const keep = (t: Tried | undefined) => !candidates || candidates.includes(t!.config);
        plans.push({ before: (before as Tried[]).filter(keep), keywords: step(trie, 1, code) !== 0, after: (after as Tried[]).filter(keep) });
    }
    return (text) => scan(text, plans, all, trie, configs, lineTerminators, lexer.emptyGroups ?? {});
}

/** The length of `regex`'s match at `offset`, or -1. */
function matchLength(regex: RegExp, text: string, offset: number): number {
    regex.lastIndex = offset;
    return regex.test(text) ? regex.lastIndex - offset : -1;
}

function scan(
    text: string, plans: Plan[], all: Plan, trie: Trie, configs: ChevrotainConfig[],
    lineTerminators: { lastIndex: number; test(text: string): boolean }, emptyGroups: Record<string, IToken[]>
): ScannedText | undefined {
    const tokens: IToken[] = [];
    const groups: Record<string, IToken[]> = {};
    for (const name of Object.keys(emptyGroups)) groups[name] = [];
    const length = text.length;
    let offset = 0;
    let line = 1;
    let column = 1;
    while (offset < length) {
        let config: ChevrotainConfig | undefined;
        let imageLength = -1;
        const code = text.charCodeAt(offset);
        const plan = code < 256 ? plans[code] : all;
        const { before, after } = plan;
        for (let i = 0; i < before.length && imageLength < 0; i++) {
            imageLength = matchLength(before[i].regex, text, offset);
            if (imageLength >= 0) config = before[i].config;
        }
        if (imageLength < 0 && plan.keywords) {
            // The longest keyword the text starts with at `offset`.
            let state = 1;
            for (let at = offset; at < length; at++) {
                state = step(trie, state, text.charCodeAt(at));
                if (state === 0) break;
                const keyword = trie.ends[state];
                if (keyword) {
                    config = keyword;
                    imageLength = at + 1 - offset;
                }
            }
        }
        for (let i = 0; i < after.length && imageLength < 0; i++) {
            imageLength = matchLength(after[i].regex, text, offset);
            if (imageLength >= 0) config = after[i].config;
        }
        if (imageLength < 0 || !config) return undefined; // a lexing error: Chevrotain reports it
        const longerAlt = config.longerAlt;
        if (longerAlt !== undefined) {
            for (const k of longerAlt) {
                const alt = configs[k];
                const altLength = matchLength(alt.pattern as RegExp, text, offset);
                if (altLength > imageLength) {
                    config = alt;
                    imageLength = altLength;
                    break;
                }
            }
        }
        const group = config.group;
        let image: string | undefined;
        let token: IToken | undefined;
        if (group !== undefined) {
            image = text.substring(offset, offset + imageLength);
            token = {
                image,
                startOffset: offset,
                endOffset: offset + imageLength - 1,
                startLine: line,
                endLine: line,
                startColumn: column,
                endColumn: column + imageLength - 1,
                tokenTypeIdx: config.tokenTypeIdx,
                tokenType: config.tokenType
            };
            if (group === false) tokens.push(token);
            else groups[group].push(token);
        }
        if (config.canLineTerminator) {
            image ??= text.substring(offset, offset + imageLength);
            let breaks = 0;
            let lastBreakEnd = 0;
            lineTerminators.lastIndex = 0;
            while (lineTerminators.test(image)) {
                lastBreakEnd = lineTerminators.lastIndex - 1;
                breaks++;
            }
            if (breaks !== 0) {
                line += breaks;
                column = imageLength - lastBreakEnd;
                if (token) {
                    const endsInBreak = lastBreakEnd === imageLength - 1;
                    if (!(breaks === 1 && endsInBreak)) {
                        token.endLine = line + (endsInBreak ? -1 : 0);
                        token.endColumn = column - 1 + (endsInBreak ? 1 : 0);
                    }
                }
            } else {
                column += imageLength;
            }
        } else {
            column += imageLength;
        }
        offset += imageLength;
    }
    return { tokens, groups };
}
