/**
 * The CLI never loses what the lawyer wrote without a word (a new-user trial): an output is refused, even with
 * --force, when it is a file the command reads; `render` and `batch` say on stderr what the file holds that the
 * document does not print; `batch` refuses a file with no parameters and data whose columns name none of them,
 * and says which rows leave a value blank.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../cli/main.js';
import type { CliIo } from '../../cli/cli-io.js';
import { ROOT } from '../helpers.js';

async function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, cwd };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

function scratch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'poa-written-'));
    copyFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), join(dir, 'power.poa'));
    copyFileSync(join(ROOT, 'examples', 'templates', 'section16-officer.poa'), join(dir, 'template.poa'));
    return dir;
}

describe('what is written is kept', () => {
    test('render and import refuse to write over the file they read, even with --force', async () => {
        const dir = scratch();
        const source = readFileSync(join(dir, 'power.poa'), 'utf8');
        for (const args of [['render', 'power.poa', '-o', 'power.poa', '--force'], ['render', 'power.poa', '--format', 'docx', '-o', './power.poa', '--force']]) {
            const r = await run(args, dir);
            expect(r.code).toBe(2);
            expect(r.stderr).toContain('power.poa is a file this command reads; write the output to another file');
            expect(readFileSync(join(dir, 'power.poa'), 'utf8')).toBe(source);
        }
        writeFileSync(join(dir, 'letter.txt'), 'POWER OF ATTORNEY\n\nKnow all by these presents, that the undersigned hereby appoints Jane Roe.\n');
        const imported = await run(['import', 'letter.txt', '-o', 'letter.txt', '--force'], dir);
        expect(imported.code).toBe(2);
        expect(readFileSync(join(dir, 'letter.txt'), 'utf8')).toContain('Know all by these presents');
    });

    test('render says on stderr that a clause written twice is not printed', async () => {
        const dir = scratch();
        const text = readFileSync(join(dir, 'power.poa'), 'utf8').replace(/\n}\s*$/, '\n    grant { power "sign Schedule 13D" }\n}\n');
        writeFileSync(join(dir, 'twice.poa'), text);
        const r = await run(['render', 'twice.poa', '-o', 'twice.txt'], dir);
        expect(r.code).toBe(0);
        expect(r.stderr).toMatch(/twice\.poa:\d+:\d+: warning \[poa\/repeated-clause\] The grant clause is written more than once; only the first is used/);
    });

    test('batch refuses a file with no parameters, and data with no column named after one', async () => {
        const dir = scratch();
        writeFileSync(join(dir, 'rows.csv'), 'officerName;executionDate\nJane Roe;2024-01-02\n');
        const plain = await run(['batch', 'power.poa', '--data', 'rows.csv', '--out', 'out', '--format', 'md'], dir);
        expect(plain.code).toBe(2);
        expect(plain.stderr).toContain('power.poa has no parameters');
        const semicolons = await run(['batch', 'template.poa', '--data', 'rows.csv', '--out', 'out', '--format', 'md'], dir);
        expect(semicolons.code).toBe(2);
        expect(semicolons.stderr).toContain('rows.csv: no column is named after a parameter of template.poa');
    });

    test('batch says which rows leave a value without a default blank', async () => {
        const dir = scratch();
        writeFileSync(join(dir, 'rows.csv'), 'officerName,executionDate\nJane Roe,2024-01-02\nSam Poe,\n');
        const r = await run(['batch', 'template.poa', '--data', 'rows.csv', '--out', 'out', '--format', 'md'], dir);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain('rows.csv: line 3: no value for executionDate; the document prints a blank to fill in by hand');
        expect(r.stderr).not.toContain('line 2:');
    });
});

describe('poa new', () => {
    test('prints a check command that runs as printed when the name has a space', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'poa-new-'));
        const r = await run(['new', '--kind', 'section16', 'Maria Chen'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Check it with: poa check "Maria Chen.poa"');
        const checked = await run(['check', 'Maria Chen.poa'], dir);
        expect(checked.stderr).not.toContain('no such file');
    });
});
