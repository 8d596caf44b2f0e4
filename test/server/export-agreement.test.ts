/**
 * An export from the editor (`poa/export`, through the bundled server over
 * stdio) and `poa render` of the same file in the same format give the same
 * words: both go through the core's `writeDocument`, and neither shows the
 * preview's gap markers ("[TERM OF THIS POWER]") unless asked.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type ProtocolConnection } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CliIo } from '../../cli/cli-io.js';
import { main } from '../../cli/main.js';
import { ExportRequest, type ExportFormat, type ExportResult } from '../../server/protocol.js';
import { docxText, pdfPages, readDocx } from '../writers/read-back.js';
import { buildBundle, ROOT, startServer, type ServerProcess } from './server-process.js';

// A complete instrument, and a draft missing clauses (the preview marks where they belong).
const FILES = ['examples/hartford-2007-section16.poa', 'test/fixtures/diagnostics/missing-term.poa'];
const CLI_FORMAT: Record<ExportFormat, string> = { markdown: 'md', html: 'html', docx: 'docx', pdf: 'pdf' };

let server: ServerProcess;
let connection: ProtocolConnection;

beforeAll(async () => {
    buildBundle();
    server = startServer();
    connection = server.connection;
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    for (const file of FILES) {
        const uri = pathToFileURL(join(ROOT, file)).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text: readFileSync(join(ROOT, file), 'utf8') } });
        await server.diagnostics(uri);
    }
}, 120_000);

afterAll(() => {
    connection?.dispose();
    if (server && server.process.exitCode === null) server.process.kill();
});

async function cliRender(file: string, format: ExportFormat): Promise<Uint8Array> {
    const dir = mkdtempSync(join(tmpdir(), 'poa-export-'));
    const out = join(dir, `out.${CLI_FORMAT[format]}`);
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (t) => { stderr += t; }, isTty: false, cwd: ROOT };
    const code = await main(['render', file, '--format', CLI_FORMAT[format], '-o', out], io);
    expect(code, stderr).toBe(0);
    return readFileSync(out);
}

async function serverExport(file: string, format: ExportFormat, options?: { gaps?: boolean }): Promise<Uint8Array> {
    const uri = pathToFileURL(join(ROOT, file)).toString();
    const result: ExportResult = await connection.sendRequest(ExportRequest, { uri, format, options });
    return Buffer.from(result.data, 'base64');
}

async function words(format: ExportFormat, bytes: Uint8Array): Promise<string> {
    if (format === 'pdf') return (await pdfPages(bytes)).join('\n').replace(/\s+/g, ' ');
    if (format === 'docx') return docxText(await readDocx(bytes)).replace(/\s+/g, ' ');
    return Buffer.from(bytes).toString('utf8');
}

describe('an export from the editor and `poa render` agree', () => {
    for (const file of FILES) {
        for (const format of ['markdown', 'html', 'docx', 'pdf'] as const) {
            test(`${file} as ${format}`, async () => {
                const fromServer = await words(format, await serverExport(file, format));
                const fromCli = await words(format, await cliRender(file, format));
                expect(fromServer).toBe(fromCli);
                expect(fromServer).not.toContain('OF THIS POWER]');
            }, 60_000);
        }
    }

    test('the gap markers appear in an export only when asked for', async () => {
        const file = FILES[1];
        const asked = await words('markdown', await serverExport(file, 'markdown', { gaps: true }));
        expect(asked).toContain('TERM OF THIS POWER');
        expect(await words('markdown', await serverExport(file, 'markdown'))).not.toContain('TERM OF THIS POWER');
    });
});
