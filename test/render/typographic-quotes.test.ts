/** `quotes typographic` curls quotation marks and apostrophes in the rendered text, and only when asked. */
import { describe, expect, test } from 'vitest';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const poa = (setting: string) => `poa X {
    kind section16
    ${setting}
    principal p "Pat O'Neil" { role "director" }
    agents { agent a "Ann Lee" }
    issuer co "Acme Corp." { defined as "Company" }
    grant { file form3, form4, form5 under section16a }
    executed 2024-03-01 { signature conformed }
}`;

describe('quotes typographic', () => {
    test('parses', async () => {
        expect(await syntaxErrors(poa('quotes typographic'))).toEqual([]);
        expect(await syntaxErrors(poa('quotes straight'))).toEqual([]);
    });

    test('curls defined terms\' quotation marks, possessives and apostrophes in names', async () => {
        const text = squash(await renderSource(poa('quotes typographic')));
        expect(text).toContain('Acme Corp. (the “Company”)');
        expect(text).toContain('to sign the undersigned’s name');
        expect(text).toContain('/s/ Pat O’Neil');
        expect(text).not.toMatch(/["']/);
    });

    test('straight quotes by default', async () => {
        const text = squash(await renderSource(poa('')));
        expect(text).toContain('Acme Corp. (the "Company")');
        expect(text).toContain("the undersigned's");
    });
});
