/**
 * Langium's token builder, with the "longer alternative" of each keyword found
 * once per terminal instead of once per keyword and terminal: Langium turns a
 * terminal's regular expression into a partial-match expression for every
 * keyword it tests (7 terminals x some 200 keywords, the largest cost of
 * building the lexer on start). Here each partial expression is built once;
 * the test, and so the tokens, are Langium's own.
 */
import { DefaultTokenBuilder, RegExpUtils, type Grammar, type GrammarAST, type TokenBuilderOptions } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { embeddedRecord, restoreTokens, type RecordedToken } from './recorded-grammar.js';

export class PoaTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    /** `recorded`: the token types as the build recorded them (`recorded-grammar.ts`), by default the bundle's, if any. */
    constructor(private readonly recorded: readonly RecordedToken[] | undefined = embeddedRecord()?.tokens) {
        super();
    }

    /** In the shipped bundles, the token types the build recorded from this same grammar, instead of building them on every start. */
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const restored = this.recorded && this.recorded.length > 0 ? restoreTokens(this.recorded) : undefined;
        return restored ?? super.buildTokens(grammar, options);
    }

    /**
     * Langium's keyword token, marked as never spanning a line when it cannot (every keyword): Chevrotain
     * would otherwise analyse each of some 200 keywords for line breaks when the lexer is built, to the same answer.
     */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        if (typeof token.PATTERN === 'string' && !/[\r\n]/.test(token.PATTERN) && token.LINE_BREAKS === undefined) token.LINE_BREAKS = false;
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const source = (token?.PATTERN as RegExp | undefined)?.source;
            if (!source) return false;
            let partial = this.partials.get(source);
            if (!partial) {
                partial = RegExpUtils.partialRegExp('^' + source + '$');
                this.partials.set(source, partial);
            }
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }
}
