/**
 * Re-parsing only the edited clause (`language/incremental-parse.ts`) gives
 * what a full parse of the new text gives: the same syntax tree (every token's
 * kind, offset, length and line/character range, every node's grammar element
 * and AST type) and the same AST values, after a chain of random edits of every
 * example (edits inside quoted texts, names and numbers, which re-parse one
 * clause, and arbitrary insertions and deletions, which mostly cannot).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, EmptyFileSystemProvider, URI, type AstNode, type CstNode, type LangiumDocument, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { reparseClause, type ClauseParser } from '../../language/langium/incremental-parse.js';
import { clauseKeywords } from '../../language/langium/poa-parser.js';
import { PoaDocumentFactory } from '../../language/langium/poa-document-factory.js';
import { sameScope } from '../../language/langium/poa-scope-computation.js';
import { createPoaServices } from '../../language/poa-module.js';
import { poaServices } from '../../language/poa-document.js';
import { poaFiles } from '../helpers.js';

// POA_PROPERTY_RUNS / POA_PROPERTY_SEED: a longer search than the default run (chains per example, and the seed).
const RUNS = Number(process.env.POA_PROPERTY_RUNS ?? 6);
const SEED = Number(process.env.POA_PROPERTY_SEED ?? 1604);
const EXAMPLES = join(__dirname, '..', '..', 'examples');

const parser = () => poaServices().Poa.parser.LangiumParser;
const words = clauseKeywords(poaServices().Poa.Grammar);
const language = (): ClauseParser => ({ parser: parser(), lexer: poaServices().Poa.parser.Lexer, opensClause: (w) => words.has(w) });

/** The syntax tree as plain data: grammar element, AST type, and per token its kind and place. */
function cstShape(node: CstNode): unknown {
    const composite = node as CstNode & { content?: CstNode[]; _astNode?: AstNode };
    const grammar = node.grammarSource ? `${node.grammarSource.$type}:${(node.grammarSource as { value?: string }).value ?? (node.grammarSource as { rule?: { $refText?: string } }).rule?.$refText ?? ''}` : '';
    if (composite.content) return { grammar, ast: composite._astNode?.$type, content: composite.content.map(cstShape) };
    const leaf = node as CstNode & { tokenType: { name: string } };
    return { grammar, token: leaf.tokenType.name, hidden: leaf.hidden, offset: leaf.offset, length: leaf.length, range: leaf.range, text: leaf.text };
}

/** The AST as plain data: every property, references by their text, and each node's place in its container. */
function astShape(node: AstNode, container?: AstNode, property?: string, index?: number): unknown {
    expect(node.$container).toBe(container);
    if (container) {
        expect(node.$containerProperty).toBe(property);
        expect(node.$containerIndex).toBe(index);
    }
    expect(node.$cstNode?.astNode).toBe(node);
    const out: Record<string, unknown> = { $type: node.$type, $text: node.$cstNode?.text };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        const one = (v: unknown, i?: number): unknown => {
            if (v && typeof v === 'object' && '$refText' in v) return { ref: (v as { $refText: string }).$refText, at: (v as { $refNode?: CstNode }).$refNode?.offset };
            if (v && typeof v === 'object' && '$type' in v) return astShape(v as AstNode, node, key, i);
            return v;
        };
        out[key] = Array.isArray(value) ? value.map((v, i) => one(v, i)) : one(value);
    }
    return out;
}

function expectSameAsFullParse(result: ParseResult<AstNode>, text: string): void {
    const full = parser().parse(text);
    expect(result.value.$cstNode?.root.fullText).toBe(text);
    expect(cstShape(result.value.$cstNode as CstNode)).toEqual(cstShape(full.value.$cstNode as CstNode));
    expect(astShape(result.value)).toEqual(astShape(full.value));
    expect(result.parserErrors).toEqual(full.parserErrors);
    expect(result.lexerErrors).toEqual(full.lexerErrors);
}

type Edit = { at: number; remove: number; insert: string; inText: boolean };

/** An edit of `text`: inside a quoted text or a word (which keeps the token kinds, mostly), or anywhere. */
function editArbitrary(text: string): fc.Arbitrary<Edit> {
    const quoted = [...text.matchAll(/"[^"\n\\]{2,}"/g)].map((m) => ({ from: (m.index ?? 0) + 1, to: (m.index ?? 0) + m[0].length - 1 }));
    const words = [...text.matchAll(/\b[A-Za-z0-9]{2,}\b/g)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
    const inside = (spans: { from: number; to: number }[], chars: string) => fc.constantFrom(...spans).chain((s) =>
        fc.record({
            at: fc.integer({ min: s.from, max: s.to }),
            remove: fc.integer({ min: 0, max: 3 }),
            insert: fc.string({ unit: fc.constantFrom(...chars), maxLength: 4 }),
            inText: fc.constant(true)
        }).map((e) => ({ ...e, remove: Math.min(e.remove, s.to - e.at) })));
    const anywhere = fc.record({
        at: fc.integer({ min: 0, max: text.length }),
        remove: fc.integer({ min: 0, max: 6 }),
        insert: fc.string({ unit: fc.constantFrom(...'ab1 \n{}",/*é'.split('')), maxLength: 3 }),
        inText: fc.constant(false)
    });
    const options: fc.Arbitrary<Edit>[] = [anywhere];
    if (quoted.length) options.push(inside(quoted, 'abc XYZ,.\n1é'), inside(quoted, 'xyz'));
    if (words.length) options.push(inside(words, 'abz09'));
    return fc.oneof(...options);
}

const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(Math.min(text.length, e.at + e.remove));

describe('incremental parsing of one clause', () => {
    const files = poaFiles(EXAMPLES);

    it('gives what a full parse gives, over chains of random edits of every example', () => {
        let incremental = 0;
        let edits = 0;
        for (const file of files) {
            const original = readFileSync(file, 'utf8');
            fc.assert(fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => {
                // A chain of n edits, each drawn against the text the previous ones left.
                let arb: fc.Arbitrary<string[]> = fc.constant([original]);
                for (let i = 0; i < n; i++) arb = arb.chain((texts) => editArbitrary(texts[texts.length - 1]).map((e) => [...texts, apply(texts[texts.length - 1], e)]));
                return arb;
            }), (texts) => {
                let result = parser().parse(texts[0]) as ParseResult<AstNode>;
                for (let i = 1; i < texts.length; i++) {
                    edits++;
                    const next = reparseClause(language(), result, texts[i - 1], texts[i]);
                    if (next) {
                        incremental++;
                        expectSameAsFullParse(next, texts[i]);
                        result = next;
                    } else {
                        result = parser().parse(texts[i]);
                    }
                }
            }), { numRuns: RUNS, seed: SEED });
        }
        // The property is about the incremental path: most edits inside quoted texts and words must take it.
        expect(incremental).toBeGreaterThan(edits / 4);
    }, 240_000);

    it('keeps the nodes an edit did not touch, replaces the edited one and gives a new instrument node', () => {
        const text = readFileSync(join(EXAMPLES, 'hartford-2007-section16.poa'), 'utf8');
        const old = parser().parse(text) as ParseResult<AstNode>;
        const clauses = [...(old.value as unknown as { clauses: AstNode[] }).clauses];
        const principal = clauses.find((c) => c.$type === 'Principal') as AstNode & { fullName: AstNode };
        const at = text.indexOf('"', text.indexOf('principal')) + 1;
        const next = reparseClause(language(), old, text, text.slice(0, at) + 'Dr. ' + text.slice(at));
        expect(next).toBeDefined();
        expect(next?.value).not.toBe(old.value);
        expect((next?.value as unknown as { clauses: AstNode[] }).clauses.every((c, i) => c === clauses[i])).toBe(true);
        expect(principal.fullName.$cstNode?.text.startsWith('"Dr. ')).toBe(true);
    });

    it('parses in full what it cannot re-parse soundly: a new word, a comment, a broken brace, a file with a syntax error', () => {
        const text = 'poa X {\n    kind section16\n    principal p "Pat Doe"\n}\n';
        const old = parser().parse(text) as ParseResult<AstNode>;
        const edited = (from: string, to: string) => reparseClause(language(), old, text, text.replace(from, to));
        expect(edited('"Pat Doe"', '"Pat Doe" { pronoun she }')).toBeUndefined();
        expect(edited('"Pat Doe"', '"Pat Doe" // the principal')).toBeUndefined();
        expect(edited('kind section16', 'kind section16 }')).toBeUndefined();
        // A line break that leaves a block's brace on a line no clause keyword opens: the whole file's brace recovery decides.
        expect(reparseClause(language(), parser().parse('poa X {\n    principal p "Pat" {\n        pronoun she\n    }\n}\n'), 'poa X {\n    principal p "Pat" {\n        pronoun she\n    }\n}\n',
            'poa X {\n    principal p "\nPat" {\n        pronoun she\n    }\n}\n')).toBeUndefined();
        expect(edited('Pat Doe', 'Pat A. Doe')).toBeDefined();
        // Lines that end with a lone carriage return are counted by the lexer alone.
        const oldMac = text.replaceAll('\n', '\r');
        expect(reparseClause(language(), parser().parse(oldMac), oldMac, oldMac.replace('Pat Doe', 'Pat A. Doe'))).toBeUndefined();
        const oldWindows = text.replaceAll('\n', '\r\n');
        const windows = reparseClause(language(), parser().parse(oldWindows), oldWindows, oldWindows.replace('Pat Doe', 'Pat A. Doe'));
        expect(windows).toBeDefined();
        if (windows) expectSameAsFullParse(windows, oldWindows.replace('Pat Doe', 'Pat A. Doe'));
        const broken = parser().parse('poa X {\n    kind\n    principal p "Pat Doe"\n}\n') as ParseResult<AstNode>;
        expect(reparseClause(language(), broken, broken.value.$cstNode?.root.fullText ?? '', 'poa X {\n    kind\n    principal p "Pat A. Doe"\n}\n')).toBeUndefined();
    });

    it('links and indexes as a fresh build does, over chains of random edits of every example', async () => {
        // The names and links of the clauses an edit did not touch are kept (poa-scope-computation.ts, poa-linker.ts).
        const uri = URI.parse('file:///work/edited.poa');
        let text = '';
        const files = new EmptyFileSystemProvider();
        files.readFile = async () => text;
        const edited = createPoaServices({ fileSystemProvider: () => files });
        edited.shared.workspace.DocumentBuilder.updateBuildOptions = { validation: false };
        const fresh = createPoaServices(EmptyFileSystem);
        const locator = edited.Poa.workspace.AstNodeLocator;
        type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
        const range = (r: { range: Range } | undefined) => r && `${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`;
        const links = async (services: ReturnType<typeof createPoaServices>, document: LangiumDocument) => ({
            names: document.localSymbols?.getStream(document.parseResult.value).toArray()
                .map((d) => [d.name, d.type, d.path, range(d.nameSegment), range(d.selectionSegment)]),
            references: document.references.map((r) => {
                const target = 'ref' in r ? r.ref : undefined;
                const description = '$nodeDescription' in r ? r.$nodeDescription : undefined;
                return [r.$refText, 'error' in r ? r.error?.message : undefined, target && locator.getAstNodePath(target), range(r.$refNode), description?.path, range(description?.selectionSegment)];
            }),
            index: (await services.Poa.workspace.ReferenceDescriptionProvider.createDescriptions(document)).map((d) => [d.sourcePath, d.targetPath, range(d.segment)])
        });
        let kept = 0;
        let edits = 0;
        for (const file of poaFiles(EXAMPLES)) {
            const original = readFileSync(file, 'utf8');
            await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 4 }).chain((n) => {
                let arb: fc.Arbitrary<string[]> = fc.constant([original]);
                for (let i = 0; i < n; i++) arb = arb.chain((texts) => editArbitrary(texts[texts.length - 1]).map((e) => [...texts, apply(texts[texts.length - 1], e)]));
                return arb;
            }), async (texts) => {
                text = texts[0];
                if (edited.shared.workspace.LangiumDocuments.hasDocument(uri)) edited.shared.workspace.LangiumDocuments.deleteDocument(uri);
                const document = edited.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
                edited.shared.workspace.LangiumDocuments.addDocument(document);
                await edited.shared.workspace.DocumentBuilder.build([document], { validation: false });
                for (let i = 1; i < texts.length; i++) {
                    edits++;
                    text = texts[i];
                    const symbols = document.localSymbols;
                    await edited.shared.workspace.DocumentBuilder.update([uri], []);
                    if (sameScope(document.localSymbols, symbols)) kept++;
                    const other = fresh.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///fresh-${edits}.poa`));
                    fresh.shared.workspace.LangiumDocuments.addDocument(other);
                    await fresh.shared.workspace.DocumentBuilder.build([other], { validation: false });
                    expect(await links(edited, document)).toEqual(await links(fresh, other));
                    fresh.shared.workspace.LangiumDocuments.deleteDocument(other.uri);
                }
            }), { numRuns: Math.max(2, RUNS >> 1), seed: SEED });
        }
        // The property is about the kept links: many edits inside quoted texts and words must keep them.
        expect(kept).toBeGreaterThan(edits / 5);
    }, 240_000);

    it('is the document factory of every host', () => {
        const { shared } = createPoaServices(EmptyFileSystem);
        expect(shared.workspace.LangiumDocumentFactory).toBeInstanceOf(PoaDocumentFactory);
    });
});
