/**
 * The lexer's keywords compared as strings (language/langium/poa-lexer.ts) must give exactly the
 * tokens Chevrotain's regular expressions give: same images, positions, types, hidden tokens and
 * errors, on every .poa file of the repository and on inputs made to meet the edge cases (a keyword
 * that is the start of a longer identifier or style name, a keyword at the end of the text, unknown
 * characters).
 */
import { DefaultLexer, EmptyFileSystem, type Lexer, type LexerResult } from 'langium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchKeywordsAsStrings, PoaLexer } from '../../language/langium/poa-lexer.js';
import { createPoaServices } from '../../language/poa-module.js';
import { poaFiles, ROOT } from '../helpers.js';

const { Poa } = createPoaServices(EmptyFileSystem);
const chevrotains = new DefaultLexer(Poa);

function tokens(lexer: Lexer, text: string) {
    const r: LexerResult = lexer.tokenize(text);
    const token = (t: LexerResult['tokens'][number]) => [t.image, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn, t.tokenType.name];
    return { tokens: r.tokens.map(token), hidden: r.hidden.map(token), errors: r.errors.map((e) => [e.offset, e.length, e.line, e.column, e.message]) };
}

describe('the lexer compares keywords as strings', () => {
    test('the language uses it, and it changed the keywords', () => {
        expect(Poa.parser.Lexer).toBeInstanceOf(PoaLexer);
        // A second pass finds nothing left to change: every keyword of two characters or more was changed once.
        const chevrotain = (Poa.parser.Lexer as unknown as { chevrotainLexer: Parameters<typeof matchKeywordsAsStrings>[0] }).chevrotainLexer;
        expect(matchKeywordsAsStrings(chevrotain)).toBe(0);
        const plain = (chevrotains as unknown as { chevrotainLexer: Parameters<typeof matchKeywordsAsStrings>[0] }).chevrotainLexer;
        const keywords = Object.values(plain.patternIdxToConfig ?? {}).flat().filter((c) => typeof c.tokenType?.PATTERN === 'string' && (c.tokenType.PATTERN as string).length > 1);
        expect(keywords.length).toBeGreaterThan(100);
    });

    const files = [...poaFiles(join(ROOT, 'examples')), ...poaFiles(join(ROOT, 'test', 'fixtures'))];
    test(`gives Chevrotain's tokens on the repository's ${files.length} .poa files`, () => {
        expect(files.length).toBeGreaterThan(50);
        for (const file of files) {
            const text = readFileSync(file, 'utf8');
            expect(tokens(Poa.parser.Lexer, text), file).toEqual(tokens(chevrotains, text));
        }
    });

    test.each([
        'party agents { name "A" }',
        'agent agentx agent_ agent1 agent-like',
        'as-filed as-filedx as-filed-more as-written-x',
        'style classic-section16 numbered numberedly',
        'term until 2027-01-31 until2027 2027-01-3',
        'instrument x { grant { } } party',
        'comply with act1934, act1933 and sec.',
        '§ ¶ @ # instrument ~',
        '/* comment */ // line\ninstrument "unterminated',
        'p pa par part party partyx'
    ])('gives the same tokens for %j', (text) => {
        expect(tokens(Poa.parser.Lexer, text)).toEqual(tokens(chevrotains, text));
    });
});
