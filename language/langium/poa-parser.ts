/**
 * The POA parser: Langium's, with its lookahead built on first use
 * (`lazy-lookahead.ts`, for a fast start) and one fix for long instruments. Langium's CST
 * builder is asked to attach the hidden tokens (comments) before every token
 * it consumes, even when there are none; with none, it still looks up the
 * current node's position in its parent (`indexOf`, then an empty `splice`),
 * which makes a clause with thousands of entries (a grant of 2,500 powers)
 * quadratic to parse. Skipping the empty case changes nothing in the tree.
 * If a Langium upgrade renames the builder, this falls back to Langium's
 * parser unchanged.
 *
 * Its rules are built by `poa-parser-builder.ts`, and two of its steps (linking nodes to their
 * containers, defaults of missing properties) are `tree-links.ts`'s, for less garbage per parse;
 * two more (finding a token's assignment, merging an unassigned subrule's result) are
 * `parser-assignments.ts`'s.
 *
 * It also recovers from a stray closing brace (`brace-recovery.ts`): the
 * parser reads the token stream without it and resumes at the next clause; and its syntax errors
 * are tidied for the reader (`syntax-error-cleanup.ts`).
 */
import { type AbstractLangiumParser, createParser, GrammarAST, LangiumCompletionParser, LangiumParser, type LangiumCoreServices, type LanguageMetaData, type Lexer, type LexerResult } from 'langium';
import { removeStrayBraces } from './brace-recovery.js';
import { cleanSyntaxErrors } from './syntax-error-cleanup.js';
import { LazyLookahead, type LookaheadStrategy } from './lazy-lookahead.js';
import { patchCstContainerPush } from './cst-container-push.js';
import { buildParserRules, type RuleBuilder } from './poa-parser-builder.js';
import { useTreeLinks } from './tree-links.js';
import { useLeanAssignments } from './parser-assignments.js';
import { embeddedRecord, useRecordedGrammar, type RecordedGrammar, type RecordingParser } from './recorded-grammar.js';

declare const __POA_BUNDLED__: boolean | undefined;

/**
 * The language's metadata with the parser's mode: 'production' in the shipped
 * bundles (esbuild defines `__POA_BUNDLED__`), so the lexer and parser skip
 * Chevrotain's grammar self-checks on every start (a third of the parser's
 * build time); run from source (the tests), 'development' keeps those checks,
 * so a grammar change that makes the grammar ambiguous still fails there.
 */
export function poaLanguageMetaData(generated: LanguageMetaData): LanguageMetaData {
    const bundled = typeof __POA_BUNDLED__ !== 'undefined' && __POA_BUNDLED__ === true;
    return bundled ? { ...generated, mode: 'production' } : generated;
}

type HiddenNodeBuilder = { addHiddenNodes?: (tokens: readonly unknown[]) => void };

/**
 * The POA parser. `record` is Chevrotain's record of the grammar to use instead of recording it
 * on creation (`recorded-grammar.ts`): by default the one the build embedded, if any. `buildRules`
 * builds the parser's rules from the grammar: `poa-parser-builder.ts`, or Langium's `createParser` (the tests compare them).
 */
export function createPoaParser(services: LangiumCoreServices, record: RecordedGrammar | undefined = embeddedRecord(), buildRules: RuleBuilder = buildParserRules): LangiumParser {
    patchCstContainerPush();
    const parser = buildRules(services.Grammar, new LangiumParser(services), services.parser.Lexer.definition);
    finalizeFast(parser, record);
    useTreeLinks(parser);
    useLeanAssignments(parser);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder?.addHiddenNodes;
    if (builder && typeof addHiddenNodes === 'function') {
        builder.addHiddenNodes = function (this: HiddenNodeBuilder, tokens: readonly unknown[]) {
            if (tokens.length > 0) addHiddenNodes.call(this, tokens);
        };
    }
    recoverStrayBraces(parser, clauseKeywords(services.Grammar));
    cleanSyntaxErrors(parser, services.Grammar);
    return parser;
}

/**
 * Langium's completion parser (the one that finds what may come at the cursor), built as the POA
 * parser is built: its lookahead on first use and the grammar from the build's record, instead of
 * the whole lookahead and a recording of the grammar on every start (some 140 ms of the server's
 * start, before the first document is checked). Its rules are Langium's own (`createParser`), as is
 * everything it does while parsing; test: `test/language/completion-parser.test.ts`.
 */
export function createPoaCompletionParser(services: LangiumCoreServices, record: RecordedGrammar | undefined = embeddedRecord()): LangiumCompletionParser {
    const parser = new LangiumCompletionParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    finalizeFast(parser, record);
    return parser;
}

/**
 * A completion parser built when it is first used (a completion request), instead of when the services are
 * made: Langium's language server makes every service when the editor sends `initialize`, and this parser cost
 * some 45 ms of that (its rules and Chevrotain's analysis of them) before the first file could be checked. The
 * object stands for the parser: a read of any property builds the parser (once) and reads it there. Two
 * questions Langium's injector asks of every service are answered from the class without building it: a
 * property named by a symbol (`eagerLoad` reads one of its own; the parser has none) and the prototype
 * (`instanceof Error`). Test: `test/server/lazy-completion-parser.test.ts`, with the server's own services.
 */
export function lazyCompletionParser(build: () => LangiumCompletionParser): LangiumCompletionParser {
    let parser: LangiumCompletionParser | undefined;
    const real = () => (parser ??= build());
    return new Proxy({} as LangiumCompletionParser, {
        get(_target, property) {
            if (typeof property === 'symbol' && !parser) return Reflect.get(LangiumCompletionParser.prototype, property);
            const target = real();
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
        set(_target, property, value) {
            return Reflect.set(real(), property, value);
        },
        has(_target, property) {
            return Reflect.has(real(), property);
        },
        getPrototypeOf() {
            return parser ? Reflect.getPrototypeOf(parser) : LangiumCompletionParser.prototype;
        }
    });
}

/**
 * Chevrotain's self-analysis of `parser` (`finalize`), with the lookahead wrapped to be built on first use
 * (`lazy-lookahead.ts`) and, given a record, the grammar restored from it instead of recorded again.
 */
function finalizeFast(parser: AbstractLangiumParser, record: RecordedGrammar | undefined): void {
    // Langium's createLangiumParser is prepareLangiumParser (a parser, its rules built) + finalize; the lookahead
    // is wrapped in between.
    const chevrotain = (parser as unknown as { wrapper?: { lookaheadStrategy?: LookaheadStrategy } }).wrapper;
    const strategy = chevrotain?.lookaheadStrategy;
    if (chevrotain && strategy && typeof strategy.buildLookaheadForAlternation === 'function' && typeof strategy.buildLookaheadForOptional === 'function') {
        chevrotain.lookaheadStrategy = new LazyLookahead(strategy);
    }
    const recording = chevrotain as unknown as Partial<RecordingParser> | undefined;
    const restore = record && recording && Array.isArray(recording.definedRulesNames) && recording.tokensMap && typeof recording.topLevelRuleRecord === 'function'
        ? useRecordedGrammar(recording as RecordingParser, record)
        : undefined;
    try {
        parser.finalize();
    } finally {
        restore?.();
    }
}

type ParserInternals = { lexer?: Lexer };

/** The keywords that open a clause of the instrument: the first keywords of each alternative of the grammar's `Clause` rule. */
export function clauseKeywords(grammar: GrammarAST.Grammar): ReadonlySet<string> {
    const clause = grammar.rules.find((r) => r.name === 'Clause');
    const words = new Set<string>();
    const seen = new Set<GrammarAST.AbstractRule>();
    const first = (element: GrammarAST.AbstractElement | undefined): void => {
        if (!element) return;
        if (GrammarAST.isKeyword(element)) words.add(element.value);
        else if (GrammarAST.isAlternatives(element)) element.elements.forEach(first);
        else if (GrammarAST.isGroup(element)) {
            // The first element that is not an action or optional decides; optional ones may start it too.
            for (const e of element.elements) {
                if (GrammarAST.isAction(e)) continue;
                first(e);
                if (e.cardinality !== '?' && e.cardinality !== '*') break;
            }
        } else if (GrammarAST.isAssignment(element)) first(element.terminal);
        else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (rule && GrammarAST.isParserRule(rule) && !seen.has(rule)) {
                seen.add(rule);
                first(rule.definition);
            }
        }
    };
    if (clause && GrammarAST.isParserRule(clause)) first(clause.definition);
    return words;
}

/**
 * Gives the parser a lexer that removes stray closing braces, and reports them after the parse
 * only if nothing else failed to parse (one syntax error, one diagnostic).
 */
function recoverStrayBraces(parser: LangiumParser, clauseWords: ReadonlySet<string>): void {
    const opensClause = (word: string) => clauseWords.has(word);
    const internals = parser as unknown as ParserInternals;
    const lexer = internals.lexer;
    if (!lexer || typeof lexer.tokenize !== 'function') return;
    let stray: LexerResult['errors'] = [];
    internals.lexer = {
        get definition() {
            return lexer.definition;
        },
        tokenize(text, options) {
            const result = lexer.tokenize(text, options);
            const repair = removeStrayBraces(result.tokens, opensClause);
            stray = repair.stray;
            return { ...result, tokens: repair.tokens };
        }
    };
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        stray = [];
        const result = parse(input, options);
        if (stray.length > 0 && result.parserErrors.length === 0) result.lexerErrors.push(...stray);
        return result;
    }) as LangiumParser['parse'];
}
