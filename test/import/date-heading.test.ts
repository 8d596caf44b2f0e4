/**
 * A date printed alone under the title, before the first sentence (sec16_rubicon-selby-ratify-2023: "POWER OF
 * ATTORNEY" / "January 9, 2023" / "Know all by these presents ..."), is imported as the letter's date line alone
 * (`letter { dated ... }`), not kept as written on the grant, where it would turn every listed power into worded
 * text; a testimonium that dates the instrument "as of the date first set forth above" is executed as of that date.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { recogniseDateHeading } from '../../language/import/letter-parts.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];
const units = (...texts: string[]) => texts.map((text, paragraph) => ({ text, paragraph }));

// The shape of sec16_rubicon-selby-ratify-2023 (../shared/corpus), shortened, with names of our own.
const DATED = [
    'POWER OF ATTORNEY',
    '',
    'March 3, 2020',
    '',
    'Know all by these presents that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, and any of their substitutes, signing singly, as the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    '1. execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director of Example Corp. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder; and',
    '',
    '2. take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact\'s discretion.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the date first set forth above.',
    '',
    '/s/ Carla Diaz',
    'Name: Carla Diaz'
].join('\n');

describe('a date line above the text', () => {
    it('is the date alone on a line between the title and the first sentence', () => {
        const heading = recogniseDateHeading(units('POWER OF ATTORNEY', 'March 3, 2020', 'Know all by these presents that the undersigned hereby appoints Ann Lee to sign Forms 3, 4 and 5.'));
        expect(heading).toMatchObject({ dated: '2020-03-03', letterhead: [], to: [], footer: [] });
        expect([...heading!.units]).toEqual([1]);
    });

    it('is not a date that starts a paragraph, follows a sentence, heads a block of short lines, or is worded otherwise', () => {
        const opening = 'The undersigned hereby appoints Ann Lee to sign Forms 3, 4 and 5 for the undersigned.';
        expect(recogniseDateHeading([{ text: 'March 3, 2020', paragraph: 0 }, { text: opening, paragraph: 0 }])).toBeUndefined();
        expect(recogniseDateHeading(units(opening, 'March 3, 2020', opening))).toBeUndefined();
        expect(recogniseDateHeading(units('March 3, 2020', 'Securities and Exchange Commission', opening))).toBeUndefined();
        // "3rd day of March, 2020" would render back as "March 3, 2020": not taken.
        expect(recogniseDateHeading(units('the 3rd day of March, 2020', opening))).toBeUndefined();
    });

    it('is imported as the letter\'s date, the listed powers recognised and the execution dated by it', async () => {
        const { poa } = await importText(DATED, 'dated.txt');
        expect(poa).toContain(['    letter {', '        dated 2020-03-03', '    }'].join('\n'));
        expect(poa).not.toMatch(/worded "March 3, 2020/);
        expect(poa).toContain('file form3, form4, form5 under section16a');
        expect(poa).toContain('executed style caused as of 2020-03-03');
        expect(poa).toContain('phrasing dating style date-first-above');
        const { diagnostics } = await loadPoa(poa, { validate: false });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const rendered = await renderSource(poa);
        // The date is printed once, above the text, and the testimonium refers to it.
        expect(rendered.match(/March 3, 2020/g)).toHaveLength(1);
        expect(rendered).toContain('to be executed as of the date first set forth above.');
        const got = words(rendered);
        for (const w of words(DATED)) expect(got).toContain(w);
    });
});
