// Smoke test of the packaged language server: unpacks the .vsix into a scratch
// folder with no node_modules above it, starts extension/dist/server.js over
// stdio and asks it for diagnostics, `poa/render` and `poa/export` in every
// format. Proves the .vsix runs without node_modules (pdfkit's font metrics
// and the Unicode font travel with it).
//
//   node test/e2e/packaged-server.mjs poa-studio-0.1.0.vsix
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import * as rpc from 'vscode-jsonrpc/node.js';

export async function checkPackagedServer(vsix, example) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-vsix-'));
    const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
    for (const [name, entry] of Object.entries(zip.files)) {
        if (entry.dir) continue;
        const file = path.join(scratch, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, await entry.async('nodebuffer'));
    }
    assert.ok(!fs.existsSync(path.join(scratch, 'extension', 'node_modules')), 'the .vsix must not ship node_modules');
    const child = spawn(process.execPath, [path.join(scratch, 'extension', 'dist', 'server.js'), '--stdio'], { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => { /* the server has exited */ });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    const diagnostics = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (p) => diagnostics.set(p.uri, p.diagnostics));
    connection.onRequest(() => null); // workspace/configuration, client/registerCapability, ...
    connection.listen();
    try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        connection.sendNotification('initialized', {});
        const uri = pathToFileURL(path.join(scratch, 'example.poa')).href;
        const text = fs.readFileSync(example, 'utf8').replace(/^\s*signature\b.*$/m, '');
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'poa', version: 1, text } });
        const render = await connection.sendRequest('poa/render', { uri });
        assert.ok(render.document.blocks.length > 3, 'the packaged server renders the instrument');
        assert.equal(render.summary.ready, false, 'without its signature the instrument is not ready');
        for (let i = 0; i < 100 && !diagnostics.has(uri); i++) await new Promise((r) => setTimeout(r, 50));
        const codes = (diagnostics.get(uri) ?? []).map((d) => d.code);
        assert.ok(codes.includes('poa/missing-signature'), `expected poa/missing-signature, got ${codes.join(', ')}`);
        const sizes = {};
        for (const format of ['docx', 'pdf', 'html', 'markdown']) {
            const result = await connection.sendRequest('poa/export', { uri, format });
            const bytes = Buffer.from(result.data, 'base64');
            sizes[format] = bytes.length;
            if (format === 'pdf') assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
            if (format === 'docx') assert.equal(bytes.subarray(0, 2).toString(), 'PK');
            if (format === 'html') assert.match(bytes.toString(), /Alan J\. Kreczko/);
            if (format === 'markdown') assert.match(bytes.toString(), /Ricardo A\. Anzaldua/);
        }
        await connection.sendRequest('shutdown');
        const exited = new Promise((r) => child.once('exit', r));
        connection.sendNotification('exit');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        return { sizes, codes };
    } catch (err) {
        throw new Error(`${err.message}\nserver stderr:\n${stderr}`);
    } finally {
        connection.dispose();
        if (child.exitCode === null) child.kill();
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const vsix = process.argv[2];
    const result = await checkPackagedServer(vsix, path.resolve('examples/hartford-2007-section16.poa'));
    console.log('packaged server ok:', JSON.stringify(result));
}
