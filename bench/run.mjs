// `npm run bench`: the POA Studio benchmark. Generates its corpora, measures
// the core pipeline stage by stage, the bundled language server over stdio,
// a 1,000-file workspace, `poa batch`, server memory and bundle sizes, prints
// one table with the budgets of PRODUCT.md (under 50 ms for a typical POA,
// under 250 ms on 5,000 lines; judged on the p95) and writes bench/results.json.
// POA_BENCH_QUICK=1 runs fewer repetitions (a smoke run, not figures to quote);
// POA_BENCH_ONLY=part,... runs only some parts; POA_BENCH_EDITS=1 logs each didChange's (and each preview edit's) wall and server CPU time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildDist, bundleSizes, loadCore, ROOT } from './build-bench.mjs';
import { lineCount, stressPoa, typicalPoa, writeWorkspace } from './corpus.mjs';
import { LspProcess, positionOf } from './lsp-client.mjs';
import { printTable, status, summarize } from './stats.mjs';

const QUICK = process.env.POA_BENCH_QUICK === '1';
// POA_BENCH_ONLY=cli,workspace runs only those parts (core, cli, server, workspace, batch, bundle): for working on one figure.
const ONLY = process.env.POA_BENCH_ONLY ? process.env.POA_BENCH_ONLY.split(',') : undefined;
const want = (part) => !ONLY || ONLY.includes(part);
const started = performance.now();
const rows = [];
const log = (t) => process.stderr.write(`bench: ${t}\n`);
const add = (row) => rows.push(row);

const TYPICAL_BUDGET = 50;
const STRESS_BUDGET = 250;
// Issue 16's budgets, stricter than PRODUCT.md's where they overlap.
const LONG_DIAGNOSTICS_BUDGET = 100; // ms p95, 5,000-line file: didChange -> publishDiagnostics
const LONG_PREVIEW_BUDGET = 120; // ms p95, 5,000-line file: edit -> preview
const WORKSPACE_LOAD_BUDGET = 3000; // ms, 1,000 files: initialize -> diagnostics for every file
const WORKSPACE_EDIT_BUDGET = 20; // ms p95, an edit in the 1,000-file workspace
const MEMORY_AFTER_EDITS_BUDGET = 150; // MB, server RSS after 10,000 edits
/** Runs of the core pipeline's stages before the writers, at least: a p95 of 30 samples is the second slowest. */
const JUDGED_RUNS = 30;
/** Edits the 5,000-line preview figure is judged on (the other sizes keep their corpus's runs). */
const PREVIEW_EDITS = 30;

log('building dist/ and the core bench bundle');
buildDist();
const core = await loadCore();
const serverPath = join(ROOT, 'dist', 'server.js');

const corpora = [
    { key: 'typical', text: typicalPoa(), runs: QUICK ? 5 : 40, budget: TYPICAL_BUDGET },
    { key: '1,000-line', text: stressPoa(1000), runs: QUICK ? 3 : 15, budget: STRESS_BUDGET },
    { key: '5,000-line', text: stressPoa(5000), runs: QUICK ? 3 : 9, budget: STRESS_BUDGET }
];
for (const c of corpora) c.lines = lineCount(c.text);

// ---------------------------------------------------------------- core pipeline
for (const c of want('core') ? corpora : []) {
    // The writers run c.runs times; the stages before them at least JUDGED_RUNS times, since a p95 of nine samples
    // is the slowest one, and one GC pause or host hiccup would decide the budget. (Runs without the writers leave
    // less garbage behind them: these figures read a little lower than those of builds before 2026-12-03.)
    const runs = Math.max(c.runs, QUICK ? 0 : JUDGED_RUNS);
    log(`core pipeline, ${c.key} (${c.lines} lines), ${runs} runs (the writers ${c.runs})`);
    for (let i = 0; i < 3; i++) await core.runStages(c.text, true); // warm-up: JIT and font loading
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await core.runStages(c.text, i < c.runs));
    const s = (f) => summarize(samples.map(f));
    const writer = (f) => summarize(samples.slice(0, c.runs).map(f));
    c.diagnostics = samples[0].diagnostics;
    c.parseErrors = samples[0].parseErrors;
    const stage = (name, f, budget) => add({ group: 'core', size: c.key, figure: `core ${c.key}: ${name}`, ...s(f), unit: 'ms', budget });
    stage('parse', (x) => x.parse);
    stage('link (index, scopes, references)', (x) => x.link);
    stage('validate (all checks)', (x) => x.validate);
    stage('parse + link + validate', (x) => x.parse + x.link + x.validate, c.budget);
    stage('semantic model', (x) => x.model);
    stage('render tree', (x) => x.render);
    stage('text writer', (x) => x.text);
    stage('model + render + text', (x) => x.model + x.render + x.text, c.budget);
    const writerStage = (name, f) => add({ group: 'core', size: c.key, figure: `core ${c.key}: ${name}`, ...writer(f), unit: 'ms' });
    writerStage('HTML writer', (x) => x.html);
    writerStage('Markdown writer', (x) => x.markdown);
    writerStage('DOCX writer', (x) => x.docx);
    writerStage('PDF writer', (x) => x.pdf);
    const total = s((x) => x.total);
    add({ group: 'core', size: c.key, figure: `core ${c.key}: throughput (parse to text)`, value: c.lines / (total.median / 1000), unit: 'lines/s' });
}

// ---------------------------------------------------------------- the poa command (issue 16 budgets)
const CLI_PROCESS_BUDGET = 150; // ms, median, `poa render --format text` as a whole process
const CLI_DOCUMENT_BUDGET = 0.5; // ms, median, one document in a loop
if (want('cli')) {
    const example = join(ROOT, 'examples', 'hartford-2007-section16.poa');
    const RUNS = QUICK ? 5 : 21;
    log(`poa render as a whole process, ${RUNS} runs (node -e 0 alongside, for the machine's load)`);
    // CPU time of waited-for children (Linux: /proc/self/stat, in clock ticks of 10 ms): less sensitive to a loaded machine than wall time.
    const childCpuMs = () => {
        try {
            const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
            return (Number(f[13]) + Number(f[14])) * 10;
        } catch {
            return NaN;
        }
    };
    const cpu = { poa: [], node: [], plain: [] };
    const spawnMs = (args, cpuSamples, command = process.execPath, env = process.env) => {
        const c = childCpuMs();
        const t = performance.now();
        const r = spawnSync(command, args, { encoding: 'utf8', timeout: 60000, env });
        if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
        const ms = performance.now() - t;
        cpuSamples?.push(childCpuMs() - c);
        return ms;
    };
    const renderArgs = ['render', example, '--format', 'text'];
    const render = [join(ROOT, 'bin', 'poa.js'), ...renderArgs];
    spawnMs(render); // the first run of a build writes the compile cache
    // The installed `poa` of Linux and macOS is bin/poa.sh (bin/install-launcher.js): it starts from the CLI's startup
    // snapshot, built here by its first run (POA_SNAPSHOT_WAIT: before it exits). Windows runs bin/poa.js.
    const posix = process.platform !== 'win32';
    const launcher = join(ROOT, 'bin', 'poa.sh');
    if (posix) spawnMs(renderArgs, undefined, launcher, { ...process.env, POA_SNAPSHOT_WAIT: '1', NODE_OPTIONS: '' });
    const launcherEnv = { ...process.env, NODE_OPTIONS: '' };
    const poa = [], node = [], plain = [];
    // Node reads NODE_EXTRA_CA_CERTS at every start; bin/poa.sh unsets it (poa connects nowhere), so where it
    // is set, Node's own start is shown both ways.
    const certs = process.env.NODE_EXTRA_CA_CERTS ? [] : undefined;
    const withoutCerts = { ...process.env };
    delete withoutCerts.NODE_EXTRA_CA_CERTS;
    for (let i = 0; i < RUNS; i++) {
        node.push(spawnMs(['-e', '0'], cpu.node));
        certs?.push(spawnMs(['-e', '0'], undefined, process.execPath, withoutCerts));
        if (posix) poa.push(spawnMs(renderArgs, cpu.poa, launcher, launcherEnv));
        plain.push(spawnMs(render, cpu.plain));
    }
    add({ group: 'cli', figure: 'node -e 0 (Node itself, for reference)', ...summarize(node), unit: 'ms' });
    if (certs) add({ group: 'cli', figure: 'node -e 0 without NODE_EXTRA_CA_CERTS (as bin/poa.sh starts Node)', ...summarize(certs), unit: 'ms' });
    if (posix) add({ group: 'cli', figure: 'poa render --format text, Hartford POA (whole process, bin/poa.sh from its snapshot)', ...summarize(poa), unit: 'ms', budget: CLI_PROCESS_BUDGET, judge: 'median' });
    add({ group: 'cli', figure: 'node bin/poa.js render --format text (whole process: Windows, and without a snapshot)', ...summarize(plain), unit: 'ms', ...(posix ? {} : { budget: CLI_PROCESS_BUDGET, judge: 'median' }) });
    add({ group: 'cli', figure: 'node -e 0: CPU time (user + system)', ...summarize(cpu.node), unit: 'ms' });
    if (posix) add({ group: 'cli', figure: 'poa render --format text (bin/poa.sh): CPU time (user + system)', ...summarize(cpu.poa), unit: 'ms' });
    add({ group: 'cli', figure: 'node bin/poa.js render --format text: CPU time (user + system)', ...summarize(cpu.plain), unit: 'ms' });
    const source = readFileSync(example, 'utf8');
    for (let i = 0; i < 20; i++) await core.runCliRender(source);
    const loop = [];
    // The CLI's own per-document code (load, checks, model, render, text: bench/core-entry.ts runCliRender).
    for (let i = 0; i < (QUICK ? 50 : 300); i++) loop.push(await core.runCliRender(source.replace(/Alan J\. Kreczko/g, `Officer Number ${i}`)));
    add({ group: 'cli', figure: 'one document in a loop (the CLI\'s load, all checks, model, render, text)', ...summarize(loop), unit: 'ms', budget: CLI_DOCUMENT_BUDGET, judge: 'median' });
    // For reference, not judged: the same loop once V8 has compiled it all (the 300 documents above include the
    // compiler's warm-up); the median of the last 300 of 1,200 more documents.
    if (!QUICK) {
        const later = [];
        for (let i = 0; i < 1200; i++) later.push(await core.runCliRender(source.replace(/Alan J\. Kreczko/g, `Officer Number ${300 + i}`)));
        add({ group: 'cli', figure: 'one document in a loop, after 1,500 documents (compiled: the loop\'s steady state)', ...summarize(later.slice(-300)), unit: 'ms' });
    }
    // The same loop through the editor's pipeline (Langium's validator, a model and a rendering of its own), as measured before.
    for (let i = 0; i < 20; i++) await core.runStages(source, false);
    const stages = [];
    for (let i = 0; i < (QUICK ? 50 : 300); i++) stages.push((await core.runStages(source.replace(/Alan J\. Kreczko/g, `Officer Number ${i}`), false)).total);
    add({ group: 'cli', figure: 'one document in a loop, core stages (parse, link, validate, model, render, text)', ...summarize(stages), unit: 'ms' });
}

// ---------------------------------------------------------------- language server, one file
async function serverFigures(c, uri, editNeedle, hoverNeedle, completionNeedle) {
    const server = new LspProcess(serverPath, { cwd: ROOT });
    try {
        await server.initialize();
        let text = c.text;
        let version = 1;
        const firstDiagnostics = server.waitForDiagnostics(uri, 120000);
        const openedAt = performance.now();
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'poa', version, text } });
        const first = await firstDiagnostics;
        if (!first) throw new Error(`no diagnostics for ${c.key} after didOpen`);
        add({ group: 'server', size: c.key, figure: `server ${c.key}: didOpen -> diagnostics (first build)`, value: first.at - openedAt, unit: 'ms' });
        const rssAfterOpen = server.rssMb();

        // An edit a lawyer makes: retyping a number inside a quoted string (the document stays valid).
        const editAt = text.indexOf(editNeedle);
        const editPos = positionOf(text, editNeedle);
        const edit = (n) => {
            const digits = String(100 + (n % 900));
            const range = { start: editPos, end: { line: editPos.line, character: editPos.character + 3 } };
            text = text.slice(0, editAt) + digits + text.slice(editAt + 3);
            server.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: digits }] });
        };
        const runs = c.runs;
        const didChange = [], didChangeCpu = [];
        for (let i = 0; i < runs + 3; i++) {
            const arrived = server.waitForDiagnostics(uri, 60000);
            const cpu = server.mainThreadCpuMs();
            const t = performance.now();
            edit(i + 1);
            const d = await arrived;
            if (i >= 3) didChange.push(d ? d.at - t : NaN);
            if (i >= 3) didChangeCpu.push(server.mainThreadCpuMs() - cpu);
        }
        add({ group: 'server', size: c.key, figure: `server ${c.key}: didChange -> publishDiagnostics`, ...summarize(didChange), unit: 'ms', budget: c.key === '5,000-line' ? LONG_DIAGNOSTICS_BUDGET : c.budget });
        // The same edits as the server's main thread's CPU time: what the edit costs, less the waits a loaded machine adds.
        add({ group: 'server', size: c.key, figure: `server ${c.key}: didChange, server main-thread CPU`, ...summarize(didChangeCpu), unit: 'ms' });
        if (process.env.POA_BENCH_EDITS === '1') log(`${c.key} didChange, ms per edit (wall / main-thread CPU): ${didChange.map((w, i) => `${w.toFixed(0)}/${didChangeCpu[i].toFixed(0)}`).join(' ')}`);

        const timed = async (method, params) => {
            const samples = [];
            for (let i = 0; i < runs + 3; i++) {
                const r = await server.request(method, params);
                if (r.error) throw new Error(`${method} failed on ${c.key}: ${r.error.message}`);
                if (i >= 3) samples.push(r.ms);
            }
            return summarize(samples);
        };
        const hoverPos = positionOf(text, hoverNeedle, 1);
        add({ group: 'server', size: c.key, figure: `server ${c.key}: hover`, ...(await timed('textDocument/hover', { textDocument: { uri }, position: hoverPos })), unit: 'ms', budget: c.budget });
        const completionPos = positionOf(text, completionNeedle, completionNeedle.length);
        add({ group: 'server', size: c.key, figure: `server ${c.key}: completion`, ...(await timed('textDocument/completion', { textDocument: { uri }, position: completionPos })), unit: 'ms', budget: c.budget });
        add({ group: 'server', size: c.key, figure: `server ${c.key}: poa/render (preview)`, ...(await timed('poa/render', { uri })), unit: 'ms', budget: c.budget });
        add({ group: 'server', size: c.key, figure: `server ${c.key}: formatting`, ...(await timed('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })), unit: 'ms' });

        // Preview update: an edit followed at once by poa/render (which waits for the new version to be checked),
        // told against the rendering the preview holds, as the preview asks (client/preview/poa-preview.ts): only
        // the changed blocks travel, and the held rendering is rebuilt from the answer as the preview rebuilds it.
        // Nine samples make a p95 of the slowest one; the 5,000-line file's preview also gets 30 (its first nine are the
        // figure as measured before, kept for comparison) and the server's main-thread CPU per edit.
        const previewRuns = c.key === '5,000-line' && !QUICK ? Math.max(runs, PREVIEW_EDITS) : runs;
        const preview = [], previewCpu = [];
        let held = (await server.request('poa/render', { uri })).result;
        for (let i = 0; i < previewRuns + 3; i++) {
            const cpu = server.mainThreadCpuMs();
            edit(1000 + i);
            const r = await server.request('poa/render', { uri, since: held?.rendering });
            if (r.error || r.result.version !== version) throw new Error(`poa/render after an edit answered ${r.error?.message ?? `version ${r.result.version}, not ${version}`}`);
            const delta = r.result.delta;
            if (delta && delta.since !== held.rendering) throw new Error('poa/render answered against a rendering the preview does not hold');
            const blocks = delta ? delta.blocks.map((b) => (typeof b === 'number' ? held.document.blocks[b] : b)) : r.result.document.blocks;
            held = { ...r.result, document: { ...r.result.document, blocks } };
            if (i >= 3) { preview.push(r.ms); previewCpu.push(server.mainThreadCpuMs() - cpu); }
        }
        const more = previewRuns > runs;
        add({ group: 'server', size: c.key, figure: `server ${c.key}: edit -> poa/render of the new text`, ...summarize(preview.slice(0, runs)), unit: 'ms', budget: more ? undefined : c.key === '5,000-line' ? LONG_PREVIEW_BUDGET : c.budget });
        if (more) add({ group: 'server', size: c.key, figure: `server ${c.key}: edit -> poa/render of the new text, ${previewRuns} edits`, ...summarize(preview), unit: 'ms', budget: LONG_PREVIEW_BUDGET });
        add({ group: 'server', size: c.key, figure: `server ${c.key}: edit -> poa/render, server main-thread CPU`, ...summarize(previewCpu), unit: 'ms' });
        if (process.env.POA_BENCH_EDITS === '1') log(`${c.key} edit -> poa/render, ms per edit (wall / main-thread CPU): ${preview.map((w, i) => `${w.toFixed(0)}/${previewCpu[i].toFixed(0)}`).join(' ')}`);
        return { server, rssAfterOpen, edit, version: () => version };
    } catch (e) {
        await server.close();
        throw e;
    }
}

const typicalUri = pathToFileURL(join(tmpdir(), 'poa-bench-typical.poa')).href;
if (want('server')) log('language server, typical POA');
if (want('server')) {
    const c = corpora[0];
    const { server, rssAfterOpen, edit, version } = await serverFigures(c, typicalUri, '100 Main Street', 'section16a', '        edgar access\n');
    add({ group: 'memory', figure: 'server RSS after opening the typical POA', value: rssAfterOpen, unit: 'MB' });
    // 10,000 edits as fast as the pipe takes them, then wait until the last version is checked.
    const EDITS = QUICK ? 1000 : 10000;
    log(`language server, ${EDITS} edits`);
    const t = performance.now();
    for (let i = 0; i < EDITS; i++) {
        edit(5000 + i);
        if (i % 500 === 499) await server.request('poa/status', { uri: typicalUri }); // let the server breathe, as a typist would
    }
    const final = await server.request('poa/status', { uri: typicalUri });
    if (final.error || final.result.version !== version()) throw new Error(`after ${EDITS} edits poa/status answered ${final.error?.message ?? final.result.version}`);
    add({ group: 'server', figure: `server: ${EDITS.toLocaleString('en-US')} edits, until the last version is checked`, value: (performance.now() - t) / 1000, unit: 's' });
    global.gc?.();
    await new Promise((r) => setTimeout(r, 1000));
    add({ group: 'memory', figure: `server RSS after ${EDITS.toLocaleString('en-US')} edits`, value: server.rssMb(), unit: 'MB', budget: QUICK ? undefined : MEMORY_AFTER_EDITS_BUDGET });
    await server.close();
}
if (want('server')) log('language server, 5,000-line POA');
if (want('server')) {
    const c = corpora[2];
    const uri = pathToFileURL(join(tmpdir(), 'poa-bench-5000.poa')).href;
    const { server } = await serverFigures(c, uri, 'item 10', 'section16a', '    grant {\n');
    add({ group: 'memory', figure: 'server RSS with the 5,000-line POA open', value: server.rssMb(), unit: 'MB' });
    await server.close();
}

// ---------------------------------------------------------------- workspace of 1,000 files
if (want('workspace')) {
    const FILES = QUICK ? 100 : 1000;
    log(`workspace of ${FILES} files`);
    const dir = mkdtempSync(join(tmpdir(), 'poa-bench-ws-'));
    try {
        const paths = writeWorkspace(dir, FILES);
        const uris = new Set(paths.map((p) => pathToFileURL(p).href));
        // The resident memory of a server with no workspace, to count the workspace's share.
        const empty = new LspProcess(serverPath, { cwd: ROOT });
        await empty.initialize();
        await new Promise((r) => setTimeout(r, 500));
        const rssOfEmptyServer = empty.rssMb();
        await empty.close();
        const server = new LspProcess(serverPath, { cwd: ROOT });
        const seen = new Set();
        let allAt;
        const allDiagnostics = new Promise((resolve) => server.onNotification((n) => {
            if (n.method !== 'textDocument/publishDiagnostics' || !uris.has(n.params.uri)) return;
            seen.add(n.params.uri);
            if (seen.size === uris.size && !allAt) { allAt = n.at; resolve(); }
        }));
        const t = performance.now();
        const root = pathToFileURL(dir).href;
        await server.initialize({ rootUri: root, workspaceFolders: [{ uri: root, name: 'bench' }] });
        const rssEmpty = rssOfEmptyServer;
        const last = pathToFileURL(paths[paths.length - 1]).href;
        let status;
        for (let i = 0; i < 600; i++) { // poa/status answers once the workspace is loaded and the file checked
            status = await server.request('poa/status', { uri: last });
            if (!status.error) break;
            await new Promise((r) => setTimeout(r, 100));
        }
        const statusAt = performance.now();
        await Promise.race([allDiagnostics, new Promise((r) => setTimeout(r, 120000))]);
        add({ group: 'workspace', figure: `workspace of ${FILES} files: initialize -> poa/status of the last file`, value: statusAt - t, unit: 'ms', note: status?.error ? 'no answer' : undefined });
        add({ group: 'workspace', figure: `workspace of ${FILES} files: initialize -> diagnostics for every file`, value: allAt ? allAt - t : NaN, unit: 'ms', budget: WORKSPACE_LOAD_BUDGET, note: allAt ? undefined : `only ${seen.size} files reported` });
        const rssLoaded = server.rssMb();
        add({ group: 'memory', figure: `server RSS after loading ${FILES} files`, value: rssLoaded, unit: 'MB' });
        add({ group: 'memory', figure: 'server memory per workspace file (RSS over an empty server, per file)', value: ((rssLoaded - rssEmpty) * 1024) / FILES, unit: 'KB' });
        // Editing one file of the loaded workspace.
        const text = typicalPoa(FILES - 1);
        server.notify('textDocument/didOpen', { textDocument: { uri: last, languageId: 'poa', version: 1, text } });
        await server.request('poa/status', { uri: last });
        const pos = positionOf(text, '100 Main Street');
        const samples = [];
        for (let i = 0; i < (QUICK ? 5 : 20); i++) {
            const arrived = server.waitForDiagnostics(last, 60000);
            const t0 = performance.now();
            server.notify('textDocument/didChange', { textDocument: { uri: last, version: i + 2 }, contentChanges: [{ range: { start: pos, end: { line: pos.line, character: pos.character + 3 } }, text: String(200 + i) }] });
            const d = await arrived;
            samples.push(d ? d.at - t0 : NaN);
        }
        add({ group: 'workspace', figure: `workspace of ${FILES} files: didChange -> publishDiagnostics (typical file)`, ...summarize(samples), unit: 'ms', budget: WORKSPACE_EDIT_BUDGET });
        await server.close();
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

// ---------------------------------------------------------------- poa batch
if (want('batch')) {
    const ROWS = QUICK ? 50 : 1000;
    const dir = mkdtempSync(join(tmpdir(), 'poa-bench-batch-'));
    try {
        const csv = ['officerName,officerPronoun,officerTitle,executionDate,executionPlace'];
        for (let i = 0; i < ROWS; i++) csv.push(`Officer Number ${i},${i % 2 ? 'she' : 'he'},Director,2024-03-${String(1 + (i % 28)).padStart(2, '0')},`);
        writeFileSync(join(dir, 'rows.csv'), csv.join('\n') + '\n');
        for (const format of ['text', 'pdf']) {
            log(`poa batch, ${ROWS} rows to ${format}`);
            const out = join(dir, `out-${format}`);
            const t = performance.now();
            const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), 'batch', join(ROOT, 'examples', 'templates', 'section16-officer.poa'),
                '--data', join(dir, 'rows.csv'), '--out', out, '--format', format, '--name-from', 'officerName'], { encoding: 'utf8', timeout: 300000 });
            const ms = performance.now() - t;
            let written = 0;
            try { written = readdirSync(out).length; } catch { /* no folder */ }
            const failed = r.status !== 0 || written !== ROWS;
            add({
                group: 'batch', figure: `poa batch, ${ROWS} rows to ${format}`, value: failed ? NaN : ms, unit: 'ms',
                note: failed ? `not measured: exit ${r.status}, ${written} files; ${(r.stderr || '').trim().split('\n')[0]}` : undefined
            });
            if (!failed) add({ group: 'batch', figure: `poa batch to ${format}: per document`, value: ms / ROWS, unit: 'ms' });
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

// ---------------------------------------------------------------- bundle sizes
if (want('bundle')) log('bundle sizes');
if (want('bundle')) for (const b of await bundleSizes()) {
    add({ group: 'bundle', figure: `bundle ${b.file} as built`, value: b.builtKb, unit: 'KB' });
    add({ group: 'bundle', figure: `bundle ${b.file} minified`, value: b.minifiedKb, unit: 'KB' });
}

// ---------------------------------------------------------------- report
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`\nPOA Studio benchmark (${cpus().length} cores, Node ${process.version}${QUICK ? ', QUICK run' : ''}); corpora: ` +
    corpora.map((c) => `${c.key} ${c.lines} lines (${c.diagnostics} diagnostics, ${c.parseErrors} syntax errors)`).join('; ') + '\n' +
    'Budgets from PRODUCT.md, judged on the p95: under 50 ms for a typical POA, under 250 ms on 1,000 and 5,000 lines.\n' +
    'Issue 16 budgets: poa render under 150 ms (median, whole process) and 0.5 ms per document in a loop (median); 5,000 lines\n' +
    'edit to diagnostics under 100 ms and to preview under 120 ms (p95); 1,000 files all checked in 3 s, an edit among them\n' +
    'under 20 ms (p95); server RSS after 10,000 edits under 150 MB. `npm run bench:peers` gives the ratio to cicero draft.\n\n');
printTable(rows);
const missed = rows.filter((r) => status(r).startsWith('MISSED'));
const load = (await import('node:os')).loadavg();
process.stdout.write(`\nLoad average during the run (1, 5, 15 min): ${load.map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores: figures on a shared machine run slower than on an idle one.\n`);
process.stdout.write(`\n${rows.filter((r) => r.budget !== undefined).length - missed.length} budgets met, ${missed.length} missed; run took ${seconds.toFixed(0)} s.\n`);
if (!ONLY) writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify({
    date: new Date().toISOString(), node: process.version, cores: cpus().length, quick: QUICK, seconds, loadAverage: (await import('node:os')).loadavg(),
    corpora: corpora.map((c) => ({ key: c.key, lines: c.lines, diagnostics: c.diagnostics, parseErrors: c.parseErrors, runs: c.runs })),
    figures: rows.map((r) => ({ ...r, verdict: status(r) || undefined }))
}, null, 2) + '\n');
log(ONLY ? `a partial run (${ONLY.join(', ')}): bench/results.json left as it was` : 'wrote bench/results.json');
process.exitCode = 0;
