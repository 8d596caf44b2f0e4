/**
 * The bundled server with a workspace folder of several POAs: files are
 * checked without being opened, `poa/render` works for them, and the
 * cross-file check (two powers in force for the same principal and issuer)
 * is published and withdrawn as the files change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
    ShutdownRequest, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RenderRequest } from '../../server/protocol.js';
import { buildBundle, startServer, type ServerProcess } from './server-process.js';

const poa = (name: string, date: string, extra = '') => `poa ${name} {
    kind section16
    jurisdiction federal
    principal smith "Jane Q. Smith" {
        pronoun she
    }
    agents severally {
        agent doe "John Doe"
    }
    issuer acme "ACME CORP." {
        organized in "Delaware" as corporation
        defined as "Company"
    }
    grant {
        comply with act1934, act1933, sec
        file form3, form4, form5 under section16a including amendments
    }
${extra}    term {
        ends when no longer subject to section16 for acme
    }
    revocation by signed-writing delivered to agents
    executed ${date} {
        signature "/s/ Jane Q. Smith"
    }
}
`;

let dir: string;
let server: ServerProcess;
let uriA: string;
let uriB: string;
const overlapping = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'poa/overlapping-powers');

beforeAll(() => {
    buildBundle();
    dir = mkdtempSync(join(tmpdir(), 'poa-ws-'));
    writeFileSync(join(dir, 'smith-2023.poa'), poa('Smith2023', '2023-01-10'));
    writeFileSync(join(dir, 'smith-2024.poa'), poa('Smith2024', '2024-02-20'));
    uriA = pathToFileURL(join(dir, 'smith-2023.poa')).toString();
    uriB = pathToFileURL(join(dir, 'smith-2024.poa')).toString();
    server = startServer();
}, 60_000);

afterAll(() => {
    server?.connection.dispose();
    if (server?.process.exitCode === null) server.process.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a workspace of several POAs', () => {
    test('files in the workspace are checked without being opened, across files too', async () => {
        const folder = pathToFileURL(dir).toString();
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'poas' }], capabilities: {}
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        // Asked while the workspace is still loading: the answer waits for the load instead of "no such document".
        const early = server.connection.sendRequest(RenderRequest, { uri: uriA });
        const [a, b] = await Promise.all([server.diagnostics(uriA, overlapping), server.diagnostics(uriB, overlapping)]);
        const warning = b.diagnostics.find((d) => d.code === 'poa/overlapping-powers')!;
        expect(warning.severity).toBe(2);
        expect(warning.message).toMatch(/^This power of attorney and the one in smith-2023\.poa .* are both in force for Jane Q\. Smith and ACME CORP\./);
        expect(warning.relatedInformation?.[0].location.uri).toBe(uriA);
        expect(a.diagnostics.some((d) => d.code === 'poa/overlapping-powers')).toBe(true);
        expect((await early).document.blocks.length).toBeGreaterThan(1);
    }, 30_000);

    test('poa/render answers for a workspace file that is not open', async () => {
        const result = await server.connection.sendRequest(RenderRequest, { uri: uriA });
        expect(result.document.blocks.map((bl) => bl.runs.map((r) => r.text).join('')).join('\n')).toContain('appoint John Doe, her true and lawful attorney-in-fact');
    });

    test('when the later POA revokes earlier ones, the warning is withdrawn from both files', async () => {
        const text = poa('Smith2024', '2024-02-20');
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriB, languageId: 'poa', version: 1, text } });
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uriB, version: 2 },
            contentChanges: [{ text: poa('Smith2024', '2024-02-20', '    supersedes all prior authorizations for acme securities revoking them\n') }]
        });
        const [a, b] = await Promise.all([server.diagnostics(uriA, (p) => !overlapping(p)), server.diagnostics(uriB, (p) => p.version === 2 && !overlapping(p))]);
        expect(a.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        expect(b.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    }, 30_000);

    test('shutdown and exit cleanly', async () => {
        await server.connection.sendRequest(ShutdownRequest.type);
        await server.connection.sendNotification(ExitNotification.type);
        expect(await server.exited).toBe(0);
    });
});
