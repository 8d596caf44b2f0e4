// `npm run soak`: the bundled language server over stdio takes 10,000 random
// edits interleaved with hover, completion, formatting, outline, folding,
// semantic tokens and poa/render requests, plus malformed JSON-RPC messages
// and requests for documents it does not know. It must answer every request,
// never exit, and finish checking the last version of every document. Memory
// at the end is reported against the start. Bounded in edits and time; stdio
// only. POA_SOAK_EDITS (default 10000), POA_SOAK_SECONDS (default 480),
// POA_SOAK_SEED (default random) tune it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDist, ROOT } from './build-bench.mjs';
import { typicalPoa } from './corpus.mjs';
import { LspProcess, positionAt } from './lsp-client.mjs';

const EDITS = Number(process.env.POA_SOAK_EDITS ?? 10000);
const SECONDS = Number(process.env.POA_SOAK_SECONDS ?? 480);
const SEED = Number(process.env.POA_SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUEST_TIMEOUT_MS = 30000;

// A small seeded generator, so a failing run can be replayed with POA_SOAK_SEED.
let state = SEED >>> 0 || 1;
const random = () => ((state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const SNIPPETS = ['agent x "X"', 'grant {', '}', '{', '"', 'ratification', ' ', '\n', '    ', 'file form4 under section16a', '[who]', 'worded "{x}"',
    'é', '\u202E', '\u0000', '<script>', 'supersedes', 'term {\n ends on 2030-01-01\n}', '2024-13-45', 'principal p "P" {', '//', '/*', '\r\n', '\uFEFF', 'x'.repeat(500)];

const log = (t) => process.stderr.write(`soak: ${t}\n`);
if (!process.env.POA_SOAK_NO_BUILD) { log('building dist/'); buildDist(); }

const server = new LspProcess(join(ROOT, 'dist', 'server.js'), { cwd: ROOT });
const started = performance.now();
const failures = [];
const counts = { requests: 0, answered: 0, errors: 0, internalErrors: 0, edits: 0, resets: 0, malformed: 0, unknownDocument: 0 };
const errorKinds = new Map();

async function request(method, params, { expectError = false } = {}) {
    counts.requests++;
    const timeout = new Promise((r) => setTimeout(() => r({ timeout: true }), REQUEST_TIMEOUT_MS));
    const r = await Promise.race([server.request(method, params), timeout]);
    if (r.timeout) { failures.push(`${method}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s`); return r; }
    if (r.error?.message === 'server exited') { failures.push(`${method}: the server exited`); return r; }
    counts.answered++;
    if (r.error) {
        counts.errors++;
        const key = `${method} -> ${r.error.code}: ${String(r.error.message).slice(0, r.error.code === -32603 ? 400 : 90)}`;
        errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
        if (r.error.code === -32603 && !expectError) { counts.internalErrors++; }
    }
    return r;
}

await server.initialize();
const docs = [
    { uri: 'file:///soak/typical.poa', original: typicalPoa(7) },
    { uri: 'file:///soak/hartford.poa', original: readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8') },
    { uri: 'file:///soak/template.poa', original: readFileSync(join(ROOT, 'examples', 'templates', 'section16-officer.poa'), 'utf8') }
].map((d) => ({ ...d, text: d.original, version: 1 }));
for (const d of docs) server.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'poa', version: 1, text: d.text } });
for (const d of docs) await request('poa/status', { uri: d.uri });
const rssStart = server.rssMb();
log(`seed ${SEED}; server RSS after opening ${docs.length} documents: ${rssStart.toFixed(1)} MB; ${EDITS} edits`);

function randomEdit(d) {
    const len = d.text.length;
    const start = int(len + 1);
    const kind = random();
    let end = start, insert = '';
    if (kind < 0.45) insert = pick(SNIPPETS);
    else if (kind < 0.8) end = Math.min(len, start + int(12));
    else { end = Math.min(len, start + int(40)); insert = pick(SNIPPETS); }
    const range = { start: positionAt(d.text, start), end: positionAt(d.text, end) };
    d.text = d.text.slice(0, start) + insert + d.text.slice(end);
    d.version++;
    server.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range, text: insert }] });
    counts.edits++;
}

function resetDocument(d) {
    d.text = d.original;
    d.version++;
    server.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ text: d.text }] });
    counts.edits++;
    counts.resets++;
}

const randomPosition = (d) => positionAt(d.text, int(d.text.length + 1));

async function randomRequest(d) {
    const textDocument = { uri: d.uri };
    switch (int(8)) {
        case 0: return request('textDocument/hover', { textDocument, position: randomPosition(d) });
        case 1: return request('textDocument/completion', { textDocument, position: randomPosition(d) });
        case 2: return request('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } });
        case 3: return request('poa/render', { uri: d.uri, options: pick([undefined, { voice: 'first-person' }, { layout: 'numbered' }]) });
        case 4: return request('textDocument/documentSymbol', { textDocument });
        case 5: return request('textDocument/foldingRange', { textDocument });
        case 6: return request('textDocument/semanticTokens/full', { textDocument });
        default: return request('poa/status', { uri: d.uri });
    }
}

/** Messages a broken or hostile client might send; the framing stays intact (a broken header loses any stdio stream). */
async function malformed() {
    counts.malformed++;
    const frame = (body) => { const b = Buffer.from(body, 'utf8'); server.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b])); };
    switch (int(9)) {
        case 0: frame('{"jsonrpc":"2.0","id":'); break; // truncated JSON
        case 1: frame('not json at all \u0000\u00ff'); break;
        case 2: frame('[1,2,3]'); break;
        case 3: frame('{"jsonrpc":"2.0","method":42,"id":"x"}'); break;
        case 4: return request('poa/doesNotExist', { uri: docs[0].uri }, { expectError: true });
        case 5: counts.unknownDocument++; return request(pick(['textDocument/hover', 'textDocument/completion']), { textDocument: { uri: 'file:///soak/never-opened.poa' }, position: { line: 3, character: 4 } }, { expectError: true });
        case 6: counts.unknownDocument++; return request('poa/render', { uri: pick(['file:///soak/never-opened.poa', '', 42, 'not a uri']) }, { expectError: true });
        case 7: return request('poa/render', pick([null, {}, { uri: docs[0].uri, options: 'loud' }, { uri: docs[0].uri, options: { voice: 'shouting' } }]), { expectError: true });
        default: server.notify('textDocument/didChange', { textDocument: { uri: 'file:///soak/never-opened.poa', version: 3 }, contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, text: 'x' }] });
    }
    return undefined;
}

let stoppedEarly = false;
for (let i = 0; i < EDITS; i++) {
    if (!server.alive) { failures.push(`the server exited (code ${server.exitCode}) after ${i} edits`); break; }
    if ((performance.now() - started) / 1000 > SECONDS) { stoppedEarly = true; break; }
    const d = pick(docs);
    if (i % 400 === 399) resetDocument(d); // keep the documents recognisable between bursts of garbage
    else randomEdit(d);
    if (i % 7 === 0) await randomRequest(pick(docs));
    if (i % 53 === 0) await malformed();
    if (i % 1000 === 999) log(`${i + 1} edits, ${counts.requests} requests, RSS ${server.rssMb().toFixed(1)} MB`);
}

// Every document must be checked at its last version, and the server still alive.
for (const d of docs) {
    const r = await request('poa/status', { uri: d.uri });
    if (r.error || r.result?.version !== d.version) failures.push(`${d.uri}: poa/status answered ${r.error ? r.error.message : `version ${r.result?.version}`} instead of version ${d.version}`);
}
await new Promise((r) => setTimeout(r, 2000));
const rssEnd = server.rssMb();
if (!server.alive) failures.push(`the server exited (code ${server.exitCode})`);
if (counts.internalErrors) failures.push(`${counts.internalErrors} requests failed with an internal error in the server`);
const code = await server.close();
if (code !== 0) failures.push(`the server did not shut down cleanly (exit ${code})`);

const seconds = (performance.now() - started) / 1000;
console.log(`\nPOA Studio soak (seed ${SEED}): ${counts.edits} edits (${counts.resets} of them whole-text resets)${stoppedEarly ? ` (stopped at the ${SECONDS} s bound)` : ''}, ${counts.requests} requests ` +
    `(${counts.answered} answered, ${counts.errors} answered with an error), ${counts.malformed} malformed or stray messages, ` +
    `${counts.unknownDocument} requests for unknown documents, in ${seconds.toFixed(0)} s.`);
console.log(`Server memory (RSS): ${rssStart.toFixed(1)} MB at the start, ${rssEnd.toFixed(1)} MB at the end (${(rssEnd - rssStart >= 0 ? '+' : '')}${(rssEnd - rssStart).toFixed(1)} MB).`);
if (errorKinds.size) {
    console.log('Error answers (expected for malformed and unknown-document requests):');
    for (const [k, n] of [...errorKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${k}`);
}
if (server.stderr.trim()) console.log(`Server log (last lines):\n${server.stderr.trim().split('\n').slice(-10).map((l) => `  ${l}`).join('\n')}`);
if (failures.length) {
    console.log(`\nSOAK FAILED:\n${failures.slice(0, 20).map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
} else {
    console.log('\nSoak passed: every request answered, the server never exited, every document checked at its last version.');
}
