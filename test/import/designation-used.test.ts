/**
 * The agents appointed as "attorneys-in fact and agents" and named one at a time "such attorney-in-fact" (the
 * "For Executing Form ID and Forms 3, 4 and 5" form of sec16_mongodb-botha-cooley-form5-2020, ../shared/corpus/):
 * the importer reads the appointment with the designation the later sentences use of one agent, so that they render back.
 */
import { describe, expect, it } from 'vitest';
import { designationUsedOfOne } from '../../language/import/designation-used.js';
import { importText } from '../../language/import/index.js';

const APPOINTMENT = 'Know all by these presents, that the undersigned hereby constitutes and appoints each of Andrew Stephens and Sophie Hubscher of MongoDB, Inc. (the "Company") and Nicole Brookshire and Alison Haggerty of Cooley LLP with full power of substitution, signing individually, the undersigned\'s true and lawful attorneys-in fact and agents to:';
const ITEM_3 = "(3) Take any other action of any type whatsoever in connection with the foregoing that, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required of the undersigned, it being understood that the documents executed by the attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as the attorney-in-fact may approve in the attorney-in-fact's discretion.";

describe('the designation a document uses of one agent', () => {
    it('is found after "such" or "the", hyphens aside', () => {
        expect(designationUsedOfOne([APPOINTMENT, ITEM_3], 'attorneys-in fact')).toBe(true);
        expect(designationUsedOfOne(['hereby ratifying all that such attorney in fact shall lawfully do'], 'attorneys-in-fact')).toBe(true);
    });

    it('is not the plural with "and agents" when the document never says "attorney-in-fact and agent"', () => {
        expect(designationUsedOfOne([APPOINTMENT, ITEM_3], 'attorneys-in fact and agents')).toBe(false);
    });

    it('is not a designation whose singular is the plural itself', () => {
        expect(designationUsedOfOne(['such attorney'], 'attorney')).toBe(false);
    });
});

describe('an appointment of "attorneys-in fact and agents" followed by "such attorney-in-fact"', () => {
    it('is read with the designation alone, "and agents" the style\'s words, and the catch-all renders back', async () => {
        const text = `POWER OF ATTORNEY

${APPOINTMENT}

(1) Prepare, execute in the undersigned's name and on the undersigned's behalf, and submit to the Securities and Exchange Commission (the "SEC") Form ID and Forms 3, 4 and 5 (including amendments thereto and joint filing agreements in connection therewith) in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "Exchange Act") and the rules thereunder in the undersigned's capacity as an officer, director or beneficial owner of more than 10% of a registered class of securities of the Company;

${ITEM_3}

Date: February 27, 2020

By: /s/Roelof Botha
`;
        const { poa } = await importText(text, 'cooley.txt');
        expect(poa).toContain('phrasing appointment style each-of-substitution-first-and-agents');
        expect(poa).toContain('called "attorneys-in fact"');
        expect(poa).toContain('any other action style classic-that-required-of');
        expect(poa).not.toContain('power "Take any other action');
    });
});
