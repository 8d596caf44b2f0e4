/**
 * The clause cache (`language/langium/clause-cache.ts`) gives what a parse without it gives: the same syntax
 * tree (every token's kind, offset, length and line/character range, every node's grammar element, parent and
 * root), the same AST (values, containers, references with their syntax nodes) and the same errors, for every
 * example parsed again, edited at random, given another principal's name, and mixed with another example's
 * clauses; and what is built from a cached parse (links, checks, the model, the rendered text) is what is
 * built from a fresh one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, type AstNode, type CstNode, type LangiumParser, type Lexer, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { clauseCacheOf } from '../../language/langium/clause-cache.js';
import { reparseClause } from '../../language/langium/incremental-parse.js';
import { clauseKeywords } from '../../language/langium/poa-parser.js';
import { createPoaServices } from '../../language/poa-module.js';
import { loadPoa, poaServices } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { poaFiles } from '../helpers.js';
import { apply, astShape, cstShape, editArbitrary } from './parse-shape.js';

// POA_PROPERTY_RUNS / POA_PROPERTY_SEED: a longer search (edit chains per example, and the seed).
const RUNS = Number(process.env.POA_PROPERTY_RUNS ?? 3);
const SEED = Number(process.env.POA_PROPERTY_SEED ?? 1605);
const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** A parser with a cache of its own, and one that parses every clause (the reference). */
function parsers(): { cached: LangiumParser; fresh: LangiumParser; lexer: Lexer } {
    const services = createPoaServices(EmptyFileSystem).Poa;
    const cached = services.parser.LangiumParser;
    const fresh = createPoaServices(EmptyFileSystem).Poa.parser.LangiumParser;
    const cache = clauseCacheOf(fresh);
    expect(cache).toBeDefined();
    cache!.enabled = false;
    return { cached, fresh, lexer: services.parser.Lexer };
}

/** Every syntax node's parent is the node that holds it, and its root the tree's root. */
function expectLinked(node: CstNode, root: CstNode): void {
    expect(node.root).toBe(root);
    const content = (node as CstNode & { content?: CstNode[] }).content;
    for (const child of content ?? []) {
        expect(child.container).toBe(node);
        expectLinked(child, root);
    }
}

function expectSameParse(cached: ParseResult<AstNode>, fresh: ParseResult<AstNode>): void {
    const root = cached.value.$cstNode as CstNode;
    expectLinked(root, root);
    expect(cstShape(root)).toEqual(cstShape(fresh.value.$cstNode as CstNode));
    expect(astShape(cached.value)).toEqual(astShape(fresh.value));
    expect(cached.parserErrors.map((e) => [e.message, e.token.startOffset])).toEqual(fresh.parserErrors.map((e) => [e.message, e.token.startOffset]));
    expect(cached.lexerErrors).toEqual(fresh.lexerErrors);
}

const clauses = (result: ParseResult<AstNode>) => (result.value as unknown as { clauses: AstNode[] }).clauses;

describe('the clause cache', () => {
    const files = poaFiles(EXAMPLES);
    const texts = files.map((f) => readFileSync(f, 'utf8'));

    it('gives what a parse without it gives, for every example parsed again, edited, renamed and mixed', () => {
        const { cached, fresh } = parsers();
        const check = (text: string) => expectSameParse(cached.parse(text), fresh.parse(text));
        // Twice each, so that every clause is kept, then again: every example's clauses come from the cache.
        for (const text of [...texts, ...texts, ...texts]) check(text);
        const cache = clauseCacheOf(cached)!;
        expect(cache.hits).toBeGreaterThan(texts.length * 3);
        for (const [i, text] of texts.entries()) {
            // Another name, as `poa render` of many files written from one model.
            check(text.replace(/principal (\w+) "[^"]*"/, 'principal $1 "Pat Q. Example"'));
            // The clauses of two examples, in one file.
            const other = texts[(i + 1) % texts.length];
            const body = (t: string) => t.slice(t.indexOf('{') + 1, t.lastIndexOf('}'));
            check(`poa Mixed {${body(text)}\n${body(other)}}\n`);
            check(`template Mixed {${body(other)}\n${body(text)}}\n`);
        }
        for (const original of texts) {
            fc.assert(fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => {
                let arb: fc.Arbitrary<string[]> = fc.constant([original]);
                for (let i = 0; i < n; i++) arb = arb.chain((t) => editArbitrary(t[t.length - 1]).map((e) => [...t, apply(t[t.length - 1], e)]));
                return arb;
            }), (edited) => {
                for (const text of edited) check(text);
            }), { numRuns: RUNS, seed: SEED });
        }
    }, 240_000);

    it('keeps a clause the second time it is parsed and builds it the third, new each time', () => {
        const { cached } = parsers();
        const cache = clauseCacheOf(cached)!;
        const text = 'poa X {\n    kind section16\n    principal p "Pat Doe"\n}\n';
        const first = cached.parse(text);
        cached.parse(text);
        expect(cache.hits).toBe(0);
        const third = cached.parse(`// moved\n\n${text.replace('section16', 'section16 ')}`);
        expect(cache.hits).toBe(2);
        expect(clauses(third)[0]).not.toBe(clauses(first)[0]);
        expect(clauses(third)[0].$cstNode?.range.start).toEqual({ line: 3, character: 4 });
        expect(clauses(third)[1].$cstNode?.text).toBe('principal p "Pat Doe"');
    });

    it('does not use a kept clause where a comment would be placed in it, or another token kind follows', () => {
        const { cached, fresh } = parsers();
        const cache = clauseCacheOf(cached)!;
        const text = 'poa X {\n    kind section16\n    principal p "Pat Doe"\n}\n';
        cached.parse(text);
        cached.parse(text);
        const hits = cache.hits;
        const commented = 'poa X {\n    // the kind\n    kind section16\n    principal p "Pat Doe" // the principal\n}\n';
        expectSameParse(cached.parse(commented), fresh.parse(commented));
        // The comment before `kind` belongs to its clause; the one after the principal, to the next token's place.
        expect(cache.hits).toBe(hits + 1);
    });

    it('parses a file with a syntax error without the cache, as Langium does', () => {
        const { cached, fresh } = parsers();
        const good = 'poa X {\n    kind section16\n    principal p "Pat Doe"\n    voice undersigned\n}\n';
        cached.parse(good);
        cached.parse(good);
        for (const bad of ['poa X {\n    kind section16\n    principal p "Pat Doe" {\n    voice undersigned\n}\n', 'poa X {\n    kind section16\n    principal p "Pat Doe" §\n    voice undersigned\n}\n', 'poa X {\n    kind section16\n    }\n    principal p "Pat Doe"\n    voice undersigned\n}\n']) {
            const result = cached.parse(bad);
            expect(result.parserErrors.length + result.lexerErrors.length).toBeGreaterThan(0);
            expectSameParse(result, fresh.parse(bad));
        }
    });

    it('is not changed by an edit of a tree it built (incremental-parse.ts moves and replaces nodes in place)', () => {
        const { cached, fresh, lexer } = parsers();
        const words = clauseKeywords(poaServices().Poa.Grammar);
        const text = readFileSync(join(EXAMPLES, 'hartford-2007-section16.poa'), 'utf8');
        cached.parse(text);
        cached.parse(text);
        const built = cached.parse(text);
        const editedText = text.replace('"Ricardo A. Anzaldua"', '"Ricardo Anzaldua"').replace('act1934, act1933', 'act1934,  act1933');
        const language = { parser: cached, lexer, opensClause: (w: string) => words.has(w) };
        const once = reparseClause(language, built, text, text.replace('"Ricardo A. Anzaldua"', '"Ricardo Anzaldua"'));
        expect(once).toBeDefined();
        if (once) expectSameParse(once, fresh.parse(text.replace('"Ricardo A. Anzaldua"', '"Ricardo Anzaldua"')));
        expectSameParse(cached.parse(text), fresh.parse(text));
        expectSameParse(cached.parse(editedText), fresh.parse(editedText));
    });

    it('links, checks, models and renders a cached parse as a fresh one', async () => {
        const cache = clauseCacheOf(poaServices().Poa.parser.LangiumParser)!;
        for (const text of texts) {
            cache.enabled = false;
            const fresh = await loadPoa(text);
            cache.enabled = true;
            await loadPoa(text);
            await loadPoa(text);
            const hits = cache.hits;
            const cached = await loadPoa(text);
            if (clauses(cached.document.parseResult).length > 0 && fresh.document.parseResult.parserErrors.length === 0) expect(cache.hits).toBeGreaterThan(hits);
            expect(cached.diagnostics).toEqual(fresh.diagnostics);
            expect(JSON.stringify(cached.model)).toBe(JSON.stringify(fresh.model));
            expect(renderText(renderDocument(cached.model))).toBe(renderText(renderDocument(fresh.model)));
            const links = (l: typeof fresh) => l.document.references.map((r) => [r.$refText, 'ref' in r ? r.ref?.$type : undefined, r.error?.message, r.$refNode?.offset]);
            expect(links(cached)).toEqual(links(fresh));
        }
    }, 120_000);
});
