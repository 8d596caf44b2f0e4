/**
 * bin/poa.sh, the `poa` of Linux and macOS installs: it starts from the CLI's startup
 * snapshot when one was built for this build, install and Node binary, and otherwise runs
 * bin/poa.js (which builds the snapshot in the background). Either way the user sees the
 * same thing: the same output, exit codes, arguments (spaces, options Node also knows) and
 * a quiet end when stdout is closed early. Which way it went is read from `sh -x`'s trace
 * of the launcher's last `exec`. Also bin/install-launcher.js, which puts the launcher in
 * place of bin/poa on install.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, ROOT } from '../server/server-process.js';

const LAUNCHER = join(ROOT, 'bin', 'poa.sh');
const HARTFORD = join(ROOT, 'examples', 'hartford-2007-section16.poa');
const WITH_ERRORS = join(ROOT, 'test', 'fixtures', 'diagnostics', 'ca-agent-witness.poa');
const dirs: string[] = [];
const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'poa-snapshot-'));
    dirs.push(d);
    return d;
};
const BASE_ENV: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '', POA_NO_SNAPSHOT: '', POA_NO_COMPILE_CACHE: '1' };

interface Run { code: number | null; stdout: string; stderr: string; via: 'snapshot' | 'plain' | 'none'; rebuild: boolean }

/** Runs the launcher under `sh -x`; `via` is how its last exec started Node, `rebuild` whether it asked bin/poa.js for a snapshot. */
function launch(args: string[], env: Record<string, string | undefined>): Run {
    const r = spawnSync('sh', ['-x', LAUNCHER, ...args], { encoding: 'utf8', env: { ...BASE_ENV, ...env }, timeout: 60_000 });
    const trace = r.stderr.split('\n').filter((l) => l.startsWith('+'));
    const exec = trace.filter((l) => /^\+ exec /.test(l)).pop() ?? '';
    const via = exec.includes('--snapshot-blob') ? 'snapshot' : exec.includes('poa.js') ? 'plain' : 'none';
    const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('+')).join('\n');
    return { code: r.status, stdout: r.stdout, stderr, via, rebuild: trace.some((l) => l.includes('export POA_SNAPSHOT_STAMP')) };
}

function plain(args: string[]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), ...args], { encoding: 'utf8', env: BASE_ENV, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Waits for the background build the plain run started: its stamp names a snapshot, or none when it failed. */
function waitForStamp(cache: string): string[] {
    const dir = join(cache, 'snapshot');
    const deadline = Date.now() + 150_000;
    for (;;) {
        const stamp = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.stamp')) : undefined;
        if (stamp && !existsSync(join(dir, `${stamp}.lock`))) return readFileSync(join(dir, stamp), 'utf8').split('\n');
        if (Date.now() > deadline) throw new Error('no snapshot stamp was written');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
}

beforeAll(() => buildBundle(), 180_000);
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe.skipIf(process.platform === 'win32')('bin/poa.sh', () => {
    const cache = temp();
    const env = { POA_CACHE_DIR: cache };
    let stampFile = '';

    it('runs bin/poa.js when there is no snapshot, and builds one for the next run', () => {
        const first = launch(['render', HARTFORD, '--format', 'text'], env);
        expect(first).toMatchObject({ code: 0, via: 'plain', rebuild: true, stderr: '' });
        expect(first.stdout).toBe(plain(['render', HARTFORD, '--format', 'text']).stdout);
        const [identity, blob] = waitForStamp(cache);
        expect(identity).toContain(ROOT);
        expect(blob).toMatch(/\.blob$/);
        expect(existsSync(join(cache, 'snapshot', blob))).toBe(true);
        stampFile = join(cache, 'snapshot', readdirSync(join(cache, 'snapshot')).find((f) => f.endsWith('.stamp'))!);
    }, 240_000);

    it('then starts from the snapshot with the same output and exit codes as bin/poa.js', () => {
        const spaced = join(temp(), 'a folder with spaces');
        mkdirSync(spaced);
        const copy = join(spaced, 'the officer POA.poa');
        cpSync(HARTFORD, copy);
        const cases: string[][] = [
            ['render', HARTFORD, '--format', 'text'],
            ['render', copy, '--format', 'html'],
            ['check', WITH_ERRORS, '--format', 'json'],
            ['check', join(ROOT, 'examples', 'healthcare-california.poa')],
            ['render', join(spaced, 'missing file.poa')],
            ['--version'],
            ['--help'],
            [],
            ['no-such-command']
        ];
        for (const args of cases) {
            const viaSnapshot = launch(args, env);
            const expected = plain(args);
            expect(viaSnapshot.via, args.join(' ')).toBe('snapshot');
            expect({ code: viaSnapshot.code, stdout: viaSnapshot.stdout, stderr: viaSnapshot.stderr }, args.join(' ')).toEqual(expected);
        }
        expect(plain(['check', WITH_ERRORS]).code).toBe(1);
        expect(plain(['render', join(spaced, 'missing file.poa')]).code).toBe(2);
        expect(plain(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    }, 240_000);

    it('ends quietly with exit code 0 when stdout is closed early', () => {
        const r = spawnSync('sh', ['-c', `"${LAUNCHER}" render "${HARTFORD}" --format text | head -c 20 >/dev/null; echo "poa exited"`], {
            encoding: 'utf8', env: { ...BASE_ENV, ...env }, timeout: 60_000
        });
        expect(r.stdout.trim()).toBe('poa exited');
        expect(r.stderr).toBe('');
    }, 60_000);

    it('does not have Node read extra CA certificates: poa connects nowhere', () => {
        // Node reads NODE_EXTRA_CA_CERTS at start and warns on stderr when the file is missing; the launcher
        // unsets it for both of its starts, so a broken setting meant for other tools costs poa nothing.
        const missing = { NODE_EXTRA_CA_CERTS: join(temp(), 'no-such-ca.pem') };
        const expected = plain(['render', HARTFORD, '--format', 'text']).stdout;
        const fromSnapshot = launch(['render', HARTFORD, '--format', 'text'], { ...env, ...missing });
        expect(fromSnapshot).toMatchObject({ code: 0, via: 'snapshot', stderr: '' });
        expect(fromSnapshot.stdout).toBe(expected);
        const asUsual = launch(['render', HARTFORD, '--format', 'text'], { ...env, ...missing, POA_NO_SNAPSHOT: '1' });
        expect(asUsual).toMatchObject({ code: 0, via: 'plain', stderr: '' });
        expect(asUsual.stdout).toBe(expected);
        // Node itself does warn (what the launcher spares the user).
        const node = spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8', env: { ...BASE_ENV, ...missing } });
        expect(node.stderr).toMatch(/extra certs/i);
    }, 60_000);

    it('falls back to bin/poa.js, with the same output, whenever the snapshot may not fit', () => {
        const stamp = readFileSync(stampFile, 'utf8');
        const [identity, blob] = stamp.split('\n');
        const expected = plain(['render', HARTFORD, '--format', 'text']);
        const expectPlain = (run: Run, rebuild: boolean) => {
            expect(run).toMatchObject({ code: 0, via: 'plain', rebuild, stderr: '' });
            expect(run.stdout).toBe(expected.stdout);
        };
        const render = (extra: Record<string, string | undefined> = {}) => launch(['render', HARTFORD, '--format', 'text'], { ...env, ...extra });
        // A build held by another process: the runs below that ask for a snapshot start none (bin/snapshot.js's lock).
        const lock = `${stampFile}.lock`;
        writeFileSync(lock, 'held by the test');
        try {
            // Node refuses a snapshot under other V8 flags, so any NODE_OPTIONS means the plain start.
            expectPlain(render({ NODE_OPTIONS: '--max-old-space-size=512' }), false);
            expectPlain(render({ POA_NO_SNAPSHOT: '1' }), false);
            // Another Node binary (its size and date are in the identity), build or install folder: a new snapshot is asked for.
            writeFileSync(stampFile, `${identity} of another Node\n${blob}\n`);
            expectPlain(render(), true);
            // The stamp names a snapshot that is gone.
            writeFileSync(stampFile, `${identity}\nremoved.blob\n`);
            expectPlain(render(), true);
            // A build failed with this Node and build: run as usual without trying again.
            writeFileSync(stampFile, `${identity}\n\n`);
            expectPlain(render(), false);
        } finally {
            writeFileSync(stampFile, stamp);
            rmSync(lock, { force: true });
        }
        expect(render().via).toBe('snapshot');
    }, 240_000);

    it('runs as usual when the cache folder cannot be written', () => {
        const readOnly = temp();
        chmodSync(readOnly, 0o500);
        try {
            const run = launch(['render', HARTFORD, '--format', 'text'], { POA_CACHE_DIR: readOnly });
            expect(run).toMatchObject({ code: 0, via: 'plain', stderr: '' });
            expect(run.stdout).toBe(plain(['render', HARTFORD, '--format', 'text']).stdout);
        } finally {
            chmodSync(readOnly, 0o700);
        }
    }, 60_000);
});

describe('bin/install-launcher.js', () => {
    const { installLauncher } = createRequire(import.meta.url)(join(ROOT, 'bin', 'install-launcher.js')) as {
        installLauncher: (root: string, platform: string) => string[];
    };
    const COMMANDS = ['poa', 'poa-language-server'];
    const install = () => {
        const root = temp();
        cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
        return root;
    };

    it('puts each launcher in place of the command npm links on Linux and macOS, executable', () => {
        const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        expect(Object.entries(pkg.bin)).toEqual(COMMANDS.map((name) => [name, `bin/${name}`]));
        for (const platform of ['linux', 'darwin']) {
            const root = install();
            expect(installLauncher(root, platform)).toEqual(COMMANDS);
            for (const name of COMMANDS) {
                const file = join(root, 'bin', name);
                expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, 'bin', `${name}.sh`), 'utf8'));
                if (process.platform !== 'win32') expect(statSync(file).mode & 0o111).toBe(0o111);
            }
        }
    });

    it('leaves the Node scripts on Windows and in a git checkout', () => {
        const windows = install();
        const checkout = install();
        mkdirSync(join(checkout, '.git'));
        expect(installLauncher(windows, 'win32')).toEqual([]);
        expect(installLauncher(checkout, 'linux')).toEqual([]);
        for (const name of COMMANDS) {
            const shipped = readFileSync(join(ROOT, 'bin', name), 'utf8');
            expect(shipped.startsWith('#!/usr/bin/env node\n')).toBe(true);
            expect(shipped).toContain(`require('./${name}.js')`);
            for (const root of [windows, checkout]) expect(readFileSync(join(root, 'bin', name), 'utf8')).toBe(shipped);
        }
    });
});
