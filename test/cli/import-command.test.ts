/**
 * `poa import`, run in-process with a fake io: the .poa on stdout or in -o,
 * the report on stderr (json with --format json), DOCX and PDF written by
 * `poa render` read back to the same words, and hostile input refused with a
 * clear message, exit code 2 and no file written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/cli-io.js';
import { main } from '../../cli/main.js';
import { renderSource, ROOT } from '../helpers.js';
import { buildBundle } from '../server/server-process.js';

function io(cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTty: false, cwd };
    return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];
let dir: string;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'poa-import-'));
});

async function run(...argv: string[]) {
    const t = io(dir);
    const code = await main(argv, t.io);
    return { code, out: t.out(), err: t.err() };
}

describe('poa import', () => {
    it('writes the .poa to stdout and the report to stderr', async () => {
        writeFileSync(join(dir, 'hartford.txt'), await renderSource(readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8')));
        const r = await run('import', 'hartford.txt');
        expect(r.code).toBe(0);
        expect(r.out).toMatch(/^\/\/ Imported from hartford.txt/);
        expect(r.out).toContain('poa Hartford {');
        expect(r.err).toContain('grant             nominate-constitute-appoint   1.00');
        expect(r.err).toMatch(/words reproduced by structure: \d+\.\d%/);
    });

    it('reports in JSON with --format json', async () => {
        const r = await run('import', 'hartford.txt', '--format', 'json', '--kind', 'section16', '--jurisdiction', 'federal');
        expect(r.code).toBe(0);
        const report = JSON.parse(r.err);
        expect(report).toMatchObject({ source: 'hartford.txt', format: 'text' });
        // The phrasebook's testimonium style (its `hand` variant words "I have hereunto set my hand").
        expect(report.clauses).toContainEqual({ clause: 'testimonium', style: 'witness-whereof', confidence: 1, sentences: 1 });
        expect(report.structuredShare).toBeGreaterThan(0);
        expect(report.keptAsWritten).toEqual([]);
    });

    it('writes -o through a temporary file and never overwrites without --force', async () => {
        expect((await run('import', 'hartford.txt', '-o', 'out.poa')).code).toBe(0);
        const first = readFileSync(join(dir, 'out.poa'), 'utf8');
        expect(first).toContain('poa Hartford {');
        writeFileSync(join(dir, 'out.poa'), 'my own work');
        const refused = await run('import', 'hartford.txt', '-o', 'out.poa');
        expect(refused.code).toBe(2);
        expect(refused.err).toContain('out.poa already exists; use --force to overwrite it');
        expect(readFileSync(join(dir, 'out.poa'), 'utf8')).toBe('my own work');
        expect((await run('import', 'hartford.txt', '-o', 'out.poa', '--force')).code).toBe(0);
        expect(readFileSync(join(dir, 'out.poa'), 'utf8')).toBe(first);
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it.each(['docx', 'pdf'])('reads a %s written by poa render of every example back to the same words', async (format) => {
        for (const example of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.poa'))) {
            const source = join(ROOT, 'examples', example);
            const file = `${example}.${format}`;
            expect((await run('render', source, '--format', format, '-o', file)).code).toBe(0);
            const imported = await run('import', file, '-o', `${file}.poa`);
            expect(imported.err).not.toContain('internal error');
            expect(imported.code).toBe(0);
            expect(words(await renderSource(readFileSync(join(dir, `${file}.poa`), 'utf8')))).toEqual(words(await renderSource(readFileSync(source, 'utf8'))));
        }
    }, 60000);

    it.each(['docx', 'pdf'])('reads a statutory form written by poa render as a %s back as the form, with its blanks filled', async (format) => {
        for (const example of ['connecticut-1-56b.poa', 'south-dakota-59-12-41.poa']) {
            const source = join(ROOT, 'examples', 'forms', example);
            const file = `${example}.${format}`;
            expect((await run('render', source, '--format', format, '-o', file)).code).toBe(0);
            expect((await run('import', file, '-o', `${file}.poa`)).code).toBe(0);
            const poa = readFileSync(join(dir, `${file}.poa`), 'utf8');
            expect(poa).toMatch(/^ {4}form (ct-1-56b|sd-59-12-41)$/m);
            expect(words(await renderSource(poa))).toEqual(words(await renderSource(readFileSync(source, 'utf8'))));
        }
    }, 60000);

    it('reads Word and PDF in the bundled CLI, where mammoth and pdfjs-dist are bundled', async () => {
        buildBundle();
        for (const format of ['docx', 'pdf']) {
            const file = join(dir, `bundled.${format}`);
            expect((await run('render', join(ROOT, 'examples', 'securities-schedule13d.poa'), '--format', format, '-o', file)).code).toBe(0);
            const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), 'import', file], { cwd: dir, encoding: 'utf8' });
            expect(r.stderr).not.toMatch(/internal error|Warning/);
            expect(r.status).toBe(0);
            expect(r.stdout).toContain('principal blue "Blue Harbor Capital Partners, L.P." entity');
        }
    }, 120000);

    it('says a usage problem plainly in the bundled CLI too, where the import command is a chunk of its own', () => {
        buildBundle();
        const poa = (...argv: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'poa.js'), 'import', ...argv], { cwd: dir, encoding: 'utf8' });
        const missingValue = poa('hartford.txt', '-o');
        expect(missingValue.stderr).toBe('poa import: option -o needs a value\n');
        expect(missingValue.status).toBe(2);
        const missingFile = poa('nothing-here.txt');
        expect(missingFile.stderr).toBe('poa import: nothing-here.txt: no such file\n');
        expect(missingFile.status).toBe(2);
    }, 120000);

    it('rejects a bad kind and a missing file as usage problems', async () => {
        expect(await run('import', 'hartford.txt', '--kind', 'durable')).toMatchObject({ code: 2, err: expect.stringContaining("unknown kind 'durable'") });
        expect(await run('import', 'nothing-here.txt')).toMatchObject({ code: 2, err: 'poa import: nothing-here.txt: no such file\n' });
    });
});

describe('poa import refuses hostile input with exit code 2, a clear message and no file', () => {
    async function refuse(name: string, bytes: Uint8Array | string, message: RegExp) {
        writeFileSync(join(dir, name), bytes);
        const r = await run('import', name, '-o', `${name}.poa`);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(message);
        expect(r.err).not.toMatch(/internal error|\n\s+at /);
        expect(r.out).toBe('');
        expect(existsSync(join(dir, `${name}.poa`))).toBe(false);
    }

    it('a 10 MB file', async () => {
        await refuse('huge.txt', 'The undersigned hereby appoints Ann Lee. '.repeat(260000), /huge\.txt is too large to be a power of attorney \(10\.\d MB; the limit is 8 MB\)/);
    });

    it('binary data', async () => {
        const bytes = new Uint8Array(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
        await refuse('random.bin', bytes, /random\.bin: only \.txt, \.docx and \.pdf files can be imported/);
        await refuse('random.txt', bytes, /random\.txt is a binary file, not text, Word or PDF/);
    });

    it('a PDF with no text layer', async () => {
        const pdf = await new Promise<Buffer>((resolve) => {
            const doc = new PDFDocument();
            const chunks: Buffer[] = [];
            doc.on('data', (c: Buffer) => chunks.push(c));
            doc.on('end', () => resolve(Buffer.concat(chunks)));
            doc.rect(100, 100, 200, 300).fill('#333');
            doc.end();
        });
        await refuse('scan.pdf', pdf, /scan\.pdf has no text layer \(it is probably a scanned image\); run it through OCR first/);
    });

    it('a corrupt PDF', async () => {
        await refuse('broken.pdf', '%PDF-1.7\nthis is not really a PDF\n', /broken\.pdf is not a readable PDF/);
    });

    it('an encrypted DOCX', async () => {
        // Word saves a password-protected .docx as an OLE compound file, not a ZIP package.
        const bytes = new Uint8Array(2048);
        bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        await refuse('secret.docx', bytes, /secret\.docx is an encrypted \(password-protected\) Word file or an old \.doc file/);
    });

    it('a corrupt DOCX', async () => {
        const bytes = new Uint8Array(512);
        bytes.set([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
        await refuse('broken.docx', bytes, /broken\.docx is not a readable Word document/);
    });

    it('an empty file', async () => {
        await refuse('empty.txt', '', /empty\.txt is empty/);
    });
});
