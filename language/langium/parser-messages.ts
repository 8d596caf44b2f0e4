/**
 * Syntax error messages in plain words: what the language expected at that point, named as a lawyer
 * reads it (a keyword in backquotes, "a date (2026-01-15)", "quoted text"), and the word found there.
 * Chevrotain's own wording ("Expecting: one of these possible Token sequences: 1. [DATE] ...") names
 * the grammar's token types, which the reader never wrote.
 *
 * The messages also stay short on hostile input: a token can be a one-megabyte run of letters or a huge
 * string, which would then be repeated in the editor, the terminal and the JSON report. Quoted tokens
 * are cut to MAX_QUOTED characters, and a long list of what was expected is cut to MAX_LISTED items.
 */
import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

const MAX_LISTED = 8;

/** The grammar's terminals (language/poa.langium), as the reader knows them. */
const TERMINALS: Record<string, string> = {
    DATE: 'a date (2026-01-15)',
    STRING: 'quoted text',
    ID: 'a name',
    INT: 'a number',
    STYLE_ID: 'a style name (words joined by hyphens)',
    EOF: 'the end of the file'
};

/** A token type as the reader knows it: a terminal's description, or the keyword in backquotes. */
function describe(type: TokenType): string {
    return TERMINALS[type.name] ?? `\`${type.name}\``;
}

/** "A", "A or B", "A, B or C"; past MAX_LISTED, the first few and how many there are. */
function alternatives(types: readonly TokenType[]): string {
    const named = [...new Set(types.map(describe))];
    if (named.length === 1) return named[0];
    if (named.length > MAX_LISTED) return `one of ${named.length} words (${named.slice(0, MAX_LISTED).join(', ')}, ...)`;
    return `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}

/** The message for a file with nothing in it but space and comments. */
const EMPTY = 'The file is empty: an instrument starts `poa Name {` and ends with `}` (`poa new` writes a starter).';

function isEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || token.image === '';
}

/** What was found, quoted and clipped; the end of the file in words. */
function found(token: IToken | undefined): string {
    if (!token || isEnd(token)) return 'the file ends there';
    return `found \`${clip(token.image)}\``;
}

export const MAX_QUOTED = 40;

export function clip(image: string): string {
    return image.length > MAX_QUOTED ? `${image.slice(0, MAX_QUOTED)}… (${image.length.toLocaleString('en-US')} characters)` : image;
}

export class PoaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describe(options.expected)} here, but ${found(options.actual)}.`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Nothing can follow the instrument's closing \`}\`, but ${found(options.firstRedundant)}.`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        if (isEnd(options.actual[0]) && !options.previous?.image) return EMPTY;
        const first = options.expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0])).filter((t): t is TokenType => t !== undefined);
        return `Expected ${alternatives(first)} here, but ${found(options.actual[0])}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const first = options.expectedIterationPaths.map((path) => path[0]).filter((t): t is TokenType => t !== undefined);
        return `Expected at least one ${alternatives(first)} here, but ${found(options.actual[0])}.`;
    }
}
