import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { slugify, UniqueNames } from '../../cli/batch-names.js';
import { runCli, workspace } from './cli-harness.js';

const CSV = [
    'officerName,officerPronoun,officerTitle,executionDate',
    'Margaret E. Whitfield,she,Chief Executive Officer,2024-03-04',
    '"Daniel O\'Connor, Jr.",he,Chief Financial Officer,2024-02-30',
    'Margaret E. Whitfield,she,Director,2024-03-05',
    'José Luis Peña-Álvarez,he,"Senior Vice President, Operations",2024-03-05',
    'Alexis Reyes,xe,Director,2024-03-08',
    'Existing Person,he,Director,2024-03-08'
].join('\n') + '\n';

describe('poa batch', () => {
    it('writes one document per good row, reports each bad row by line and column, and overwrites nothing', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'officers.csv'), CSV);
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', 'existing-person.md'), 'keep me');
        const run = await runCli(['batch', 'officer.poa', '--data', 'officers.csv', '--out', 'out', '--format', 'md'], dir);
        expect(run.code).toBe(1);
        const errors = run.stderr.trim().split('\n');
        expect(errors).toEqual([
            'poa batch: officers.csv: line 3, column "executionDate": "2024-02-30" is not a real calendar date',
            'poa batch: officers.csv: line 6, column "officerPronoun": "xe" is not a pronoun the instrument can use; write he, she, they or it',
            'poa batch: officers.csv: line 7: out/existing-person.md already exists; use --force to overwrite it'
        ]);
        expect(run.stdout).toBe('Wrote 3 of 6 documents (md) to out; 3 rows failed.\n');
        expect(readFileSync(join(dir, 'out', 'existing-person.md'), 'utf8')).toBe('keep me');
        expect(readdirSync(join(dir, 'out')).sort()).toEqual([
            'existing-person.md', 'jose-luis-pena-alvarez.md', 'margaret-e-whitfield-2.md', 'margaret-e-whitfield.md'
        ]);
        // Each file is that row's instrument.
        const first = readFileSync(join(dir, 'out', 'margaret-e-whitfield.md'), 'utf8');
        const second = readFileSync(join(dir, 'out', 'margaret-e-whitfield-2.md'), 'utf8');
        expect(first).toContain('The undersigned, a Chief Executive Officer of');
        expect(second).toContain('The undersigned, a Director of');
        expect(first).toContain('this 4th day of March, 2024');
        expect(readFileSync(join(dir, 'out', 'jose-luis-pena-alvarez.md'), 'utf8')).toContain('/s/ José Luis Peña-Álvarez');
    });

    it('overwrites existing files only with --force, and then succeeds', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'rows.csv'), 'officerName,executionDate\nExisting Person,2024-03-08\n');
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', 'existing-person.txt'), 'old');
        const run = await runCli(['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'out', '--format', 'text', '--force'], dir);
        expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'Wrote 1 of 1 document (text) to out.\n' });
        expect(readFileSync(join(dir, 'out', 'existing-person.txt'), 'utf8')).toContain('POWER OF ATTORNEY');
        expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('takes JSON rows, names files from --name-from, and keeps hostile names as text', async () => {
        const dir = workspace();
        const rows = [
            { officerName: '<script>alert("x")</script> & Sons', officerTitle: 'Director', executionDate: '2024-01-02' },
            { officerName: 'שרה כהן', officerTitle: 'Director', executionDate: '2024-01-03' }
        ];
        writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows, null, 2));
        const run = await runCli(['batch', 'officer.poa', '--data', 'rows.json', '--out', 'html', '--format', 'html', '--name-from', 'executionDate'], dir);
        expect(run.code).toBe(0);
        expect(readdirSync(join(dir, 'html')).sort()).toEqual(['2024-01-02.html', '2024-01-03.html']);
        const page = parse(readFileSync(join(dir, 'html', '2024-01-02.html'), 'utf8'));
        expect(page.querySelectorAll('script')).toHaveLength(0);
        expect(page.querySelector('main')!.text).toContain('/s/ <script>alert("x")</script> & Sons');
        expect(readFileSync(join(dir, 'html', '2024-01-03.html'), 'utf8')).toContain('שרה כהן');
    });

    it('falls back to the row\'s line for a name that folds to nothing', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'rows.csv'), 'officerName,executionDate\nשרה כהן,2024-01-03\n');
        const run = await runCli(['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'out', '--format', 'md'], dir);
        expect(run.code).toBe(0);
        expect(readdirSync(join(dir, 'out'))).toEqual(['row-2.md']);
    });

    it('shows a progress bar only on a terminal, then a one-line summary', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'rows.csv'), 'officerName,executionDate\nAnn Bee,2024-01-03\nCy Dee,2024-01-04\n');
        const tty = await runCli(['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'a', '--format', 'text'], dir, true);
        expect(tty.stderr).toContain('\r[###############...............] 1/2');
        expect(tty.stderr).toContain('\r[##############################] 2/2');
        expect(tty.stdout).toBe('Wrote 2 of 2 documents (text) to a.\n');
        const pipe = await runCli(['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'b', '--format', 'text'], dir, false);
        expect(pipe.stderr).toBe('');
    });

    it('reports usage and I/O problems in one line with exit code 2', async () => {
        const dir = workspace();
        writeFileSync(join(dir, 'rows.csv'), 'officerName\nAnn\n');
        writeFileSync(join(dir, 'afile'), '');
        const cases: [string[], RegExp][] = [
            [['batch', 'officer.poa', '--data', 'rows.csv'], /^poa batch: Usage: poa batch TEMPLATE/],
            [['batch', 'officer.poa', '--data', 'missing.csv', '--out', 'o'], /^poa batch: missing\.csv: no such file$/],
            [['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'o', '--format', 'rtf'], /^poa batch: unknown format 'rtf'/],
            [['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'o', '--name-from', 'nope'], /^poa batch: --name-from nope: officer\.poa has no such parameter \(its parameters: officerName, /],
            [['batch', 'officer.poa', '--data', 'rows.csv', '--out', 'afile'], /^poa batch: --out afile: is a file, not a folder$/],
            [['batch', 'nowhere.poa', '--data', 'rows.csv', '--out', 'o'], /^poa batch: nowhere\.poa: no such file$/]
        ];
        for (const [argv, message] of cases) {
            const run = await runCli(argv, dir);
            expect(run.code, argv.join(' ')).toBe(2);
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(run.stderr.trim()).toMatch(message);
            expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
        }
        expect(existsSync(join(dir, 'o'))).toBe(false);
    });
});

describe('batch file names', () => {
    it('folds names to plain ASCII slugs', () => {
        expect(slugify('José Luis Peña-Álvarez')).toBe('jose-luis-pena-alvarez');
        expect(slugify('Søren Kierkegård Østergaard')).toBe('soren-kierkegard-ostergaard');
        expect(slugify('"Robert ""Bobby"" O\'Malley, Jr."')).toBe('robert-bobby-o-malley-jr');
        expect(slugify('Nguyễn Thị Minh Châu')).toBe('nguyen-thi-minh-chau');
        expect(slugify('Łukasz Żółć')).toBe('lukasz-zolc');
        expect(slugify('../../etc/passwd')).toBe('etc-passwd');
        expect(slugify('x'.repeat(200))).toHaveLength(80);
    });

    it('makes repeated names unique with -2, -3', () => {
        const names = new UniqueNames();
        expect(['a', 'a', 'b', 'a', 'a-2'].map((n) => names.take(n))).toEqual(['a', 'a-2', 'b', 'a-3', 'a-2-2']);
    });
});
