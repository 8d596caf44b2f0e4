/**
 * `poa/import` over stdio against the bundled server: the .poa text and the
 * report for a document the editor sends as bytes; a clear error, not a
 * crash, for one that cannot be imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InitializeRequest, InitializedNotification, type ProtocolConnection } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ImportRequest } from '../../server/protocol.js';
import { renderSource } from '../helpers.js';
import { buildBundle, ROOT, startServer, type ServerProcess } from './server-process.js';

let server: ServerProcess;
let connection: ProtocolConnection;

beforeAll(async () => {
    buildBundle();
    server = startServer();
    connection = server.connection;
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
}, 120_000);

afterAll(() => {
    connection?.dispose();
    if (server && server.process.exitCode === null) server.process.kill();
});

describe('poa/import', () => {
    test('returns the .poa text and the report', async () => {
        const text = await renderSource(readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8'));
        const result = await connection.sendRequest(ImportRequest, { fileName: 'kreczko.txt', data: Buffer.from(text).toString('base64') });
        expect(result.poa).toContain('poa Kreczko {');
        expect(result.poa).toContain('principal kreczko "Alan J. Kreczko"');
        expect(result.report).toMatchObject({ source: 'kreczko.txt', format: 'text', keptAsWritten: [] });
        expect(result.report.clauses).toContainEqual(expect.objectContaining({ clause: 'grant', style: 'nominate-constitute-appoint' }));
    });

    test('answers a document it cannot read with the reason, and keeps serving', async () => {
        const encrypted = Buffer.alloc(1024);
        encrypted.set([0xd0, 0xcf, 0x11, 0xe0]);
        await expect(connection.sendRequest(ImportRequest, { fileName: 'secret.docx', data: encrypted.toString('base64') }))
            .rejects.toThrow(/secret\.docx is an encrypted \(password-protected\) Word file/);
        await expect(connection.sendRequest(ImportRequest, { fileName: 'x.txt', data: 'aGVsbG8=', kind: 'durable' as never }))
            .rejects.toThrow(/"durable" is not a kind of power of attorney/);
        const ok = await connection.sendRequest(ImportRequest, { fileName: 'short.txt', data: Buffer.from('POWER OF ATTORNEY\n\nThe undersigned appoints Ann Lee.').toString('base64') });
        expect(ok.poa).toContain('worded "The undersigned appoints Ann Lee."');
        expect(server.stderr()).not.toMatch(/\n\s+at /);
    });
});
