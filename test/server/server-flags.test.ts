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
import { SERVER_NODE_FLAGS } from '../../server/protocol.js';
// @ts-expect-error the benchmark's client is plain JavaScript, without types
import { SERVER_NODE_FLAGS as BENCH_FLAGS } from '../../bench/lsp-client.mjs';

describe('the Node flags of the server process', () => {
    it('are the ones the benchmark and the extension start it with', () => {
        expect(BENCH_FLAGS).toEqual([...SERVER_NODE_FLAGS]);
        const client = readFileSync(join(__dirname, '..', '..', 'client', 'language-client.ts'), 'utf8');
        expect(client.match(/execArgv: \[\.\.\.SERVER_NODE_FLAGS/g)).toHaveLength(2); // run and debug
    });

    it('are the ones bin/poa-language-server.sh (the installed command on Linux and macOS) passes, through a symlink too', () => {
        if (process.platform === 'win32') return;
        // A stand-in `node` first on the PATH prints the arguments it was started with.
        const dir = mkdtempSync(join(tmpdir(), 'poa-server-flags-'));
        try {
            writeFileSync(join(dir, 'node'), '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n', { mode: 0o755 });
            const bin = join(__dirname, '..', '..', 'bin');
            symlinkSync(join(bin, 'poa-language-server.sh'), join(dir, 'poa-language-server'));
            const r = spawnSync(join(dir, 'poa-language-server'), ['--stdio'], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
            expect(r.stderr).toBe('');
            expect(r.stdout.trim().split('\n')).toEqual([...SERVER_NODE_FLAGS, join(bin, 'poa-language-server.js'), '--stdio']);
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
