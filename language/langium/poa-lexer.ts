/**
 * Langium's lexer, with each keyword tested by comparing strings instead of by
 * a regular expression. Chevrotain turns a keyword (a string pattern of more
 * than one character) into a sticky regular expression and, at each token,
 * runs those of the keywords that can start with the next character in the
 * token builder's order until one matches (some 12 per token in a POA, where
 * most keywords start with a letter): a third of the lexer's time. Here each
 * such keyword is a custom pattern (Chevrotain's public `{ exec }` form, as
 * Chevrotain's own `custom` patterns are) that answers `text.startsWith(word,
 * offset)`: the same question, so the same tokens, in the same order, with the
 * same longer alternatives (a keyword followed by more letters is still an
 * identifier). Verified on every `.poa` file of the repository in
 * `test/language/poa-lexer.test.ts`.
 *
 * If a Chevrotain upgrade changes the lexer's tables (`patternIdxToConfig`),
 * nothing is changed and the lexer is Chevrotain's own.
 *
 * The tokens themselves are found by `token-scanner.ts`, from the same tables:
 * the longest keyword in one walk of a trie instead of a test per keyword, the
 * same tokens (a text with a lexing error is left to Chevrotain).
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { keepNumberFieldsInline } from './number-fields.js';
import { tokenScanner, type ChevrotainLexerTables, type TokenScanner } from './token-scanner.js';

/** What of a Chevrotain lexer's pattern table this reads and changes. */
interface PatternConfig {
    pattern: unknown;
    isCustom: boolean;
    short: number | false;
    tokenType?: { PATTERN?: unknown };
}

type MatchingLexer = { patternIdxToConfig?: Record<string, PatternConfig[]> };

export class PoaLexer extends DefaultLexer {
    /** Chevrotain's tokens, found by walking a trie of the keywords (`token-scanner.ts`); undefined if its tables are not as expected. */
    private readonly scanner: TokenScanner | undefined;

    constructor(services: LangiumCoreServices) {
        // Before the first token is made: tokens and positions keep their numbers inline (`number-fields.ts`).
        keepNumberFieldsInline();
        super(services);
        matchKeywordsAsStrings(this.chevrotainLexer as unknown as MatchingLexer);
        this.scanner = tokenScanner(this.chevrotainLexer as unknown as ChevrotainLexerTables);
    }

    /** Langium's result, from the scanner; a text it cannot lex without an error is lexed by Chevrotain, which reports it. */
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const scanned = this.scanner?.(text);
        if (!scanned) return super.tokenize(text, options);
        return { tokens: scanned.tokens, errors: [], hidden: scanned.groups.hidden ?? [], report: this.tokenBuilder.flushLexingReport?.(text) };
    }
}

/** Makes each keyword of more than one character of `lexer` a string comparison; answers how many. */
export function matchKeywordsAsStrings(lexer: MatchingLexer): number {
    const modes = lexer.patternIdxToConfig;
    if (!modes || typeof modes !== 'object') return 0;
    let changed = 0;
    for (const configs of Object.values(modes)) {
        if (!Array.isArray(configs)) continue;
        for (const config of configs) {
            const word = config?.tokenType?.PATTERN;
            if (typeof word !== 'string' || word.length < 2 || config.isCustom !== false || config.short !== false || !(config.pattern instanceof RegExp)) continue;
            // Chevrotain reads `match[0]` (and `match.payload`) of a custom pattern's answer: one array per keyword, never changed.
            const match = Object.freeze([word]);
            config.pattern = { exec: (text: string, offset: number) => (text.startsWith(word, offset) ? match : null) };
            config.isCustom = true;
            changed++;
        }
    }
    return changed;
}
