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
 */
import { prepareLangiumParser, type LangiumCoreServices, type LangiumParser, type LanguageMetaData } from 'langium';
import { LazyLookahead, type LookaheadStrategy } from './lazy-lookahead.js';

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

export function createPoaParser(services: LangiumCoreServices): LangiumParser {
    // Langium's createLangiumParser is prepareLangiumParser + finalize; the lookahead is wrapped in between.
    const parser = prepareLangiumParser(services);
    const chevrotain = (parser as unknown as { wrapper?: { lookaheadStrategy?: LookaheadStrategy } }).wrapper;
    const strategy = chevrotain?.lookaheadStrategy;
    if (chevrotain && strategy && typeof strategy.buildLookaheadForAlternation === 'function' && typeof strategy.buildLookaheadForOptional === 'function') {
        chevrotain.lookaheadStrategy = new LazyLookahead(strategy);
    }
    parser.finalize();
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder?.addHiddenNodes;
    if (builder && typeof addHiddenNodes === 'function') {
        builder.addHiddenNodes = function (this: HiddenNodeBuilder, tokens: readonly unknown[]) {
            if (tokens.length > 0) addHiddenNodes.call(this, tokens);
        };
    }
    return parser;
}
