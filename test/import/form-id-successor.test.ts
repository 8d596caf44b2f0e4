/**
 * A Form ID power that also covers the Form ID's successors and the SEC's rules "promulgated thereunder" (the
 * edgar-access style `form-id-reports-successor`), read as an item of an enumerated grant.
 */
import { describe, expect, it } from 'vitest';
import { recogniseGrantItem } from '../../language/import/grant-recogniser.js';

// Item (a) of the Affirm 2021 power (../shared/corpus/sec16_affirm-levchin-2021.txt, EX-24, EDGAR accession 0001209191-21-003525).
const ITEM = 'prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the U.S. Securities and Exchange Commission (the "SEC") a Form ID (or any successor form), including amendments thereto, and any other documents necessary or appropriate to obtain codes and passwords enabling the undersigned to make electronic filings with the SEC of reports required by Section 16(a) or any rule or regulation of the SEC promulgated thereunder';

describe('a Form ID power with its successor forms', () => {
    it('is the edgar access in the style that words the successors', () => {
        expect(recogniseGrantItem(ITEM, { issuerRef: () => undefined })).toMatchObject({ clause: 'edgar-access', line: 'edgar access style form-id-reports-successor' });
    });

    it('is not read so without the successors, which the style would add', () => {
        const without = ITEM.replace(' (or any successor form)', '').replace(' promulgated thereunder', '');
        expect(recogniseGrantItem(without, { issuerRef: () => undefined })?.line).toBe('edgar access style form-id-reports');
    });
});
