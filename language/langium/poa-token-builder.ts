/**
 * Langium's token builder, with the "longer alternative" of each keyword found
 * once per terminal instead of once per keyword and terminal: Langium turns a
 * terminal's regular expression into a partial-match expression for every
 * keyword it tests (7 terminals x some 200 keywords, the largest cost of
 * building the lexer on start). Here each partial expression is built once;
 * the test, and so the tokens, are Langium's own.
 */
import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

export class PoaTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

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
