import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { similarity } from '../fidelity.js';
import { readFixture } from '../helpers.js';
import { docxText, pdfInfo, pdfPages, readDocx } from '../writers/read-back.js';
import { runCli, workspace } from './cli-harness.js';

describe('poa render', () => {
    it('writes text, Markdown and HTML to standard output when no -o is given', async () => {
        const dir = workspace();
        const text = await runCli(['render', 'hartford.poa'], dir);
        expect(text.code).toBe(0);
        expect(similarity(readFixture('hartford-2007-section16-poa.txt'), text.stdout)).toBeGreaterThanOrEqual(0.97);
        const md = await runCli(['render', 'hartford.poa', '--format', 'md'], dir);
        expect(md.stdout.startsWith('# POWER OF ATTORNEY\n\nThe undersigned does hereby nominate')).toBe(true);
        const html = await runCli(['render', 'hartford.poa', '--format', 'html'], dir);
        expect(parse(html.stdout).querySelector('h1.title')!.text).toBe('POWER OF ATTORNEY');
    });

    it('writes DOCX and PDF to the -o file, whose text is the reference instrument', async () => {
        const dir = workspace();
        const reference = readFixture('hartford-2007-section16-poa.txt');
        expect((await runCli(['render', 'hartford.poa', '--format', 'docx', '-o', 'x.docx'], dir)).code).toBe(0);
        expect(similarity(reference, docxText(await readDocx(readFileSync(join(dir, 'x.docx')))))).toBeGreaterThanOrEqual(0.97);
        expect((await runCli(['render', 'hartford.poa', '--format', 'pdf', '-o', 'x.pdf'], dir)).code).toBe(0);
        const pdf = readFileSync(join(dir, 'x.pdf'));
        expect(similarity(reference, (await pdfPages(pdf)).join('\n'))).toBeGreaterThanOrEqual(0.97);
        // The same instrument gives the same PDF, dated by its execution date.
        expect((await runCli(['render', 'hartford.poa', '--format', 'pdf', '-o', 'y.pdf'], dir)).code).toBe(0);
        expect(readFileSync(join(dir, 'y.pdf')).equals(pdf)).toBe(true);
        expect(String((await pdfInfo(pdf)).CreationDate)).toMatch(/^D:20070726/);
    });

    it('needs -o for binary formats, and never overwrites a file without --force', async () => {
        const dir = workspace();
        const noOut = await runCli(['render', 'hartford.poa', '--format', 'pdf'], dir);
        expect(noOut).toMatchObject({ code: 2, stdout: '' });
        expect(noOut.stderr).toBe('poa render: PDF is a binary format: name the output file with -o, for example -o instrument.pdf\n');
        writeFileSync(join(dir, 'mine.docx'), 'precious');
        const refused = await runCli(['render', 'hartford.poa', '--format', 'docx', '-o', 'mine.docx'], dir);
        expect(refused).toMatchObject({ code: 2, stderr: 'poa render: mine.docx already exists; use --force to overwrite it\n' });
        expect(readFileSync(join(dir, 'mine.docx'), 'utf8')).toBe('precious');
        const forced = await runCli(['render', 'hartford.poa', '--format', 'docx', '-o', 'mine.docx', '--force'], dir);
        expect(forced.code).toBe(0);
        expect(readFileSync(join(dir, 'mine.docx')).subarray(0, 2).toString()).toBe('PK');
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        const missingFolder = await runCli(['render', 'hartford.poa', '-o', 'no/such/dir/x.txt'], dir);
        expect(missingFolder).toMatchObject({ code: 2, stderr: 'poa render: cannot write no/such/dir/x.txt: the folder does not exist\n' });
    });

    it('fills a template from --data, checking the values', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'one.json'), JSON.stringify({ officerName: 'Zoë Åkesson-Müller', officerPronoun: 'she', executionDate: '2024-03-06' }));
        const filled = await runCli(['render', 'officer.poa', '--data', 'one.json'], dir);
        expect(filled.code).toBe(0);
        expect(filled.stdout).toContain('in her individual capacity');
        expect(filled.stdout).toContain('/s/ Zoë Åkesson-Müller');
        expect(filled.stdout).toMatch(/this 6th day of March,\s+2024/);

        writeFileSync(join(dir, 'bad.csv'), 'officerName,executionDate,notes\nAnn Bee,2024-13-01,x\n');
        const bad = await runCli(['render', 'officer.poa', '--data', 'bad.csv'], dir);
        expect(bad.code).toBe(1);
        expect(bad.stderr).toBe(
            'poa render: bad.csv: column "notes" is not a parameter of officer.poa; its values are not used\n' +
            'poa render: bad.csv: line 2, column "executionDate": "2024-13-01" is not a real calendar date\n'
        );

        writeFileSync(join(dir, 'two.csv'), 'officerName\nAnn\nBee\n');
        const two = await runCli(['render', 'officer.poa', '--data', 'two.csv'], dir);
        expect(two).toMatchObject({ code: 2, stderr: 'poa render: two.csv: holds 2 rows of data; render takes one (use poa batch for one document per row)\n' });
    });

    it('shows unset parameters of a template as visible blanks', async () => {
        const dir = workspace();
        const blank = await runCli(['render', 'officer.poa'], dir);
        expect(blank.code).toBe(0);
        expect(blank.stdout).toMatch(/this _+ day of\s+_+, 20__/);
        expect(existsSync(join(dir, 'officer.txt'))).toBe(false);
    });
});
