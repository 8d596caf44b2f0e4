/**
 * A listed power that a securities-power style words whole, naming every filing in one phrase, each form "as required
 * under" its statute and the act once (the `sign-statements-granting` style of sec16_founder-spac-selby-13d-2021): one
 * `file` line per statute, the venues folded into it, the issuer it defines, and the style.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { readFormsAsRequired } from '../../language/import/whole-securities-power.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The Founder SPAC 2021 power's shape (../shared/corpus/sec16_founder-spac-selby-13d-2021.txt), with names and an
// issuer of our own and Schedule 13G for its 13D.
const POWER = '2. sign any and all SEC statements of beneficial ownership of securities of Example Acquisition Corp. (the "Company") on Schedule 13G as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the Securities Exchange Act of 1934, as amended, and any amendments thereto, and to file the same with all exhibits thereto, and other documents in connection therewith, with the SEC, the Company and any stock exchange on which any of the Company\'s securities are listed, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each act and thing requisite and necessary to be done under said Section 13 and Section 16(a), as fully and to all intents and purposes as the undersigned might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, and each of them, may lawfully do or cause to be done by virtue hereof.';
const TEXT = [
    'POWER OF ATTORNEY',
    '',
    'The undersigned constitutes and appoints Ann Lee and Bo Chan, or any of them acting singly, as the undersigned\'s true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for the undersigned and in the undersigned\'s name, place and stead, to:',
    '',
    '1. prepare, sign, and submit to the Securities and Exchange Commission (the "SEC") on its Electronic Data Gathering, Analysis, and Retrieval Filer Management website a Form ID application, including any amendments and exhibits thereto, and any other related documents as may be necessary or appropriate, to obtain from the SEC access codes to permit filing on the SEC\'s EDGAR system, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each act and thing requisite and necessary to be done as required by any rule or regulation of the SEC and the EDGAR Filer Manual as fully and to all intents and purposes as the undersigned might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, and each of them, may lawfully do or cause to be done by virtue hereof; and',
    '',
    POWER,
    '',
    'Dated: October 13, 2021',
    '',
    'By: /s/ Carla Diaz',
    '',
    'Name: Carla Diaz'
].join('\n');

describe('a securities power worded whole, each form "as required under" its statute', () => {
    it('reads the filings with their statutes, the act named once after the last', () => {
        expect(readFormsAsRequired('Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the Securities Exchange Act of 1934, as amended'))
            .toEqual([{ forms: ['schedule13D'], statute: 'section13' }, { forms: ['form3', 'form4', 'form5'], statute: 'section16a' }]);
        expect(readFormsAsRequired('Forms 3, 4 and 5 under Section 16(a)')).toBeUndefined();
        expect(readFormsAsRequired('Schedule 13D as required under the law')).toBeUndefined();
    });

    it('imports the power as its filings, venues, issuer and style, and renders its words', async () => {
        const { poa, report } = await importText(TEXT, 'founder.txt');
        expect(poa).toContain('issuer example "Example Acquisition Corp." { defined as "Company" }');
        expect(poa).toContain(['        file schedule13G under section13', '        file form3, form4, form5 under section16a', '        with sec, company, listingExchanges style folded'].join('\n'));
        expect(poa).toContain('phrasing securities-power style sign-statements-granting');
        expect(report.keptAsWritten).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(POWER.slice(3)));
    });
});
