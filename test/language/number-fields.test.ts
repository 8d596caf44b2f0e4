/**
 * Tokens and positions keep their numbers inline (language/langium/number-fields.ts): after the
 * examples are parsed and checked, no token, CST leaf or position on the heap holds a boxed
 * number. A child process (the core bundled here with esbuild, so the heap holds only it) parses
 * them and reads its own heap snapshot; a boxed number in an object's field shows there as a
 * hidden edge to a `number` node.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const OUT = join(ROOT, 'node_modules', '.cache', 'poa-number-fields-test');

const ENTRY = `
import { EmptyFileSystem, URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { createPoaServices } from ${JSON.stringify(join(ROOT, 'language', 'poa-module.ts'))};

const { shared } = createPoaServices(EmptyFileSystem);
const dir = ${JSON.stringify(join(ROOT, 'examples'))};
const documents = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.poa'))) {
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(join(dir, file), 'utf8'), URI.parse('memory:///' + file));
    shared.workspace.LangiumDocuments.addDocument(document);
    documents.push(document);
}
await shared.workspace.DocumentBuilder.build(documents, { validation: true });

const snapshot = JSON.parse(await new Promise((resolve) => {
    let text = '';
    const stream = v8.getHeapSnapshot();
    stream.on('data', (chunk) => { text += chunk; });
    stream.on('end', () => resolve(text));
}));
const meta = snapshot.snapshot.meta;
const F = meta.node_fields.length, E = meta.edge_fields.length;
const nodeTypes = meta.node_types[0], edgeTypes = meta.edge_types[0];
const [iType, iName, iEdges] = ['type', 'name', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
const { nodes, edges, strings } = snapshot;
const counts = { leaves: 0, tokens: 0, positions: 0, boxedInLeaves: 0, boxedInTokens: 0, boxedInPositions: 0 };
for (let n = 0, e = 0; n < nodes.length; n += F) {
    const names = [];
    let boxed = 0;
    for (let k = 0; k < nodes[n + iEdges]; k++, e += E) {
        const kind = edgeTypes[edges[e + eType]];
        if (kind === 'property') names.push(strings[edges[e + eName]]);
        if (kind === 'hidden' && nodeTypes[nodes[edges[e + eTo] + iType]] === 'number') boxed++;
    }
    if (nodeTypes[nodes[n + iType]] !== 'object') continue;
    const name = strings[nodes[n + iName]];
    // A position's fields, when boxed, are hidden edges only: an Object with two of them and no property of its own.
    if (name === 'LeafCstNodeImpl') { counts.leaves++; counts.boxedInLeaves += boxed; }
    else if (names.includes('tokenType') && names.includes('image')) { counts.tokens++; counts.boxedInTokens += boxed; }
    else if (name === 'Object' && ((names.includes('line') && names.includes('character')) || (boxed === 2 && names.length <= 1))) {
        counts.positions++;
        counts.boxedInPositions += boxed;
    }
}
process.stdout.write(JSON.stringify(counts));
`;

beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const entry = join(OUT, 'entry.mjs');
    writeFileSync(entry, ENTRY);
    await esbuild.build({
        entryPoints: [entry], outfile: join(OUT, 'heap.mjs'), bundle: true, platform: 'node', target: 'node20', format: 'esm',
        // As the packaged extension is minified (dead code removed); names are kept, to find the leaves by class.
        minifySyntax: true, logLevel: 'error', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    });
}, 120_000);

describe('numbers in tokens and positions', () => {
    it('are stored inline: no CST leaf, token or position of the parsed examples holds a boxed number', () => {
        const run = spawnSync(process.execPath, [join(OUT, 'heap.mjs')], { encoding: 'utf8', maxBuffer: 1 << 20 });
        expect(run.stderr).toBe('');
        const counts = JSON.parse(run.stdout) as Record<string, number>;
        // The examples were parsed (hundreds of leaves; with boxed numbers, each leaf boxes its offset and some
        // 1,600 positions box both fields), and none of them boxes a number. Positions that keep their numbers
        // inline have no edge to them in a snapshot, so only boxed ones are found.
        expect(counts.leaves).toBeGreaterThan(500);
        expect(counts.tokens).toBeGreaterThan(0);
        expect(counts).toMatchObject({ boxedInLeaves: 0, boxedInTokens: 0, boxedInPositions: 0 });
    }, 60_000);
});
