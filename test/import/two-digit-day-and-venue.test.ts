/**
 * A testimonium dated with the day in two digits and no ordinal ("as of this 07 day of February, 2022"), read as the
 * dating style `as-of-this-two-digit-day`, and a filing power whose last venue speaks of one attorney-in-fact ("such
 * other person or agency as the attorney-in-fact shall deem appropriate"). The text has the shape of
 * sec16_natera-botha-exhibit-a-2022 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { datingStyleOf } from '../../language/import/dating-style.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

const TEXT = [
    'POWER OF ATTORNEY',
    '',
    'The undersigned, as a Section 16 reporting person of Example Bio, Inc. (the "Company"), hereby constitutes and appoints each of Ann Lee and Bo Chan, the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    '1. complete and execute Form ID and Forms 3, 4, and 5 and other forms and all amendments thereto as such attorney-in-fact shall in his or her discretion determine to be required or advisable pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Company; and',
    '',
    '2. do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Company and such other person or agency as the attorney-in-fact shall deem appropriate.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 03 day of March, 2021.',
    '',
    'Signature:',
    '',
    '/s/ Carla Diaz',
    '',
    'Name:',
    '',
    'Carla Diaz'
].join('\n');

describe('a date with the day in two digits', () => {
    it('finds the dating style whose words the date is in, by the phrasebook', () => {
        expect(datingStyleOf('as of this 03 day of March, 2021', '2021-03-03')?.style).toBe('as-of-this-two-digit-day');
        expect(datingStyleOf('as of this 3rd day of March, 2021', '2021-03-03')?.style).toBe('as-of-this');
        expect(datingStyleOf('this 3rd day of March, 2021', '2021-03-03')?.style).toBe('this-day');
        // The words must be the date's: another day, or a day in one digit with no ordinal, is no style's.
        expect(datingStyleOf('as of this 04 day of March, 2021', '2021-03-03')).toBeUndefined();
        expect(datingStyleOf('as of this 3 day of March, 2021', '2021-03-03')).toBeUndefined();
    });
});

describe('a power in the shape of the Natera power', () => {
    it('writes the dating style, the venue in the singular and the signature lines, and renders every word', async () => {
        const { poa, report } = await importText(TEXT, 'two-digit-day.txt');
        expect(poa).toContain('phrasing dating style as-of-this-two-digit-day');
        expect(poa).toMatch(/executed style caused as of 2021-03-03 \{/);
        expect(poa).toMatch(/with sec, exchangesOrAssociations, company, otherAgency\b/);
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = await renderSource(poa);
        expect(rendered).toContain('as of this 03 day of March, 2021');
        expect(rendered.replace(/\s+/g, ' ')).toContain('such other person or agency as the attorney-in-fact shall deem appropriate');
        const renderedWords = words(rendered);
        for (const w of words(TEXT)) expect(renderedWords).toContain(w);
    });
});
