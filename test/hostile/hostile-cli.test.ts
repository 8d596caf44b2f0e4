/**
 * The `poa` command on hostile and oversized files: one clear line and the
 * right exit code for what it refuses (too large, binary), bounded output for
 * what it reads (a one-megabyte line, thousands of repeated clauses), text
 * kept as text (markup, right-to-left marks), and never a half-written or
 * overwritten output file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MARKUP_NAME, MB, RTL_NAME, writeHostileFiles } from './hostile-files.js';

const ROOT = join(__dirname, '..', '..');
const files = writeHostileFiles();

function poa(...args: string[]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), ...args], { cwd: files.dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * MB });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter((l) => l.trim()) };
}

afterAll(() => rmSync(files.dir, { recursive: true, force: true }));

describe('poa on hostile files', () => {
    test('a 10 MB file: refused with one line naming the size and the limit, exit 2, for check and render', () => {
        const check = poa('check', files.tenMb);
        expect(check.code).toBe(2);
        expect(check.lines[0]).toMatch(/ten-megabytes\.poa: file is too large \(10\.0 MB; the limit is 8 MB\)/);
        expect(check.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
        const render = poa('render', files.tenMb, '--format', 'pdf', '-o', 'big.pdf');
        expect(render.code).toBe(2);
        expect(render.lines).toHaveLength(1);
        expect(existsSync(join(files.dir, 'big.pdf'))).toBe(false);
    }, 120_000);

    test('a binary file: refused as not a text file, exit 2, nothing written', () => {
        const check = poa('check', files.binary);
        expect(check.code).toBe(2);
        expect(check.lines[0]).toMatch(/binary\.poa: is a binary file, not a \.poa text file/);
        const render = poa('render', files.binary, '--format', 'docx', '-o', 'binary.docx');
        expect(render.code).toBe(2);
        expect(render.lines).toEqual([expect.stringMatching(/is a binary file/)]);
        expect(existsSync(join(files.dir, 'binary.docx'))).toBe(false);
    }, 120_000);

    test('a file of one 1 MB word: syntax errors reported, exit 1, and the word is not echoed back whole', () => {
        const r = poa('check', files.oneLongWord, '--format', 'json');
        expect(r.code).toBe(1);
        const diagnostics = JSON.parse(r.stdout) as { message: string; line: number; severity: string }[];
        expect(diagnostics.some((d) => d.severity === 'error' && d.line === 1)).toBe(true);
        for (const d of diagnostics) expect(d.message.length).toBeLessThan(2000);
        expect(r.stdout.length).toBeLessThan(100_000);
    }, 120_000);

    test('a title that is one 1 MB string still checks and renders (a bounded result, not a refusal)', () => {
        const check = poa('check', files.oneLongString);
        expect(check.code).toBe(1); // a title alone is not an instrument: required clauses are missing
        expect(check.stdout).toMatch(/missing-principal/);
        const render = poa('render', files.oneLongString, '--format', 'text');
        expect(render.code).toBe(0);
        expect(render.stdout.length).toBeGreaterThan(MB);
    }, 120_000);

    test('5,000 repeated clauses: one warning per repetition, exit 1 for the missing clauses, no crash', () => {
        const r = poa('check', files.repeated, '--format', 'json');
        expect(r.code).toBe(1);
        const diagnostics = JSON.parse(r.stdout) as { code: string }[];
        expect(diagnostics.filter((d) => d.code === 'poa/repeated-clause')).toHaveLength(4999);
    }, 120_000);

    test('3,000 nested blocks: syntax errors, exit 1, no stack overflow', () => {
        const r = poa('check', files.nested);
        expect(r.code).toBe(1);
        expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack|RangeError|internal error/);
    }, 120_000);

    test('names full of markup and right-to-left marks are text: verbatim in text output, escaped in HTML and Markdown', () => {
        const text = poa('render', files.markup, '--format', 'text');
        expect(text.code).toBe(0);
        expect(text.stdout.replace(/\s+/g, ' ')).toContain(MARKUP_NAME);
        expect(text.stdout).toContain(RTL_NAME.slice(0, 8));
        const html = poa('render', files.markup, '--format', 'html');
        expect(html.code).toBe(0);
        expect(html.stdout).not.toContain('<script>alert');
        expect(html.stdout).not.toContain('<img src=x');
        expect(html.stdout).toContain('&lt;script&gt;');
        const md = poa('render', files.markup, '--format', 'md');
        expect(md.stdout).not.toContain('<script>');
    }, 120_000);

    test('an existing output file is never overwritten without --force, and no temporary file is left behind', () => {
        const target = join(files.dir, 'kept.html');
        writeFileSync(target, 'the lawyer\'s own file');
        const r = poa('render', files.markup, '--format', 'html', '-o', 'kept.html');
        expect(r.code).toBe(2);
        expect(r.lines).toEqual([expect.stringMatching(/kept\.html already exists; use --force to overwrite it/)]);
        expect(readFileSync(target, 'utf8')).toBe('the lawyer\'s own file');
        expect(readdirSync(files.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }, 120_000);
});
