/**
 * One mistake, one plain message. After a parse, the syntax errors are tidied for the reader:
 *
 * - "Nothing can follow the instrument's closing `}`" after an earlier syntax error is the parser losing its
 *   place, not a second mistake (a trial's `executed 03/15/2025` ended with it on the file's correct last line):
 *   it is dropped;
 * - a word the language does not know where one of its words belongs (`agnets`, `ratifcation`) gets the nearest
 *   word of the language ("Did you mean `agents`?");
 * - a word of the language written as a name (`agent term "..."`) is said to be one, with what to do;
 * - a character the lexer skipped is named in words, and a curly quotation mark (pasted from a word processor) or
 *   a slash in a date says what to write instead of Chevrotain's "unexpected character: ->“<- at offset: 341".
 *
 * The message provider (parser-messages.ts) words each error; this module sees them all at once.
 */
import { AstUtils, GrammarAST, type LangiumParser } from 'langium';
import { nearestKeyword } from '../nearest-word.js';

const NOT_ALL_INPUT = 'NotAllInputParsedException';

const QUOTES: Record<string, string> = {
    '\u201C': 'a curly quotation mark', '\u201D': 'a curly quotation mark', '\u201E': 'a curly quotation mark',
    '\u2018': 'a curly apostrophe', '\u2019': 'a curly apostrophe'
};

/** A lexer error in words: the character, and what to write instead where that is known. */
export function lexerMessage(message: string): string {
    const m = /->(.+?)<-/su.exec(message);
    if (!m) return message;
    const c = m[1];
    if (QUOTES[c]) return `${QUOTES[c].charAt(0).toUpperCase()}${QUOTES[c].slice(1)} (${c}) is not a quote in the language: put text between straight double quotes ("...") instead of a word processor's curly ones.`;
    if (c === '/') return 'A "/" is not part of the language here: write a date as YYYY-MM-DD (2025-03-15).';
    return `The character "${c}" is not part of the language here and is skipped.`;
}

/** Wraps the parser's `parse` so that its syntax errors are tidied as the module comment says. */
export function cleanSyntaxErrors(parser: LangiumParser, grammar: GrammarAST.Grammar): void {
    const parse = parser.parse.bind(parser);
    // Read from the grammar on the first syntax error, not on every start.
    let words: ReadonlySet<string> | undefined;
    const keywordsOf = () => (words ??= new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((k) => k.value)));
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const result = parse(input, options);
        for (const e of result.lexerErrors) e.message = lexerMessage(e.message);
        if (result.parserErrors.length === 0) return result;
        if (result.parserErrors.length > 1) {
            result.parserErrors = result.parserErrors.filter((e, i) => i === 0 || e.name !== NOT_ALL_INPUT);
        }
        const keywords = keywordsOf();
        for (const e of result.parserErrors) {
            const image = e.token?.image ?? '';
            if (!/^[A-Za-z][\w-]*$/.test(image)) continue;
            if (keywords.has(image)) {
                if (e.message.startsWith('Expected a name here')) {
                    e.message = `\`${image}\` is a word of the language and cannot be a name here: choose another name (\`${image}1\`, for example).`;
                }
                continue;
            }
            const near = nearestKeyword(image, keywords);
            if (near) e.message = `${e.message} Did you mean \`${near}\`?`;
        }
        return result;
    }) as LangiumParser['parse'];
}
