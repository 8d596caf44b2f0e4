/**
 * The semantic model of an edited document keeps the model of the parts the edit did not reach (agents, defined
 * terms, the grant's powers: `language/model/node-reuse.ts`). Over chains of random edits of every example (and
 * of the corpus models), each built as the language server builds it (Langium's update, the incremental parse),
 * the model, its rendering and the checks' findings must be exactly those of a fresh parse of the same text; and the parts must
 * actually be kept (the same objects as the last model's) for many edits, or the property tests nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, EmptyFileSystemProvider, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../language/generated/ast.js';
import { buildModel } from '../../language/model/build-model.js';
import { sharedModel } from '../../language/model/model-cache.js';
import type { PoaModel } from '../../language/model/poa-model.js';
import { renderDocument } from '../../language/render/render-document.js';
import { createPoaServices } from '../../language/poa-module.js';
import { poaFiles } from '../helpers.js';
import { editChains } from './edit-chains.js';

const RUNS = Number(process.env.POA_PROPERTY_RUNS ?? 4);
const SEED = Number(process.env.POA_PROPERTY_SEED ?? 1604);
const EXAMPLES = join(__dirname, '..', '..', 'examples');

type Edit = { at: number; remove: number; insert: string };

/** An edit inside a quoted text or a word (the incremental parse's case), or one that adds a line before a clause. */
function editArbitrary(text: string): fc.Arbitrary<Edit> {
    const quoted = [...text.matchAll(/"[^"\n\\]{2,}"/g)].map((m) => ({ from: (m.index ?? 0) + 1, to: (m.index ?? 0) + m[0].length - 1 }));
    const words = [...text.matchAll(/\b[A-Za-z0-9]{2,}\b/g)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
    const lines = [...text.matchAll(/\n(?= {4}\w)/g)].map((m) => m.index ?? 0);
    const inside = (spans: { from: number; to: number }[], chars: string) => fc.constantFrom(...spans).chain((s) =>
        fc.record({
            at: fc.integer({ min: s.from, max: s.to }),
            remove: fc.integer({ min: 0, max: 3 }),
            insert: fc.string({ unit: fc.constantFrom(...chars), maxLength: 4 })
        }).map((e) => ({ ...e, remove: Math.min(e.remove, s.to - e.at) })));
    const options: fc.Arbitrary<Edit>[] = [];
    if (quoted.length) options.push(inside(quoted, 'abc XYZ,.1é[]'), inside(quoted, 'xyz'));
    if (words.length) options.push(inside(words, 'abz09'));
    if (lines.length) options.push(fc.constantFrom(...lines).map((at) => ({ at, remove: 0, insert: '\n' })));
    return fc.oneof(...options);
}

const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(Math.min(text.length, e.at + e.remove));

/** The model as plain data (it must be JSON), with the rendering made from it. */
const built = (model: PoaModel) => ({ model: JSON.parse(JSON.stringify(model)) as unknown, rendering: JSON.parse(JSON.stringify(renderDocument(model))) as unknown });

/** Parts of two models that are the same objects: the kept ones. */
function keptParts(before: PoaModel, after: PoaModel): number {
    const parts = (m: PoaModel): unknown[] => [...m.agents, ...m.successors, ...m.definedTerms, ...(m.grant?.filings ?? []), ...(m.grant?.compliance ?? []), ...(m.grant?.limitations ?? [])];
    const old = new Set(parts(before));
    return parts(after).filter((p) => old.has(p)).length;
}

describe('the model of an edited document keeps what the edit did not reach', () => {
    it('gives the model and rendering of a fresh parse, over chains of random edits of every example', async () => {
        const uri = URI.parse('file:///work/model-reuse.poa');
        let text = '';
        const files = new EmptyFileSystemProvider();
        files.readFile = async () => text;
        const edited = createPoaServices({ fileSystemProvider: () => files });
        // With the checks, as the server builds: they read the shared model, and must find what they find in a fresh one.
        edited.shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
        const fresh = createPoaServices(EmptyFileSystem);
        const findings = (d: LangiumDocument) => (d.diagnostics ?? []).map((x) => [x.code, x.severity, x.message, x.range.start, x.range.end]);
        let kept = 0;
        let edits = 0;
        const examples = [...poaFiles(EXAMPLES).filter((f) => !f.includes('/corpus/')), ...poaFiles(join(EXAMPLES, 'corpus')).slice(0, 8)];
        for (const file of examples) {
            const original = readFileSync(file, 'utf8');
            await fc.assert(fc.asyncProperty(editChains(original, (t) => editArbitrary(t).map((e) => apply(t, e)), 2, 5), async (texts) => {
                text = texts[0];
                if (edited.shared.workspace.LangiumDocuments.hasDocument(uri)) edited.shared.workspace.LangiumDocuments.deleteDocument(uri);
                const document: LangiumDocument<Instrument> = edited.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
                edited.shared.workspace.LangiumDocuments.addDocument(document);
                await edited.shared.workspace.DocumentBuilder.build([document], { validation: true });
                let last = sharedModel(document.parseResult.value);
                for (let i = 1; i < texts.length; i++) {
                    edits++;
                    text = texts[i];
                    await edited.shared.workspace.DocumentBuilder.update([uri], []);
                    const model = sharedModel(document.parseResult.value);
                    kept += keptParts(last, model) > 0 ? 1 : 0;
                    last = model;
                    const other = fresh.shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, URI.parse(`memory:///fresh-${edits}.poa`));
                    fresh.shared.workspace.LangiumDocuments.addDocument(other);
                    await fresh.shared.workspace.DocumentBuilder.build([other], { validation: true });
                    expect(built(model)).toEqual(built(buildModel(other.parseResult.value)));
                    expect(findings(document)).toEqual(findings(other));
                    fresh.shared.workspace.LangiumDocuments.deleteDocument(other.uri);
                }
            }), { numRuns: RUNS, seed: SEED });
        }
        // The property is about the kept parts: many edits must keep some (not every one: an edit that is the
        // document's first re-parse records what the next keeps, and a new word parses the file in full).
        expect(kept).toBeGreaterThan(edits / 10);
    }, 240_000);

    it('keeps the parts before and after an edit, and rebuilds those after an edit that moves them', async () => {
        const uri = URI.parse('file:///work/model-reuse-one.poa');
        const agents = Array.from({ length: 6 }, (_, i) => `        agent a${i} "Agent Number ${i}"`).join('\n');
        const terms = Array.from({ length: 4 }, (_, i) => `    define t${i} "the Plan No. ${i}" as "Plan ${i}"`).join('\n');
        let text = `poa X {\n    kind section16\n    principal p "Pat Doe" { pronoun she }\n    agents any-one-or-more {\n${agents}\n    }\n${terms}\n    grant {\n        comply with t0, t1\n        limitation "no sales before June"\n        comply with t2, t3\n    }\n}\n`;
        const files = new EmptyFileSystemProvider();
        files.readFile = async () => text;
        const { shared } = createPoaServices({ fileSystemProvider: () => files });
        shared.workspace.DocumentBuilder.updateBuildOptions = { validation: false };
        const document: LangiumDocument<Instrument> = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const edit = async (from: string, to: string) => {
            text = text.replace(from, to);
            await shared.workspace.DocumentBuilder.update([uri], []);
            return sharedModel(document.parseResult.value);
        };
        await edit('Agent Number 2', 'Agent Number 7'); // the first re-parse: nothing kept yet, its parts recorded
        const before = await edit('Agent Number 7', 'Agent Number 8'); // the same length: every other part kept
        const same = await edit('no sales before June', 'no sales before July');
        expect(same.agents).toEqual(before.agents);
        expect(same.agents.every((a, i) => a === before.agents[i])).toBe(true);
        expect(same.definedTerms.slice(0, 4).every((t, i) => t === before.definedTerms[i])).toBe(true);
        expect(same.grant?.compliance.every((c, i) => c === before.grant?.compliance[i])).toBe(true);
        expect(same.grant?.limitations[0]).not.toBe(before.grant?.limitations[0]);
        expect(same.grant?.limitations[0].value).toBe('no sales before July');
        // Longer: the parts after the edit move, so they are built again with their new ranges; those before are kept.
        const longer = await edit('Agent Number 3', 'Agent Number 33');
        expect(longer.agents.slice(0, 3).every((a, i) => a === same.agents[i])).toBe(true);
        expect(longer.agents.slice(3).some((a, i) => a === same.agents[3 + i])).toBe(false);
        expect(longer.agents[4].range.offset).toBe(same.agents[4].range.offset + 1);
        const fresh = buildModel(createPoaServices(EmptyFileSystem).shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, URI.parse('memory:///fresh.poa')).parseResult.value);
        expect(JSON.parse(JSON.stringify(longer))).toEqual(JSON.parse(JSON.stringify(fresh)));
    });
});
