// Measures import on the development corpus: for every document of
// ../shared/corpus/ (or the folder given), `poa import` then `poa render`, and
// prints the similarity of the rendering to the document (the measure of
// test/fidelity.ts) and the share of words kept as `worded` text.
// Run after `npm run build`:  node scripts/import-corpus.mjs [CORPUS_DIR] [--json]
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus'));

/** test/fidelity.ts, compiled on the fly so that the script and the tests share one measure. */
async function loadFidelity() {
    const out = await build({ entryPoints: [join(root, 'test', 'fidelity.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { similarity } = await loadFidelity();
const { main } = createRequire(import.meta.url)(join(root, 'dist', 'cli.js'));

async function run(argv) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, cwd: root });
    return { code, stdout, stderr };
}

const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const work = mkdtempSync(join(tmpdir(), 'poa-import-corpus-'));
const rows = [];
try {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
        const path = join(corpus, file);
        const imported = await run(['import', path, '--format', 'json']);
        if (imported.code !== 0) {
            rows.push({ file, error: imported.stderr.trim() });
            continue;
        }
        const report = JSON.parse(imported.stderr);
        const poa = join(work, `${file}.poa`);
        writeFileSync(poa, imported.stdout);
        const rendered = await run(['render', poa]);
        if (rendered.code !== 0) {
            rows.push({ file, error: rendered.stderr.trim() });
            continue;
        }
        const reference = readFileSync(path, 'utf8');
        rows.push({ file, similarity: similarity(reference, rendered.stdout), worded: 1 - report.structuredShare, kept: report.keptAsWritten.length });
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}

if (json) {
    console.log(JSON.stringify(rows, null, 2));
} else {
    const pct = (n) => `${(n * 100).toFixed(1)}%`.padStart(7);
    console.log(`${'document'.padEnd(56)} similarity  worded  kept`);
    for (const r of rows) {
        if (r.error) console.log(`${r.file.padEnd(56)} error: ${r.error}`);
        else console.log(`${r.file.padEnd(56)} ${r.similarity.toFixed(3).padStart(10)} ${pct(r.worded)} ${String(r.kept).padStart(5)}`);
    }
    const ok = rows.filter((r) => !r.error);
    const mean = (f) => ok.reduce((n, r) => n + f(r), 0) / (ok.length || 1);
    console.log(`${'mean'.padEnd(56)} ${mean((r) => r.similarity).toFixed(3).padStart(10)} ${pct(mean((r) => r.worded))}`);
    console.log(`meeting the acceptance (similarity >= 0.95 and worded <= 10%): ${ok.filter((r) => r.similarity >= 0.95 && r.worded <= 0.1).length} of ${rows.length}`);
}
