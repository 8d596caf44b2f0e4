/**
 * Signature lines no signature block or table is read from, at the end of a document whose execution was not
 * read: they are kept as the execution's own words (`executed none worded "..."`), which prints them where they
 * stand, never on the compensation clause, whose `compensation reasonable` would say the agents are paid. Two
 * trials found the signature lines of real powers written as a compensation clause: the Section 16 power of Mark
 * H. Duesenberg (September 9, 2008; test/fixtures/sec16_duesenberg-2008.txt, EDGAR accession 0000035214-08-000109)
 * and a registration statement's signature page.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { loadPoa } from '../../language/poa-document.js';
import { readFixture, renderSource, squash, syntaxErrors } from '../helpers.js';

describe('signature lines kept as written', () => {
    it('are the execution\'s words, not a compensation clause, and render where they stand', async () => {
        const text = readFixture('sec16_duesenberg-2008.txt');
        const { poa, report } = await importText(text, 'sec16_duesenberg-2008.txt');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(poa).not.toMatch(/^\s*compensation\b/m);
        expect(poa).toMatch(/^\s*executed none worded "\/s\/ Mark H\. Duesenberg Mark H\. Duesenberg Dated: {1,2}September 9, 2008"$/m);
        const kept = report.keptAsWritten.filter((k) => k.text.startsWith('/s/') || k.text.startsWith('Dated:'));
        expect(kept.length).toBeGreaterThan(0);
        expect(new Set(kept.map((k) => k.clause))).toEqual(new Set(['execution']));
        const { model } = await loadPoa(poa, { validate: false });
        expect(model.compensation).toBeUndefined();
        const rendered = squash(await renderSource(poa));
        expect(rendered.endsWith('or any such substitute. /s/ Mark H. Duesenberg Mark H. Duesenberg Dated: September 9, 2008')).toBe(true);
    });

    it('that speak of compensation stay on the compensation clause', async () => {
        const text = `POWER OF ATTORNEY

The undersigned hereby constitutes and appoints John Doe as the undersigned's true and lawful attorney-in-fact to sign and file Forms 3, 4 and 5 with the Securities and Exchange Commission.

The attorney-in-fact shall be reimbursed for expenses and paid reasonable compensation for services hereunder.
`;
        const { poa } = await importText(text, 'compensation.txt');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(poa).toMatch(/^\s*compensation reasonable worded "The attorney-in-fact shall be reimbursed/m);
        expect(poa).not.toMatch(/executed none worded/);
    });
});

describe('executed none worded', () => {
    it('prints its words as written, with no signature block of the principal', async () => {
        const rendered = squash(await renderSource(`poa X {
    kind securities
    principal p "each person whose signature appears below" { pronoun he }
    agents { agent a "Ann Lee" }
    grant { file formS8 under registration including amendments }
    executed none worded "IN WITNESS WHEREOF, each of the undersigned has hereunto set his or her hand."
}`));
        expect(rendered.endsWith('IN WITNESS WHEREOF, each of the undersigned has hereunto set his or her hand.')).toBe(true);
        expect(rendered).not.toContain('[PRINCIPAL]');
        expect(rendered).not.toContain('/s/');
    });
});
