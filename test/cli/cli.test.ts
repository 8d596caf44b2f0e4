/**
 * The CLI contract of PRODUCT.md: exit codes, one clear line for bad input,
 * no stack traces, nothing overwritten without --force.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../cli/main.js';
import type { CliIo } from '../../cli/cli-io.js';
import { KINDS } from '../../language/starter-templates.js';
import { STYLE_SETS } from '../../language/phrasebook/style-sets.js';
import { loadPoa } from '../../language/poa-document.js';
import { ROOT } from '../helpers.js';

async function run(args: string[], cwd = ROOT) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, cwd };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

describe('help', () => {
    test('`poa COMMAND --help` prints the usage and exits 0 (it used to say the option needs a value)', async () => {
        for (const command of ['new', 'render', 'import']) {
            const r = await run([command, '--help']);
            expect(r.code, command).toBe(0);
            expect(r.stdout).toContain('new --form FORM-ID');
            expect(r.stderr).toBe('');
        }
    });
});

describe('poa render', () => {
    test('prints the reference instrument', async () => {
        const r = await run(['render', 'examples/hartford-2007-section16.poa']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('POWER OF ATTORNEY');
        expect(r.stdout).toContain('/s/ Alan J. Kreczko');
    });

    test('--format markdown names Markdown as md does (a trial wrote the writer\'s own name); an unknown format is a usage error', async () => {
        const md = await run(['render', 'examples/hartford-2007-section16.poa', '--format', 'md']);
        const markdown = await run(['render', 'examples/hartford-2007-section16.poa', '--format', 'markdown']);
        expect(markdown.code).toBe(0);
        expect(markdown.stdout).toBe(md.stdout);
        expect(markdown.stdout).toContain('# POWER OF ATTORNEY');
        const unknown = await run(['render', 'examples/hartford-2007-section16.poa', '--format', 'rtf']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain("unknown format 'rtf' (use text, md, html, docx, pdf)");
    });

    test('a missing file: one line, exit 2', async () => {
        const r = await run(['render', 'no/such/file.poa']);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain('no/such/file.poa');
        expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    });

    test('a directory: one line, exit 2', async () => {
        const r = await run(['render', 'examples']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/directory/);
    });

    test('refuses to overwrite without --force, and keeps the file as it was', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'poa-cli-'));
        const out = join(dir, 'out.txt');
        writeFileSync(out, 'my notes');
        const r = await run(['render', join(ROOT, 'examples/hartford-2007-section16.poa'), '-o', out]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/already exists/);
        expect(readFileSync(out, 'utf8')).toBe('my notes');
        const forced = await run(['render', join(ROOT, 'examples/hartford-2007-section16.poa'), '-o', out, '--force']);
        expect(forced.code).toBe(0);
        expect(readFileSync(out, 'utf8')).toContain('POWER OF ATTORNEY');
    });
});

describe('poa check', () => {
    test('a file with a syntax error exits 1 and names the line', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'poa-cli-'));
        writeFileSync(join(dir, 'broken.poa'), 'poa X {\n  kind section16\n  principal\n}\n');
        const r = await run(['check', 'broken.poa', '--format', 'json'], dir);
        expect(r.code).toBe(1);
        const results = JSON.parse(r.stdout);
        expect(results.some((d: { line: number; severity: string; file: string }) => d.severity === 'error' && d.line === 4 && d.file === 'broken.poa')).toBe(true);
    });

    test('no files is a usage error', async () => {
        const r = await run(['check']);
        expect(r.code).toBe(2);
    });

    test('an unknown command or option is a usage error', async () => {
        expect((await run(['frobnicate'])).code).toBe(2);
        expect((await run(['render', 'x.poa', '--colour', 'red'])).code).toBe(2);
    });
});

describe('poa new', () => {
    test.each(KINDS)('a %s starter checks without errors and is not overwritten', async (kind) => {
        const dir = mkdtempSync(join(tmpdir(), 'poa-new-'));
        const r = await run(['new', '--kind', kind, 'my-poa'], dir);
        expect(r.code).toBe(0);
        const file = join(dir, 'my-poa.poa');
        expect(existsSync(file)).toBe(true);
        const { diagnostics } = await loadPoa(readFileSync(file, 'utf8'));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        writeFileSync(file, 'my edits');
        const again = await run(['new', '--kind', kind, 'my-poa'], dir);
        expect(again.code).toBe(2);
        expect(readFileSync(file, 'utf8')).toBe('my edits');
    });

    test.each(STYLE_SETS.map((s) => s.id))('--style %s writes the style set into a starter that checks without errors', async (style) => {
        const r = await run(['new', '--kind', 'section16', 'my-poa', '--style', style, '--stdout']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^\\s*jurisdiction federal\\n\\s*style ${style}$`, 'm'));
        const { diagnostics } = await loadPoa(r.stdout);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    test('an unknown style set names the valid ones; a statutory form takes none', async () => {
        const r = await run(['new', '--kind', 'general', '--style', 'fancy', '--stdout']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(STYLE_SETS.map((s) => s.id).join(', '));
        const form = await run(['new', '--form', 'sd-59-12-41', '--style', 'edgar-classic', '--stdout']);
        expect(form.code).toBe(2);
        expect(form.stderr).toContain('--style');
    });

    test('an unknown kind names the valid ones', async () => {
        const r = await run(['new', '--kind', 'durable']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('section16, securities, general, limited, healthcare');
    });
});

describe('the poa process', () => {
    beforeAll(() => {
        if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT });
    });

    test('exits with the command\'s code and prints no stack trace', () => {
        const ok = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), 'render', 'examples/hartford-2007-section16.poa'], { cwd: ROOT, encoding: 'utf8' });
        expect(ok.status).toBe(0);
        expect(ok.stdout).toContain('IN WITNESS WHEREOF');
        const missing = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), 'check', 'missing.poa'], { cwd: ROOT, encoding: 'utf8' });
        expect(missing.status).toBe(2);
        expect(missing.stderr).not.toMatch(/\n\s+at /);
    });
});
