/**
 * The bundled language server on hostile documents: a 10 MB file gets one
 * plain diagnostic and every request on it is answered at once; a one-megabyte
 * line, binary bytes and thousands of repeated clauses are checked without a
 * crash; and after all of that the server still answers for an ordinary
 * instrument. No timings are asserted (speed belongs to `npm run bench`); a
 * hung server fails by the test timeout.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    CompletionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest,
    InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RenderRequest, StatusRequest } from '../../server/protocol.js';
import { hostileMarkupPoa, MARKUP_NAME, MB } from './hostile-files.js';

const ROOT = join(__dirname, '..', '..');
let server: ChildProcessWithoutNullStreams;
let connection: ProtocolConnection;
let exitCode: number | null | undefined;
const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();

beforeAll(async () => {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
    server = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { cwd: ROOT });
    server.on('exit', (code) => { exitCode = code; });
    server.stderr.resume();
    connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(p.uri)?.(p));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
}, 60_000);

afterAll(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
});

/** Opens a document and resolves with its first diagnostics. */
function open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const arrived = new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(uri, resolve));
    void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text } });
    return arrived;
}

describe('the language server on hostile documents', () => {
    test('a 10 MB document: one diagnostic saying it is too large; hover, completion, formatting, outline and preview all answer', async () => {
        const uri = 'file:///hostile/ten-megabytes.poa';
        const text = 'poa X { ratification }\n'.repeat(Math.ceil((10 * MB) / 23));
        const { diagnostics } = await open(uri, text);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].code).toBe('poa/file-too-large');
        expect(diagnostics[0].message).toMatch(/^This file is 10\.0 MB, more than the 2\.0 MB the POA checker reads, so it was not checked or previewed\./);
        const textDocument = { uri };
        expect(await connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 9 } })).toBeNull();
        expect(await connection.sendRequest(CompletionRequest.type, { textDocument, position: { line: 100, character: 8 } })).toEqual({ isIncomplete: false, items: [] });
        expect(await connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 4, insertSpaces: true } })).toEqual([]);
        expect(await connection.sendRequest(DocumentSymbolRequest.type, { textDocument })).toBeTruthy();
        const status = await connection.sendRequest(StatusRequest, { uri });
        expect(status).toMatchObject({ errors: 1, ready: false });
    }, 120_000);

    test('a document of one 1 MB line, one of binary bytes and one of 5,000 repeated clauses are all checked', async () => {
        const line = await open('file:///hostile/one-line.poa', 'q'.repeat(MB));
        expect(line.diagnostics.some((d) => d.severity === 1)).toBe(true);
        for (const d of line.diagnostics) expect(d.message.length).toBeLessThan(2000);

        const bytes = Buffer.alloc(64 * 1024);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
        const binary = await open('file:///hostile/binary.poa', bytes.toString('latin1'));
        expect(binary.diagnostics.length).toBeGreaterThan(0);

        const repeated = await open('file:///hostile/repeated.poa', `poa X {\n    kind section16\n${'    ratification\n'.repeat(5000)}}\n`);
        expect(repeated.diagnostics.filter((d) => d.code === 'poa/repeated-clause')).toHaveLength(4999);
        const render = await connection.sendRequest(RenderRequest, { uri: 'file:///hostile/repeated.poa' });
        expect(render.summary.ready).toBe(false);
    }, 120_000);

    test('names full of markup come back from poa/render as the same characters, for the preview to show as text', async () => {
        const uri = 'file:///hostile/markup.poa';
        await open(uri, hostileMarkupPoa());
        const result = await connection.sendRequest(RenderRequest, { uri });
        const runs = result.document.blocks.flatMap((b) => [...b.runs, ...(b.lines ?? []).flatMap((l) => l.runs)]).map((r) => r.text).join('');
        expect(runs).toContain(MARKUP_NAME);
    }, 60_000);

    test('after all that, an ordinary instrument is still checked and previewed, and the server has not exited', async () => {
        const uri = 'file:///hostile/hartford.poa';
        const { diagnostics } = await open(uri, readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8'));
        expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const result = await connection.sendRequest(RenderRequest, { uri });
        expect(result.document.title).toBe('POWER OF ATTORNEY');
        expect(exitCode).toBeUndefined();
    }, 60_000);
});
