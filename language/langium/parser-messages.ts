/**
 * Syntax error messages that stay short on hostile input: Langium's messages
 * quote the token found ("but found `...`"), and a token can be a one-megabyte
 * run of letters or a huge string, which would then be repeated in the
 * editor, the terminal and the JSON report. Quoted tokens are cut to
 * MAX_QUOTED characters; the wording is otherwise Langium's.
 */
import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

export const MAX_QUOTED = 40;

export function clip(image: string): string {
    return image.length > MAX_QUOTED ? `${image.slice(0, MAX_QUOTED)}… (${image.length.toLocaleString('en-US')} characters)` : image;
}

const clipped = (token: IToken): IToken => (token && typeof token.image === 'string' && token.image.length > MAX_QUOTED ? { ...token, image: clip(token.image) } : token);

export class PoaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return super.buildMismatchTokenMessage({ ...options, actual: clipped(options.actual), previous: clipped(options.previous) });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return super.buildNotAllInputParsedMessage({ ...options, firstRedundant: clipped(options.firstRedundant) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return super.buildNoViableAltMessage({ ...options, actual: options.actual.map(clipped), previous: clipped(options.previous) });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return super.buildEarlyExitMessage({ ...options, actual: options.actual.map(clipped), previous: clipped(options.previous) });
    }
}
