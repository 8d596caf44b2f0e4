/**
 * The Node flags the server is started with (`SERVER_NODE_FLAGS`, server/protocol.ts): the benchmark starts
 * it with the same ones as the extension, and this Node takes them (a flag V8 renamed or dropped makes Node
 * refuse to start, which would stop the server).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../server/protocol.js';
// @ts-expect-error the benchmark's client is plain JavaScript, without types
import { SERVER_ENVIRONMENT as BENCH_ENVIRONMENT, SERVER_NODE_FLAGS as BENCH_FLAGS } from '../../bench/lsp-client.mjs';

describe('the Node flags of the server process', () => {
    it('are the ones the benchmark and the extension start it with', () => {
        expect(BENCH_FLAGS).toEqual([...SERVER_NODE_FLAGS]);
        const client = readFileSync(join(__dirname, '..', '..', 'client', 'language-client.ts'), 'utf8');
        expect(client.match(/execArgv: \[\.\.\.SERVER_NODE_FLAGS/g)).toHaveLength(2); // run and debug
    });

    it('come with an environment without extra CA certificates, the same for the benchmark and the extension', () => {
        expect(BENCH_ENVIRONMENT).toEqual(SERVER_ENVIRONMENT);
        expect(SERVER_ENVIRONMENT).toEqual({ NODE_EXTRA_CA_CERTS: '' });
        const client = readFileSync(join(__dirname, '..', '..', 'client', 'language-client.ts'), 'utf8');
        expect(client.match(/env: \{ \.\.\.SERVER_ENVIRONMENT \}/g)).toHaveLength(2); // run and debug
        // Node takes the empty variable as unset: no warning about a missing file.
        const run = (value: string) => spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: value } });
        expect(run('/no/such/certificates.pem').stderr).toContain('extra certs');
        expect(run(SERVER_ENVIRONMENT.NODE_EXTRA_CA_CERTS).stderr).toBe('');
    });

    it('are the ones bin/poa-language-server.sh (the installed command on Linux and macOS) passes, through a symlink too, without extra CA certificates', () => {
        if (process.platform === 'win32') return;
        // A stand-in `node` first on the PATH prints the arguments it was started with.
        const dir = mkdtempSync(join(tmpdir(), 'poa-server-flags-'));
        try {
            writeFileSync(join(dir, 'node'), '#!/bin/sh\necho "certificates: ${NODE_EXTRA_CA_CERTS-unset}"\nfor a in "$@"; do echo "$a"; done\n', { mode: 0o755 });
            const bin = join(__dirname, '..', '..', 'bin');
            symlinkSync(join(bin, 'poa-language-server.sh'), join(dir, 'poa-language-server'));
            const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, NODE_EXTRA_CA_CERTS: '/etc/proxy-certificates.pem' };
            const r = spawnSync(join(dir, 'poa-language-server'), ['--stdio'], { encoding: 'utf8', env });
            expect(r.stderr).toBe('');
            expect(r.stdout.trim().split('\n')).toEqual(['certificates: unset', ...SERVER_NODE_FLAGS, join(bin, 'poa-language-server.js'), '--stdio']);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('are taken by this Node, and cap the young generation', () => {
        const script = "const v8 = require('node:v8'); let a = []; for (let i = 0; i < 2e6; i++) { a.push({ i }); if (a.length > 1e5) a = []; }" +
            " console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)";
        const run = (flags: readonly string[]) => spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
        const flagged = run(SERVER_NODE_FLAGS);
        expect(flagged.stderr).toBe('');
        expect(flagged.status).toBe(0);
        expect(Number(flagged.stdout)).toBeLessThanOrEqual(16 * 1024 * 1024); // two semi-spaces of 8 MB at most
    });
});
