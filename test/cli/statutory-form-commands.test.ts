/** `poa new --form` and `poa check` on instruments written on a statutory form, run in-process with a fake io. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check-command.js';
import { UsageError, type CliIo } from '../../cli/cli-io.js';
import { runNew } from '../../cli/new-command.js';
import { statutoryForms } from '../../language/forms/form-registry.js';

const root = join(__dirname, '..', '..');

function io(cwd = root) {
    const out: string[] = [];
    const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), isTty: false, cwd };
    return { io: value, out: () => out.join('') };
}

interface JsonFinding { code: string; severity: string; message: string }

async function checkSource(source: string): Promise<JsonFinding[]> {
    const dir = mkdtempSync(join(tmpdir(), 'poa-form-'));
    writeFileSync(join(dir, 'edited.poa'), source);
    const t = io(dir);
    await runCheck(['edited.poa', '--format', 'json'], t.io, { today: '2025-06-30' });
    return JSON.parse(t.out()) as JsonFinding[];
}

describe('poa new --form', () => {
    for (const form of statutoryForms()) {
        it(`starts a file on ${form.id} that checks without errors`, async () => {
            const dir = mkdtempSync(join(tmpdir(), 'poa-new-form-'));
            expect(await runNew(['--form', form.id, 'client'], io(dir).io)).toBe(0);
            const source = readFileSync(join(dir, 'client.poa'), 'utf8');
            expect(source).toContain(`form ${form.id}`);
            const findings = await checkSource(source);
            expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        });
    }

    it('names the forms that exist when the id is unknown', async () => {
        await expect(runNew(['--form', 'ny-5-1513', '--stdout'], io().io)).rejects.toThrow(UsageError);
        await expect(runNew(['--form', 'ny-5-1513', '--stdout'], io().io)).rejects.toThrow(/sd-59-12-41/);
    });
});

describe('poa check on a filled statutory form', () => {
    it('a witness removed from the South Carolina form is an error citing the statute', async () => {
        const source = readFileSync(join(root, 'examples/forms/south-carolina-62-5-504.poa'), 'utf8');
        expect(await checkSource(source)).toEqual(expect.not.arrayContaining([expect.objectContaining({ severity: 'error' })]));
        const edited = source.replace('witnesses "Terry Lang", "Robin Shaw"', 'witnesses "Terry Lang"');
        expect(edited).not.toBe(source);
        const errors = (await checkSource(edited)).filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.code)).toEqual(['poa/form-witnesses']);
        expect(errors[0].message).toContain('S.C. Code § 62-5-504');
        expect(errors[0].message).toContain('THIS POWER OF ATTORNEY WILL NOT BE VALID UNLESS TWO PERSONS SIGN AS WITNESSES');
    });

    it('a notice changed by a `worded` override is an error naming the statute', async () => {
        const source = readFileSync(join(root, 'examples/forms/pennsylvania-20-5471.poa'), 'utf8');
        const edited = source.replace('    executed', '    revocation by signed-writing worded "I may revoke this only in writing."\n    executed');
        const errors = (await checkSource(edited)).filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.code)).toEqual(['poa/form-wording-changed']);
        expect(errors[0].message).toContain('20 Pa.C.S. § 5471');
    });

    it('the Connecticut short form without its acknowledgment is an error citing § 1-352', async () => {
        const source = readFileSync(join(root, 'examples/forms/connecticut-1-352.poa'), 'utf8');
        const edited = source.replace(/\n\s*notary acknowledgment in "Connecticut" county "New Haven"/, '');
        const errors = (await checkSource(edited)).filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.code)).toEqual(['poa/form-notary']);
        expect(errors[0].message).toContain('Conn. Gen. Stat. § 1-352(a)(2)');
    });
});
