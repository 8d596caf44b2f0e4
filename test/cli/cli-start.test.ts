/**
 * The bundled `poa` as a process: its compiled code is cached in the user's
 * cache folder and reused, a cache folder that cannot be written changes
 * nothing but speed, and a text render loads neither the DOCX nor the PDF
 * writer (they are chunks of their own, loaded on demand).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, ROOT } from '../server/server-process.js';

const EXAMPLE = join(ROOT, 'examples', 'hartford-2007-section16.poa');
const dirs: string[] = [];
const temp = () => {
    const d = mkdtempSync(join(tmpdir(), 'poa-cli-start-'));
    dirs.push(d);
    return d;
};

function poa(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
    const r = spawnSync(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'poa.js'), ...args], {
        encoding: 'utf8', env: { ...process.env, POA_NO_COMPILE_CACHE: '', ...env }, timeout: 60_000
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => buildBundle(), 180_000);
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('poa as a process', () => {
    it('writes a compile cache on the first run of a command and renders the same text with it', () => {
        const cache = temp();
        const plain = poa(['render', EXAMPLE, '--format', 'text'], { POA_NO_COMPILE_CACHE: '1', POA_CACHE_DIR: cache });
        expect(plain.code).toBe(0);
        expect(readdirSync(cache)).toEqual([]);
        const first = poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: cache });
        const entries = readdirSync(cache);
        expect(entries.filter((f) => f.startsWith('cli-render-') && f.endsWith('.v8cache'))).toHaveLength(1);
        const second = poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: cache });
        expect(readdirSync(cache)).toEqual(entries);
        for (const run of [first, second]) {
            expect(run.code).toBe(0);
            expect(run.stderr).toBe('');
            expect(run.stdout).toBe(plain.stdout);
        }
        expect(plain.stdout).toContain('POWER OF ATTORNEY');
    }, 120_000);

    it('runs as usual when the cache cannot be written or holds garbage', () => {
        const notAFolder = join(temp(), 'file');
        writeFileSync(notAFolder, 'not a folder');
        const blocked = poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: join(notAFolder, 'cache') });
        expect(blocked).toMatchObject({ code: 0, stderr: '' });

        const readOnly = temp();
        chmodSync(readOnly, 0o500);
        const ro = poa(['check', EXAMPLE], { POA_CACHE_DIR: readOnly });
        chmodSync(readOnly, 0o700);
        expect(ro.code).toBe(0);
        expect(ro.stderr).toContain('1 file checked');

        const garbage = temp();
        poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: garbage });
        for (const f of readdirSync(garbage)) writeFileSync(join(garbage, f), 'garbage, not V8 code cache');
        const again = poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: garbage });
        expect(again).toMatchObject({ code: 0, stderr: '', stdout: blocked.stdout });
        // The rejected entry is replaced by a good one.
        for (const f of readdirSync(garbage)) expect(readFileSync(join(garbage, f), 'utf8')).not.toBe('garbage, not V8 code cache');
    }, 120_000);

    it('answers help, the version and an unknown command without loading the bundle, as the bundle would', async () => {
        const dir = temp();
        const hook = join(dir, 'trace-require.js');
        writeFileSync(hook, `const M = require('module'); const load = M._load;
M._load = function (request) { if (/compile-cache|cli\\.js$/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.apply(this, arguments); };`);
        const { main } = await import('../../cli/main.js');
        for (const argv of [[], ['help'], ['--help'], ['-v'], ['render', '--help'], ['nope']]) {
            const quick = poa(argv, { POA_CACHE_DIR: dir }, ['--require', hook]);
            const out: string[] = [], err: string[] = [];
            const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTty: false, cwd: dir });
            expect({ code: quick.code, stdout: quick.stdout, stderr: quick.stderr }).toEqual({ code, stdout: out.join(''), stderr: err.join('') });
        }
        expect(poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: dir }, ['--require', hook]).stderr).toContain('loaded ./compile-cache.js');
    }, 120_000);

    it('the CLI bundle is ASCII and carries the recorded grammar, so a start neither decodes a two-byte source nor records the grammar', () => {
        const bundle = readFileSync(join(ROOT, 'dist', 'cli.js'), 'latin1');
        // One character beyond ASCII makes V8 hold and scan the whole bundle as a two-byte string.
        const nonAscii = /[^\t\n\r\x20-\x7e]/.exec(bundle);
        expect(nonAscii ? bundle.slice(Math.max(0, nonAscii.index - 80), nonAscii.index + 20) : null).toBeNull();
        // esbuild.mjs embeds Chevrotain's record of the grammar (language/langium/recorded-grammar.ts).
        expect(bundle).toContain('JSON.parse(\'{"rules":[{"c":"Rule"');
    });

    it('a text render loads neither the DOCX nor the PDF writer; a PDF render loads its chunk', () => {
        const out = temp();
        const hook = join(out, 'trace-require.js');
        // Preloaded into the CLI process: prints every module file it loads from dist/ or pdfkit.
        writeFileSync(hook, `const M = require('module'); const load = M._load;
M._load = function (request, parent, isMain) { if (/cli-(docx|pdf)-writer|^pdfkit$|^docx$/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.apply(this, arguments); };`);
        const text = poa(['render', EXAMPLE, '--format', 'text'], { POA_CACHE_DIR: temp() }, ['--require', hook]);
        expect(text.code).toBe(0);
        expect(text.stderr).toBe('');
        const pdf = poa(['render', EXAMPLE, '--format', 'pdf', '-o', join(out, 'a.pdf')], { POA_CACHE_DIR: temp() }, ['--require', hook]);
        expect(pdf.code).toBe(0);
        expect(pdf.stderr).toContain('loaded ./cli-pdf-writer.js');
        expect(pdf.stderr).not.toContain('cli-docx-writer');
        expect(readFileSync(join(out, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    }, 120_000);
});
