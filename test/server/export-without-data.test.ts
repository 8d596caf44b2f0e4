/**
 * The server (`dist/server.js` and `dist/server-main.js`) copied alone,
 * without the `data/` folder the build puts beside it: PDF export says what
 * is missing and how to fix it (no internal error), the other formats still
 * export; the whole dist/ exports a PDF.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportRequest } from '../../server/protocol.js';
import { REFERENCE_EXAMPLE } from './lsp-services.js';
import { buildBundle, ROOT, startServer, type ServerProcess } from './server-process.js';

const uri = pathToFileURL(REFERENCE_EXAMPLE).toString();
let scratch: string;
const servers: ServerProcess[] = [];

async function openedIn(bundle: string): Promise<ServerProcess> {
    const server = startServer(bundle);
    servers.push(server);
    await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await server.connection.sendNotification(InitializedNotification.type, {});
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text: readFileSync(REFERENCE_EXAMPLE, 'utf8') } });
    await server.diagnostics(uri);
    return server;
}

beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'poa-lone-server-'));
    // The server is two files, its start (server.js) and itself (server-main.js, loaded by the start).
    buildBundle(() => { for (const f of ['server.js', 'server-main.js']) copyFileSync(join(ROOT, 'dist', f), join(scratch, f)); });
}, 120_000);

afterAll(() => {
    for (const s of servers) {
        s.connection.dispose();
        if (s.process.exitCode === null) s.process.kill();
    }
    rmSync(scratch, { recursive: true, force: true });
});

describe('PDF export from a server copied without its data folder', () => {
    test('says which file is missing and how to install the server, instead of an internal error; HTML still exports', async () => {
        const server = await openedIn(join(scratch, 'server.js'));
        const failure = server.connection.sendRequest(ExportRequest, { uri, format: 'pdf' });
        await expect(failure).rejects.toThrow(/PDF export needs the font metrics .*\/data\/[\w-]+\.afm is missing: install the server with its data\/ folder/);
        await expect(failure).rejects.not.toThrow(/internal error/);
        const html = await server.connection.sendRequest(ExportRequest, { uri, format: 'html' });
        expect(Buffer.from(html.data, 'base64').toString('utf8')).toContain('Alan J. Kreczko');
        expect(server.process.exitCode).toBeNull();
    });

    test('the whole dist/ writes the PDF', async () => {
        const server = await openedIn(join(ROOT, 'dist', 'server.js'));
        const pdf = await server.connection.sendRequest(ExportRequest, { uri, format: 'pdf' });
        expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
});
