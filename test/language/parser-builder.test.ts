/**
 * The parser's rules built once per decision (language/langium/poa-parser-builder.ts) instead of by
 * Langium's builder: the parser must hold the same grammar (Chevrotain's record of it, with every
 * production's index) and parse every input, broken ones included, to the same tree, syntax nodes and
 * errors as a parser Langium built from the same grammar. A grammar whose rules take arguments goes to
 * Langium's builder.
 */
import { createParser, CstUtils, EmptyFileSystem, LangiumParser, type AstNode, type CstNode, type Reference } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createPoaParser } from '../../language/langium/poa-parser.js';
import { argumentFree, buildParserRules } from '../../language/langium/poa-parser-builder.js';
import { recordGrammar, type RecordingParser } from '../../language/langium/recorded-grammar.js';
import { createPoaServices } from '../../language/poa-module.js';

const wrapper = (parser: LangiumParser) => (parser as unknown as { wrapper: RecordingParser }).wrapper;

/** A parse result as data: the tree without parent links (references by text), every syntax node, the errors. */
function result(parser: LangiumParser, text: string) {
    const r = parser.parse(text);
    const shape = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(shape);
        if (value && typeof value === 'object') {
            if ('$refText' in value) return { ref: (value as Reference).$refText };
            const out: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(value as AstNode)) if (k === '$type' || !k.startsWith('$')) out[k] = shape(v);
            const node = value as AstNode;
            if (node.$cstNode) out.$at = [node.$cstNode.offset, node.$cstNode.end, node.$containerProperty, node.$containerIndex];
            return out;
        }
        return value;
    };
    const cst = CstUtils.streamCst(r.value.$cstNode as CstNode).map((n) => [n.offset, n.end, n.hidden, n.grammarSource?.$type, n.astNode.$type]).toArray();
    return { value: shape(r.value), cst, lexer: r.lexerErrors.map((e) => e.message), parser: r.parserErrors.map((e) => [e.message, e.token.startOffset]) };
}

function inputs(): string[] {
    const root = join(import.meta.dirname, '..', '..');
    const dirs = ['examples', 'examples/corpus', 'examples/forms', 'test/fixtures/diagnostics', 'test/fixtures/findings'];
    const texts = dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.poa')).map((f) => readFileSync(join(root, d, f), 'utf8')));
    // Broken inputs exercise the error recovery.
    return [...texts, texts[0].replace('{', ''), texts[1].slice(0, Math.floor(texts[1].length / 2)), 'poa X {\n  kind general\n  }\n}\n grantor', 'poa {', 'poa X { grant { } } }'];
}

describe("the parser's rules built once per decision", () => {
    const services = createPoaServices(EmptyFileSystem).Poa;
    const ours = services.parser.LangiumParser;
    // Langium's builder, in a parser otherwise the POA parser (lookahead, recovery of stray braces).
    const langiums = createPoaParser(services, undefined, createParser);

    test('the POA grammar is one the builder takes', () => {
        expect(argumentFree(services.Grammar)).toBe(true);
    });

    test("hold the grammar Langium's builder gives, production by production", () => {
        expect(recordGrammar(wrapper(ours))).toEqual(recordGrammar(wrapper(langiums)));
    });

    test("parse every input to the tree, syntax nodes and errors of Langium's builder", () => {
        const texts = inputs();
        expect(texts.length).toBeGreaterThan(150);
        for (const text of texts) expect(result(ours, text)).toEqual(result(langiums, text));
    });

    test("a grammar whose rules take arguments is left to Langium's builder", async () => {
        // Langium's builder passes the argument, so `Item<false>` takes the second alternative; one that ignored it would take the first.
        const grammar = 'grammar G\nentry Model: items+=Item<false>*;\nItem<Named>: <Named> name=ID | <!Named> value=ID;\nhidden terminal WS: /\\s+/;\nterminal ID: /[a-z]+/;\n';
        const services = await createServicesForGrammar({ grammar });
        expect(argumentFree(services.Grammar)).toBe(false);
        const parser = buildParserRules(services.Grammar, new LangiumParser(services), services.parser.Lexer.definition);
        parser.finalize();
        const parsed = parser.parse('a b');
        expect(parsed.parserErrors).toEqual([]);
        expect((parsed.value as unknown as { items: { name?: string; value?: string }[] }).items).toMatchObject([{ value: 'a' }, { value: 'b' }]);
        const plain = await createServicesForGrammar({ grammar: 'grammar G\nentry Model: items+=Item*;\nItem: name=ID;\nhidden terminal WS: /\\s+/;\nterminal ID: /[a-z]+/;\n' });
        expect(argumentFree(plain.Grammar)).toBe(true);
    });
});
