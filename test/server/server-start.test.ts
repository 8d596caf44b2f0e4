/**
 * The server's start (`dist/server.js`, built from bin/server-start.js) loads the server
 * (`dist/server-main.js`) with V8's compiled code cached in the user's cache folder: the first
 * session writes the cache when the server exits, the next starts use it as it is (V8 accepts
 * it, so it is not written again), and a cache that is garbage or turned off changes nothing
 * but speed; entries nothing has used for a month are removed when one is written, and `--help`
 * neither reads nor writes the cache. Started with the Node flags the VS Code extension gives it
 * (SERVER_NODE_FLAGS), over stdio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../server/protocol.js';
import { REFERENCE_EXAMPLE } from './lsp-services.js';
import { buildBundle, ROOT, startServer, stopServer } from './server-process.js';

const dirs: string[] = [];
const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'poa-server-start-'));
    dirs.push(d);
    return d;
};
const uri = pathToFileURL(REFERENCE_EXAMPLE).toString();
/** The Hartford instrument without its accepted recommendation, so the checks have something to say. */
const text = readFileSync(REFERENCE_EXAMPLE, 'utf8').replace(/^\/\/ poa-allow .*\n/m, '');

/** One editor session: initialize, open the Hartford instrument, wait for its diagnostics, shut down. */
async function session(env: Record<string, string>) {
    const server = startServer({ command: process.execPath, args: [...SERVER_NODE_FLAGS, join(ROOT, 'dist', 'server.js'), '--stdio'] }, { POA_NO_COMPILE_CACHE: '', ...env });
    try {
        const init = await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await server.connection.sendNotification(InitializedNotification.type, {});
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text } });
        const published = await server.diagnostics(uri);
        return { init, codes: published.diagnostics.map((d) => d.code).sort(), stderr: server.stderr() };
    } finally {
        await stopServer(server);
    }
}

const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

beforeAll(() => buildBundle(), 180_000);
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('the language server with its compiled code cached', () => {
    it('writes the cache after its first session and starts from it unchanged after that', async () => {
        const cache = temp();
        const plain = await session({ POA_NO_COMPILE_CACHE: '1', POA_CACHE_DIR: cache });
        expect(readdirSync(cache)).toEqual([]);
        expect(plain.init.capabilities.hoverProvider).toBeTruthy();

        const first = await session({ POA_CACHE_DIR: cache });
        const written = entries(cache);
        expect(written).toHaveLength(1);
        expect(written[0]).toMatch(/^server-main-server-/);
        const before = statSync(join(cache, written[0])).mtimeMs;

        // Accepted by V8: a refused cache (other flags, another build) would be written again at exit.
        const second = await session({ POA_CACHE_DIR: cache });
        expect(entries(cache)).toEqual(written);
        expect(statSync(join(cache, written[0])).mtimeMs).toBe(before);

        for (const run of [first, second]) {
            expect(run.init).toEqual(plain.init);
            expect(run.codes).toEqual(plain.codes);
            expect(run.stderr).not.toMatch(/Error|at .*\.js:\d+/);
        }
        expect(plain.codes).toContain('poa/missing-no-assumption');
    }, 120_000);

    it('removes entries unused for a month when it writes one, and keeps the others', async () => {
        const cache = temp();
        const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
        for (const name of ['cli-render-0-old.v8cache', 'server-main-server-1-old.v8cache.123.tmp']) {
            writeFileSync(join(cache, name), 'an entry of an install since removed');
            utimesSync(join(cache, name), old, old);
        }
        writeFileSync(join(cache, 'cli-render-2-recent.v8cache'), 'an entry of another install, in use');
        writeFileSync(join(cache, 'notes.txt'), 'not the cache\'s own');
        utimesSync(join(cache, 'notes.txt'), old, old);
        await session({ POA_CACHE_DIR: cache });
        const left = readdirSync(cache).sort();
        expect(left.filter((f) => f.startsWith('server-main-server-') && f.endsWith('.v8cache'))).toHaveLength(1);
        expect(left.filter((f) => !f.startsWith('server-main-server-'))).toEqual(['cli-render-2-recent.v8cache', 'notes.txt']);
    }, 120_000);

    it('neither reads nor writes the cache when it only prints its usage', () => {
        const cache = temp();
        for (const args of [['--help'], []]) {
            const r = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, 'dist', 'server.js'), ...args], { encoding: 'utf8', env: { ...process.env, POA_NO_COMPILE_CACHE: '', POA_CACHE_DIR: cache } });
            expect(r.stdout + r.stderr).toContain('usage: poa-language-server');
        }
        expect(readdirSync(cache)).toEqual([]);
    });

    it('starts as usual from a cache that holds garbage, and replaces it', async () => {
        const cache = temp();
        await session({ POA_CACHE_DIR: cache });
        for (const f of entries(cache)) writeFileSync(join(cache, f), 'garbage, not V8 code cache');
        const again = await session({ POA_CACHE_DIR: cache });
        expect(again.init.capabilities.hoverProvider).toBeTruthy();
        expect(entries(cache)).toHaveLength(1);
        for (const f of entries(cache)) expect(readFileSync(join(cache, f), 'utf8')).not.toBe('garbage, not V8 code cache');
    }, 120_000);

    it('starts as usual when the cache folder cannot be made', async () => {
        const notAFolder = join(temp(), 'file');
        writeFileSync(notAFolder, 'not a folder');
        const run = await session({ POA_CACHE_DIR: join(notAFolder, 'cache') });
        expect(run.init.capabilities.hoverProvider).toBeTruthy();
        expect(run.codes).toContain('poa/missing-no-assumption');
    }, 120_000);
});
