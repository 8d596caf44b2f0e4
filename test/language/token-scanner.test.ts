/**
 * The token scanner (language/langium/token-scanner.ts) must give exactly the token objects of
 * the Chevrotain lexer it reads (the language's, whose keywords are compared as strings: that
 * one is compared with Chevrotain's own regular expressions in poa-lexer.test.ts): the same
 * fields in the same order, the same token types, the same hidden tokens, on every .poa file of
 * the repository and on generated texts that put keywords, names, style names, numbers, dates,
 * strings and comments against each other with every kind of line break; and no answer at all
 * for a text Chevrotain reports an error in. Tables of another shape give no scanner.
 */
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PoaLexer } from '../../language/langium/poa-lexer.js';
import { tokenScanner, type ChevrotainLexerTables } from '../../language/langium/token-scanner.js';
import { createPoaServices } from '../../language/poa-module.js';
import { poaFiles, ROOT } from '../helpers.js';
import { RUNS, SEED } from '../property/property-inputs.js';

const { Poa } = createPoaServices(EmptyFileSystem);
interface ChevrotainLexer extends ChevrotainLexerTables {
    tokenize(text: string): { tokens: object[]; groups: Record<string, object[]>; errors: unknown[] };
}
const chevrotain = (Poa.parser.Lexer as unknown as { chevrotainLexer: ChevrotainLexer }).chevrotainLexer;
const scanner = tokenScanner(chevrotain)!;

/** Each token as its fields in order, with its token type by identity. */
const shape = (tokens: object[]) => tokens.map((t) => Object.entries(t));

function expectSame(text: string): 'scanned' | 'error' {
    const expected = chevrotain.tokenize(text);
    const scanned = scanner(text);
    if (expected.errors.length > 0) {
        expect(scanned, JSON.stringify(text)).toBeUndefined();
        return 'error';
    }
    expect(scanned, JSON.stringify(text)).toBeDefined();
    expect(shape(scanned!.tokens), JSON.stringify(text)).toEqual(shape(expected.tokens));
    // The very token types (objects), not copies with the same fields.
    scanned!.tokens.forEach((t, i) => expect(t.tokenType).toBe((expected.tokens[i] as { tokenType: unknown }).tokenType));
    expect(Object.keys(scanned!.groups)).toEqual(Object.keys(expected.groups));
    for (const group of Object.keys(expected.groups)) expect(shape(scanned!.groups[group]), JSON.stringify(text)).toEqual(shape(expected.groups[group]));
    return 'scanned';
}

const configs = Object.values(chevrotain.patternIdxToConfig ?? {}).flat();
const KEYWORDS = configs.map((c) => c.tokenType.PATTERN).filter((p): p is string => typeof p === 'string');

describe('the token scanner', () => {
    test('the language lexes with it, and every keyword of the grammar is in it', () => {
        expect(Poa.parser.Lexer).toBeInstanceOf(PoaLexer);
        // The language's lexer has its scanner (its tables have the shape read), not only this test.
        expect((Poa.parser.Lexer as unknown as { scanner?: unknown }).scanner).toBeTypeOf('function');
        expect(scanner).toBeTypeOf('function');
        expect(KEYWORDS.length).toBeGreaterThan(150);
        for (const word of KEYWORDS) {
            const r = scanner(word)!;
            expect(r.tokens.map((t) => t.tokenType.PATTERN), word).toEqual([word]);
        }
    });

    const files = [...poaFiles(join(ROOT, 'examples')), ...poaFiles(join(ROOT, 'test', 'fixtures'))];
    test(`gives Chevrotain's tokens, fields and positions on the repository's ${files.length} .poa files`, () => {
        expect(files.length).toBeGreaterThan(50);
        let scanned = 0;
        for (const file of files) {
            const text = readFileSync(file, 'utf8');
            if (expectSame(text) === 'scanned') scanned++;
            // The same file with Windows and old Mac line breaks.
            expectSame(text.replace(/\n/g, '\r\n'));
            expectSame(text.replace(/\n/g, '\r'));
        }
        // The files a lexing error sends to Chevrotain are the few written to have one.
        expect(scanned).toBeGreaterThan(files.length * 0.9);
    });

    test.each([
        ['a keyword inside a name, a style name or a longer keyword', 'agent agentx agent_ agent1 agent-like as-filed as-filedx as-filed-more any-one-or-more any-one'],
        ['keywords, numbers and dates run together', 'term2027-01-31 2027-01-3 20270131 form4form5 rule144x section16a'],
        ['strings and comments across lines', '"a\nb" /* x\r\ny */ // z\r"\\"" /**/ "\\\\"'],
        ['a comment or a string that ends in a line break', '"x\n" /*\n*/ x /* a\n*/\n'],
        ['an unterminated string', 'poa x { "open'],
        ['a character no pattern takes', 'poa § x'],
        ['an unterminated comment', 'poa /* x'],
        ['the empty text', ''],
        ['white space alone, of every kind', ' \t\u00a0\u2028\u2029\u3000\ufeff\r\n\r'],
        ['characters from 128 to 255 (Chevrotain\'s first-character table)', 'poa \u0085x \u00a0 "\u00e9" \u00ff']
    ])('%s', (_, text) => {
        expectSame(text);
    });

    test('on generated texts, the same tokens as Chevrotain, or no answer where Chevrotain reports an error', () => {
        const piece = fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom(...KEYWORDS) },
            { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('x', '-a', '1', '_', '-', 's', '-form')).map(([k, s]) => k + s) },
            { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_-]{0,8}$/) },
            { weight: 1, arbitrary: fc.stringMatching(/^[0-9-]{1,11}$/) },
            { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)) },
            { weight: 1, arbitrary: fc.constantFrom('"a\nb"', '"\\"', '/* c */', '/* c\r\n*/', '// c', '/*', '*/', '"') },
            { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\r\n', '\r', '\t', '    ', '\u00a0', '', '', '') },
            { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }
        );
        let errors = 0, scanned = 0;
        fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
            if (expectSame(pieces.join('')) === 'error') errors++;
            else scanned++;
        }), { numRuns: Math.max(RUNS, 400), seed: SEED });
        // Both kinds of text were met.
        expect(scanned).toBeGreaterThan(0);
        expect(errors).toBeGreaterThan(0);
    });

    test('gives no scanner for tables of another shape: Chevrotain lexes alone', () => {
        const modes = chevrotain.patternIdxToConfig!;
        const mode = chevrotain.defaultMode!;
        const copy = (change: (list: typeof configs) => typeof configs): ChevrotainLexerTables => ({ ...chevrotain, patternIdxToConfig: { [mode]: change([...modes[mode]]) } });
        expect(tokenScanner(copy((list) => list))).toBeTypeOf('function');
        // A second mode.
        expect(tokenScanner({ ...chevrotain, patternIdxToConfig: { ...modes, other: modes[mode] } })).toBeUndefined();
        // Keywords not longest first.
        const first = modes[mode].findIndex((c) => typeof c.tokenType.PATTERN === 'string');
        expect(tokenScanner(copy((list) => [...list.slice(0, first), list[first + 150], ...list.slice(first, first + 150), ...list.slice(first + 151)]))).toBeUndefined();
        // A keyword outside the block.
        expect(tokenScanner(copy((list) => [...list, list[first]]))).toBeUndefined();
        // Positions not tracked in full.
        expect(tokenScanner({ ...chevrotain, trackEndLines: false })).toBeUndefined();
        // A token that enters or leaves a lexer mode.
        expect(tokenScanner(copy((list) => list.map((c, i) => (i === first ? { ...c, pop: true } : c))))).toBeUndefined();
        // A pattern the scanner does not try itself (a custom one).
        expect(tokenScanner(copy((list) => list.map((c, i) => (i === list.length - 1 ? { ...c, isCustom: true } : c))))).toBeUndefined();
    });
});
