/**
 * The grammar record the build embeds (language/langium/recorded-grammar.ts): a
 * parser built from it, without Chevrotain's recording phase, must hold the same
 * grammar and parse every input, broken ones included, to the same result as a
 * parser that recorded its grammar itself; a record that does not fit the
 * grammar must be refused, so the parser records as usual.
 */
import { Lexer, type TokenType } from 'chevrotain';
import { EmptyFileSystem, type AstNode, type LangiumParser, type Reference } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createPoaParser } from '../../language/langium/poa-parser.js';
import { PoaTokenBuilder } from '../../language/langium/poa-token-builder.js';
import { recordGrammar, recordTokens, restoreGrammar, restoreTokens, type RecordedGrammar, type RecordingParser } from '../../language/langium/recorded-grammar.js';
import { createPoaServices } from '../../language/poa-module.js';

const wrapper = (parser: LangiumParser) => (parser as unknown as { wrapper: RecordingParser }).wrapper;

/** What a parse produced, without positions and links to parents: types, values, reference texts, errors. */
function shape(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(shape);
    if (value && typeof value === 'object') {
        if ('$refText' in value) return { ref: (value as Reference).$refText };
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value as AstNode)) {
            if (k === '$type' || !k.startsWith('$')) out[k] = shape(v);
        }
        return out;
    }
    return value;
}

function parseAll(parser: LangiumParser, inputs: string[]) {
    return inputs.map((text) => {
        const r = parser.parse(text);
        return { value: shape(r.value), lexer: r.lexerErrors.map((e) => e.message), parser: r.parserErrors.map((e) => e.message) };
    });
}

function examples(): string[] {
    const dir = join(import.meta.dirname, '..', '..', 'examples');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.poa')).map((f) => readFileSync(join(dir, f), 'utf8'));
    // Broken inputs exercise the error recovery, which reads the grammar's follow sets.
    return [...texts, texts[0].replace('{', ''), texts[1].slice(0, Math.floor(texts[1].length / 2)), 'poa X {\n  kind general\n  }\n}\n grantor', 'poa {'];
}

describe('the recorded grammar', () => {
    const recorded = createPoaServices(EmptyFileSystem).Poa.parser.LangiumParser;
    const record = JSON.parse(JSON.stringify(recordGrammar(wrapper(recorded)))) as RecordedGrammar;

    test('names every rule of the grammar, and its productions refer to rules and token types by name', () => {
        expect(record.rules.map((r) => r.f?.name)).toEqual(wrapper(recorded).definedRulesNames);
        expect(JSON.stringify(record)).toContain('"token":"ID"');
        expect(JSON.stringify(record)).toContain('"c":"NonTerminal"');
        // The follow sets of the error recovery: one per rule call, naming token types.
        expect(Object.keys(record.follows ?? {}).length).toBeGreaterThan(100);
        expect(Object.values(record.follows ?? {}).flat()).toContain('}');
    });

    test('builds a parser without recording, which holds the same grammar and parses all inputs alike', () => {
        const services = createPoaServices(EmptyFileSystem).Poa;
        let owner: object | null = wrapper(recorded);
        while (owner && !Object.hasOwn(owner, 'topLevelRuleRecord')) owner = Object.getPrototypeOf(owner) as object | null;
        expect(owner, "Chevrotain's parser no longer has `topLevelRuleRecord`").toBeTruthy();
        const spy = vi.spyOn(owner as RecordingParser, 'topLevelRuleRecord');
        try {
            const restored = createPoaParser(services, record);
            expect(spy).not.toHaveBeenCalled();
            expect(Object.hasOwn(wrapper(restored), 'topLevelRuleRecord')).toBe(false);
            expect(recordGrammar(wrapper(restored))).toEqual(record);
            const inputs = examples();
            expect(parseAll(restored, inputs)).toEqual(parseAll(recorded, inputs));
        } finally {
            spy.mockRestore();
        }
    });

    test('a record of another grammar is refused, and the parser records its own', () => {
        const parser = wrapper(recorded);
        expect(restoreGrammar(record, parser)).toBeInstanceOf(Map);
        expect(restoreGrammar({ rules: record.rules.slice(1) }, parser)).toBeUndefined();
        const renamedToken = JSON.parse(JSON.stringify(record).replace('"token":"ID"', '"token":"IDENTIFIER"')) as RecordedGrammar;
        expect(restoreGrammar(renamedToken, parser)).toBeUndefined();
        const renamedRule = JSON.parse(JSON.stringify(record).replace(/"rule":"[^"]+"/, '"rule":"NoSuchRule"')) as RecordedGrammar;
        expect(restoreGrammar(renamedRule, parser)).toBeUndefined();
        const other = createPoaParser(createPoaServices(EmptyFileSystem).Poa, renamedToken);
        expect(recordGrammar(wrapper(other))).toEqual(record);
    });
});

describe('the recorded token types', () => {
    const { Poa } = createPoaServices(EmptyFileSystem);
    const fresh = () => new PoaTokenBuilder().buildTokens(Poa.Grammar, { caseInsensitive: false }) as TokenType[];
    const recorded = recordTokens(fresh());

    test('are stored as data: every keyword and terminal, patterns and longer alternatives by name', () => {
        expect(recorded).toBeDefined();
        expect(recorded!.map((t) => t.f.name)).toEqual(fresh().map((t) => t.name));
        const id = recorded!.find((t) => t.f.name === 'ID');
        expect(id?.pattern?.source).toBe('[_a-zA-Z][\\w_]*');
        expect(recorded!.find((t) => t.f.name === 'jurisdiction')?.longerAlt).toContain('ID');
        // Keywords never span lines, and say so, so the lexer does not analyse each of them.
        expect(recorded!.find((t) => t.f.name === 'jurisdiction')?.f.LINE_BREAKS).toBe(false);
        expect(recorded!.find((t) => t.f.name === 'ML_COMMENT')?.f.LINE_BREAKS).toBeUndefined();
    });

    test('restore to token types that lex every input as the built ones do', () => {
        const restored = restoreTokens(JSON.parse(JSON.stringify(recorded)) as NonNullable<typeof recorded>)!;
        expect(recordTokens(restored)).toEqual(recorded);
        const lex = (tokens: TokenType[], text: string) => {
            const r = new Lexer(tokens, { positionTracking: 'full' }).tokenize(text);
            return { errors: r.errors.length, tokens: r.tokens.map((t) => [t.tokenType.name, t.image, t.startOffset, t.startLine, t.startColumn, t.endLine, t.endColumn]) };
        };
        for (const text of [...examples(), 'poa X { /* a\ncomment */ grantor "A\nB" @ }']) expect(lex(restored, text)).toEqual(lex(fresh(), text));
    });

    test('the token builder uses a record it is given, and builds the tokens itself without one', () => {
        const fromRecord = new PoaTokenBuilder(recorded).buildTokens(Poa.Grammar, { caseInsensitive: false }) as TokenType[];
        expect(recordTokens(fromRecord)).toEqual(recorded);
        expect(restoreTokens([{ f: { name: 'a', PATTERN: 'a' }, longerAlt: ['NoSuchToken'] }])).toBeUndefined();
        expect(recordTokens([{ name: 'custom', PATTERN: () => null } as unknown as TokenType])).toBeUndefined();
    });
});
