/**
 * "Form ID and Forms 3, 4 or 5" (the venues style `do-and-perform-prepare`, item (2) of the "For Executing Form ID and
 * Forms 3, 4 and 5" form): the named form joined to the numbered series by "and", the series by "or" (the slot
 * {forms-and-series-or}). Rendered so, the item is recognised from its words instead of kept as written.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

const source = (forms: string) => [
    'poa Prepare {', 'kind section16', 'jurisdiction federal',
    'principal lee "Ann Lee"', 'agents severally { agent park "Bo Park" }',
    'issuer acme "Acme Holdings, Inc." { defined as "Company" }',
    'grant {',
    `file ${forms} under section16a including amendments style prepare-execute-submit`,
    'with sec, exchanges style do-and-perform-prepare', '}', '}'
].join('\n');

describe('the slot {forms-and-series-or}', () => {
    it('joins Form ID to the numbered forms by "and", those by "or"', async () => {
        expect(words(await renderSource(source('formID, form3, form4, form5')))).toContain(words('to prepare and execute any such Form ID and Forms 3, 4 or 5 (including amendments thereto'));
    });

    it('names the numbered forms alone in the plural, joined by "or"', async () => {
        expect(words(await renderSource(source('form3, form4, form5')))).toContain(words('to prepare and execute any such Forms 3, 4 or 5 (including amendments thereto'));
    });
});

// Items (1) and (2) of the MongoDB 2020 power (../shared/corpus/sec16_mongodb-botha-cooley-form5-2020.txt, EX-24 to
// EDGAR accession 0001441816-20-000060), with another company and other agents.
const ITEM2 = '(2) Do and perform any and all acts for and on behalf of the undersigned that may be necessary or desirable to prepare and execute any such Form ID and Forms 3, 4 or 5 (including amendments thereto and joint filing agreements in connection therewith) and timely file such forms with the SEC and any stock exchange, self-regulatory association or any similar authority; and';
const TEXT = [
    'POWER OF ATTORNEY',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Park, signing individually, the undersigned\'s true and lawful attorneys-in-fact and agents to:',
    '(1) Prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the Securities and Exchange Commission (the "SEC") Form ID and Forms 3, 4 and 5 (including amendments thereto and joint filing agreements in connection therewith) in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "Exchange Act") and the rules thereunder in the undersigned\'s capacity as an officer, director or beneficial owner of more than 10% of a registered class of securities of Acme Holdings, Inc. (the "Company");',
    ITEM2,
    '(3) Take any other action of any type whatsoever in connection with the foregoing that, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required of the undersigned, it being understood that the documents executed by the attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as the attorney-in-fact may approve in the attorney-in-fact\'s discretion.',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 27th day of February, 2020.',
    '/s/ Cy Doe'
].join('\n\n');

describe('an item that names "Form ID and Forms 3, 4 or 5"', () => {
    it('is the venues item do-and-perform-prepare, not words kept as written', async () => {
        const { poa, report } = await importText(TEXT, 'prepare.txt');
        expect(poa).toMatch(/with sec, exchanges\w* style do-and-perform-prepare/);
        expect(report.keptAsWritten.some((k) => k.text.includes('prepare and execute any such Form ID'))).toBe(false);
        expect(words(await renderSource(poa))).toContain(words(ITEM2.slice(4)));
    });
});
