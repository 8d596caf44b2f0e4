/** The bundled server started over Node IPC (`--node-ipc`), as VS Code's LanguageClient may start it. */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ExitNotification, InitializeRequest, InitializedNotification, ShutdownRequest } from 'vscode-languageserver-protocol';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { beforeAll, expect, test } from 'vitest';
import { StatusRequest } from '../../server/protocol.js';
import { buildBundle, ROOT } from './server-process.js';

beforeAll(() => buildBundle(), 120_000);

test('over Node IPC: initialize, an error for an unknown document, shutdown and exit 0', async () => {
    const child = fork(join(ROOT, 'dist', 'server.js'), ['--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
        const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        expect(init.capabilities.hoverProvider).toBeTruthy();
        await connection.sendNotification(InitializedNotification.type, {});
        await expect(connection.sendRequest(StatusRequest, { uri: 'file:///nowhere.poa' })).rejects.toThrow('No POA document is open or in the workspace at file:///nowhere.poa.');
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).toBe(0);
    } finally {
        connection.dispose();
        if (child.exitCode === null) child.kill();
    }
}, 30_000);
