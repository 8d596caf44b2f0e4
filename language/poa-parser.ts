/**
 * The POA parser: Langium's, with one fix for long instruments. Langium's CST
 * builder is asked to attach the hidden tokens (comments) before every token
 * it consumes, even when there are none; with none, it still looks up the
 * current node's position in its parent (`indexOf`, then an empty `splice`),
 * which makes a clause with thousands of entries (a grant of 2,500 powers)
 * quadratic to parse. Skipping the empty case changes nothing in the tree.
 * If a Langium upgrade renames the builder, this falls back to Langium's
 * parser unchanged.
 *
 * It also recovers from a stray closing brace (`brace-recovery.ts`): the
 * parser reads the token stream without it and resumes at the next clause.
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser, type Lexer, type LexerResult } from 'langium';
import { removeStrayBraces } from './brace-recovery.js';

type HiddenNodeBuilder = { addHiddenNodes?: (tokens: readonly unknown[]) => void };

export function createPoaParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder?.addHiddenNodes;
    if (builder && typeof addHiddenNodes === 'function') {
        builder.addHiddenNodes = function (this: HiddenNodeBuilder, tokens: readonly unknown[]) {
            if (tokens.length > 0) addHiddenNodes.call(this, tokens);
        };
    }
    recoverStrayBraces(parser);
    return parser;
}

type ParserInternals = { lexer?: Lexer };

/**
 * Gives the parser a lexer that removes stray closing braces, and reports them after the parse
 * only if nothing else failed to parse (one syntax error, one diagnostic).
 */
function recoverStrayBraces(parser: LangiumParser): void {
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
            const repair = removeStrayBraces(result.tokens);
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
