/**
 * The classic item (1) for a principal who files in an individual capacity (filing style `classic-individual-capacity`,
 * read from the held-out Smith 2007 power, test/heldout/texts/smith-limited-section16-2007.txt), and a power that
 * ends by defining a term while the document defines another just after its name: it is not read without its
 * closing definition, which would render the words before that definition twice.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

const power = (item1: string) => [
    'LIMITED POWER OF ATTORNEY',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Park, signing singly, the undersigned\'s true and lawful attorney-in-fact to:',
    item1,
    '(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5 or amendment thereto and timely file such form with the United States Securities and Exchange Commission (the "SEC") and any stock exchange or similar authority; and',
    '(3) take any other action of any type whatsoever which, in the opinion of such attorney-in-fact, may be necessary or desirable in connection with the foregoing authority, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact\'s discretion.'
].join('\n\n');

describe('a filing in the principal\'s individual capacity', () => {
    it('is recognised, the Act defined with its rules', async () => {
        const item1 = '(1) execute for and on behalf of the undersigned, in the undersigned\'s individual capacity, Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended, and the rules thereunder (the "Exchange Act");';
        const { poa, report } = await importText(power(item1), 'individual.txt');
        expect(poa).toContain('file form3, form4, form5 under section16a including amendments style classic-individual-capacity');
        expect(poa).toContain('define act1934 "the Securities Exchange Act of 1934, as amended, and the rules thereunder" as "Exchange Act"');
        expect(report.keptAsWritten).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(item1.slice(4)));
    });
});

describe('a power that defines a term at its end, beside a term defined after its name', () => {
    it('keeps the power as written rather than say the words before the definition twice', async () => {
        const item1 = '(1) execute for and on behalf of the undersigned Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended, and the rules thereunder (the "Exchange Act");';
        const { poa } = await importText(power(item1), 'mixed.txt');
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words(item1.slice(4)));
        expect(rendered).not.toContain(words('and the rules thereunder (the "Exchange Act") and the rules thereunder'));
    });
});
