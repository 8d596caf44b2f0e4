// POA Studio's per-document loop for `npm run bench:peers`, in a process of its own: poa's
// loop is timed as `poa render` runs, in a process that holds poa alone, as Cicero's loop
// runs in a process that has loaded Cicero alone (bench/peers/run.mjs, before poa is loaded
// there). Reads the core bundle bench/build-bench.mjs built; prints the samples as JSON.
// Usage: node bench/peers/poa-loop.mjs SOURCE.poa NAME...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE } from '../build-bench.mjs';

const [file, ...names] = process.argv.slice(2);
const source = readFileSync(file, 'utf8');
const core = await import(pathToFileURL(join(CACHE, 'core.mjs')).href);
// poa's per-document code is what `poa render` runs for each file, as in `npm run bench` (bench/core-entry.ts
// runCliRender: load, every check, model, render, text); the editor's pipeline (Langium's workspace build and
// validator, then a model and a rendering of its own) is measured after it, not judged.
for (let i = 0; i < 20; i++) await core.runCliRender(source); // warm-up, as Cicero's template load warmed it
const poa = [];
for (const name of names) poa.push(await core.runCliRender(source.replace(/Alan J\. Kreczko/g, name)));
const editor = [];
for (const name of names) editor.push((await core.runStages(source.replace(/Alan J\. Kreczko/g, name), false)).total);
process.stdout.write(JSON.stringify({ poa, editor }));
