#!/usr/bin/env node
// `npm run corpus`: renders every model in examples/corpus/ with the built CLI and measures it
// against its source text in ../shared/corpus/ (or $POA_CORPUS): word-level similarity (by
// ../shared/tools/fidelity.mjs or $POA_FIDELITY, shown rounded down to three places), the share of the reference's words written as
// `worded` overrides, and the check's errors and warnings. Run `npm run build` first.
//   node scripts/corpus.mjs [--json] [NAME-FILTER]
//   node scripts/corpus.mjs --import [--json]   the import table: every corpus text imported, rendered and measured
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const models = join(root, 'examples', 'corpus');
const corpus = process.env.POA_CORPUS ?? join(root, '..', 'shared', 'corpus');
const cli = join(root, 'bin', 'poa.js');
const fidelity = process.env.POA_FIDELITY ?? join(root, '..', 'shared', 'tools', 'fidelity.mjs');
const args = process.argv.slice(2);
if (args.includes('--import')) {
    // `npm run corpus -- --import`: the import table (scripts/import-corpus.mjs) instead of the models' table.
    const { status } = (await import('node:child_process')).spawnSync(process.execPath, [join(root, 'scripts', 'import-corpus.mjs'), ...args.filter((a) => a !== '--import'), ...(process.env.POA_CORPUS ? [process.env.POA_CORPUS] : [])], { stdio: 'inherit' });
    process.exit(status ?? 2);
}
const json = args.includes('--json');
const filter = args.find((a) => !a.startsWith('--'));

if (!existsSync(join(root, 'dist', 'cli.js'))) {
    console.error('corpus: dist/cli.js is missing; run `npm run build` first.');
    process.exit(2);
}
if (!existsSync(fidelity)) {
    console.error(`corpus: no fidelity tool at ${fidelity} (set POA_FIDELITY).`);
    process.exit(2);
}
if (!existsSync(corpus)) {
    console.error(`corpus: no corpus at ${corpus} (set POA_CORPUS).`);
    process.exit(2);
}

/** Words written out as free text: `worded "..."` overrides and `power "..."` lines (alphanumeric words only). */
function overrideWords(source) {
    const words = [...source.matchAll(/\b(?:worded|power)\s+"((?:\\.|[^"\\])*)"/g)].flatMap((m) => m[1].replace(/\{[A-Za-z_]\w*\}/g, ' ').match(/[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g) ?? []);
    return words.length;
}

const rows = [];
for (const file of readdirSync(models).filter((f) => f.endsWith('.poa')).sort()) {
    const name = file.replace(/\.poa$/, '');
    if (filter && !name.includes(filter)) continue;
    const refPath = join(corpus, `${name}.txt`);
    if (!existsSync(refPath)) { rows.push({ name, error: 'no reference text' }); continue; }
    const path = join(models, file);
    const rendered = execFileSync(process.execPath, [cli, 'render', path], { encoding: 'utf8' });
    let findings = [];
    try {
        findings = JSON.parse(execFileSync(process.execPath, [cli, 'check', path, '--format', 'json'], { encoding: 'utf8' }));
    } catch (e) {
        findings = JSON.parse(e.stdout || '[]');
    }
    // The measure is the shared tool's own, run on the rendered text.
    const measured = JSON.parse(execFileSync(process.execPath, [fidelity, refPath, '-', '--json'], { input: rendered, encoding: 'utf8' }));
    const refWords = readFileSync(refPath, 'utf8').split('\n').filter((l) => !l.startsWith('# ')).join('\n').match(/[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g)?.length ?? 0;
    rows.push({
        name,
        similarity: measured.similarity,
        overrides: overrideWords(readFileSync(path, 'utf8')) / Math.max(1, refWords),
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length
    });
}

if (json) {
    console.log(JSON.stringify(rows, null, 2));
} else {
    console.log('| document | similarity | words in overrides | errors | warnings | bar (>= 0.97, <= 5 %) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
        if (r.error) { console.log(`| ${r.name} | ${r.error} | | | | |`); continue; }
        const ok = r.similarity >= 0.97 && r.overrides <= 0.05;
        console.log(`| ${r.name} | ${(Math.floor(r.similarity * 1000) / 1000).toFixed(3)} | ${(r.overrides * 100).toFixed(1)} % | ${r.errors} | ${r.warnings} | ${ok ? 'yes' : 'no'} |`);
    }
    const met = rows.filter((r) => !r.error && r.similarity >= 0.97 && r.overrides <= 0.05).length;
    console.log(`\n${met} of ${rows.length} modelled documents meet the bar.`);
}
