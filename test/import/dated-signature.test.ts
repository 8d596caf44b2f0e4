/**
 * A signature block that dates the signature itself ("Dated: ..." / "By: /s/ ..." / "Name: ..."), with no
 * testimonium: the instrument is executed on that date, with no testimonium, in the signature style the date line
 * and the lines under it name together.
 */
import { describe, expect, it } from 'vitest';
import { datedSignature } from '../../language/import/dated-signature.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

describe('a date line heading the signature', () => {
    it('dates the instrument and names the styles it may begin', () => {
        const dated = datedSignature('Dated: {plain-date}', { 'plain-date': 'October 13, 2021' }, undefined);
        expect(dated?.date).toBe('2021-10-13');
        expect(dated?.styles).toContain('dated-by-name');
        expect(dated?.styles).not.toContain('print-name-dated');
    });

    it('does not date an instrument a testimonium dated, nor from a date that does not parse', () => {
        expect(datedSignature('Dated: {plain-date}', { 'plain-date': 'October 13, 2021' }, '2021-10-12')).toBeNull();
        expect(datedSignature('Dated: {plain-date}', { 'plain-date': 'the date above' }, undefined)).toBeNull();
        expect(datedSignature('By: {conformed}', { conformed: '/s/ Ann Lee' }, undefined)).toBeUndefined();
    });
});

describe('a power signed under a date line', () => {
    // The end of the Founder SPAC 2021 power (../shared/corpus/sec16_founder-spac-selby-13d-2021.txt, EX-24, EDGAR accession
    // 0001829126-21-012005), after a plain power.
    const SIGNATURE = 'Dated: October 13, 2021\n\nBy: /s/ Jack Selby\n\nName: Jack Selby';
    const text = [
        'POWER OF ATTORNEY',
        'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Park or any of them signing singly, and with full power of substitution, the undersigned\'s true and lawful attorney-in-fact to:',
        '(1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as an officer and/or director of Acme Holdings, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder.',
        SIGNATURE
    ].join('\n\n');

    it('is executed on that date with no testimonium, signed in the style dated-by-name', async () => {
        const { poa, report } = await importText(text, 'acme.txt');
        expect(poa).toContain('executed style no-testimonium 2021-10-13 {');
        expect(poa).toContain('signature "/s/ Jack Selby" style dated-by-name');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain('Dated: October 13, 2021');
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words(SIGNATURE));
        expect(rendered).not.toContain('IN WITNESS WHEREOF');
    });

    it('is not dated by a date line under the signature, such as a notary\'s', async () => {
        const notarised = text.replace(SIGNATURE, '/s/ Jack Selby\n\nJack Selby\n\nDated: October 14, 2021\n\n/s/ Christine Welch');
        const { poa } = await importText(notarised, 'acme.txt');
        expect(poa).not.toContain('no-testimonium');
        expect(poa).not.toContain('2021-10-14');
    });
});
