/**
 * The start-up scan of a workspace, through the bundled server: it skips
 * hidden folders and node_modules, stops at its cap on files and says so
 * (window/showMessage and the log), checks the files it found in the
 * background with $/progress, and a file beyond the cap is still checked
 * when the user opens it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification,
    ShowMessageNotification, ShutdownRequest, WorkDoneProgress, WorkDoneProgressCreateRequest, type WorkDoneProgressBegin,
    type WorkDoneProgressEnd, type WorkDoneProgressReport
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StatusRequest } from '../../server/protocol.js';
import { buildBundle, startServer, type ServerProcess } from './server-process.js';

const CAP = 5;
const instrument = (n: number) => `poa Grant${n} {
    kind general
    jurisdiction NY
    principal p "Principal Number ${n}" {
        pronoun she
    }
}
`;

let dir: string;
let server: ServerProcess;
const visible: string[] = [];
const skipped: string[] = [];
const messages: string[] = [];
const logs: string[] = [];
const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
let progressEnded: () => void;
const ended = new Promise<void>((resolve) => (progressEnded = resolve));

beforeAll(() => {
    buildBundle();
    dir = mkdtempSync(join(tmpdir(), 'poa-scan-'));
    // 12 instruments where the scan looks (8 at the root, 4 in a subfolder) and 3 where it must not.
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `grant-${String(i).padStart(2, '0')}.poa`), instrument(i));
    mkdirSync(join(dir, 'clients'));
    for (let i = 8; i < 12; i++) writeFileSync(join(dir, 'clients', `grant-${i}.poa`), instrument(i));
    for (const folder of ['node_modules', '.git', '.archive']) {
        mkdirSync(join(dir, folder));
        writeFileSync(join(dir, folder, 'hidden.poa'), instrument(99));
        skipped.push(pathToFileURL(join(dir, folder, 'hidden.poa')).toString());
    }
    for (let i = 0; i < 8; i++) visible.push(pathToFileURL(join(dir, `grant-${String(i).padStart(2, '0')}.poa`)).toString());
    for (let i = 8; i < 12; i++) visible.push(pathToFileURL(join(dir, 'clients', `grant-${i}.poa`)).toString());
    server = startServer();
    server.connection.onNotification(ShowMessageNotification.type, (m) => messages.push(m.message));
    server.connection.onNotification(LogMessageNotification.type, (m) => logs.push(m.message));
    // The server asks for a progress token, then reports on it.
    server.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
        server.connection.onProgress(WorkDoneProgress.type, token, (value) => {
            progress.push(value);
            if (value.kind === 'end') progressEnded();
        });
        return null;
    });
}, 180_000);

afterAll(() => {
    server?.connection.dispose();
    if (server?.process.exitCode === null) server.process.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the workspace scan', () => {
    test(`stops at its cap of ${CAP} files, says so, and checks those files in the background with progress`, async () => {
        const folder = pathToFileURL(dir).toString();
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'grants' }],
            capabilities: { window: { workDoneProgress: true } },
            initializationOptions: { workspaceScan: { maxFiles: CAP } }
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        await ended;
        // The files nearest the root come first: the first five of the root folder, in name order.
        const checked = visible.slice(0, CAP);
        await Promise.all(checked.map((uri) => server.diagnostics(uri)));
        const published = server.published();
        for (const uri of checked) expect(published.has(uri)).toBe(true);
        for (const uri of [...visible.slice(CAP), ...skipped]) expect(published.has(uri)).toBe(false);

        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/^POA: only 5 files of this workspace are checked in the background, because it holds more than 5 \.poa files\. Other files are checked when you open them\.$/);
        expect(logs.some((l) => l.includes(messages[0]))).toBe(true);

        expect(progress[0]).toMatchObject({ kind: 'begin', title: 'Checking POA files' });
        expect(progress.at(-2)).toMatchObject({ kind: 'report', percentage: 100, message: '5 of 5 files' });
        expect(progress.at(-1)).toMatchObject({ kind: 'end' });
    }, 60_000);

    test('a file beyond the cap is checked when it is opened, and only then', async () => {
        const beyond = visible[CAP + 2];
        await expect(server.connection.sendRequest(StatusRequest, { uri: beyond })).rejects.toThrow(/No POA document is open or in the workspace/);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: beyond, languageId: 'poa', version: 1, text: instrument(CAP + 2) }
        });
        const status = await server.connection.sendRequest(StatusRequest, { uri: beyond });
        expect(status.version).toBe(1);
        expect(server.published().has(beyond)).toBe(true);
    }, 30_000);

    test('shutdown and exit cleanly', async () => {
        await server.connection.sendRequest(ShutdownRequest.type);
        await server.connection.sendNotification(ExitNotification.type);
        expect(await server.exited).toBe(0);
    });
});
