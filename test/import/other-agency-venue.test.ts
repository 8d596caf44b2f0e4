/**
 * The last venue of a filing power, "such other person or agency as ... shall deem appropriate", read with the agents
 * as the instrument names them there: the venue `otherAgencies` in a style of the phrasebook clause `other-agency`.
 * The wordings are those of the SolarCity 2012 power ("as the attorney", ../shared/corpus/sec16_solarcity-musk-witness-2012.txt,
 * EDGAR accession 0001181431-12-064161) and the Palantir 2020 power ("as such attorney-in-fact and agent",
 * ../shared/corpus/sec16_palantir-thiel-lawfirm-agents-2020.txt, EDGAR accession 0001209191-20-051619); the power
 * below has the shape of the SolarCity power, with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { parseVenues } from '../../language/import/grant-recogniser.js';
import { readOtherAgency } from '../../language/import/other-agency-venue.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const ctx = { issuerRef: (text: string) => (/^the (?:Company|Corporation)$/.test(text) ? 'acme' : undefined) };

describe('the other person or agency the agents deem appropriate', () => {
    it('reads the agents as "the attorney" and as "such attorney-in-fact and agent"', () => {
        expect(readOtherAgency('such other person or agency as the attorney shall deem appropriate')?.style).toBe('the-attorney');
        expect(readOtherAgency('such other person or agency as such attorney-in-fact and agent shall deem appropriate')?.style).toBe('such-designation-one-and-agent');
        // Not a venue of this kind: another phrase.
        expect(readOtherAgency('any stock exchange or similar authority')).toBeUndefined();
    });

    it('reads it as the last of the venues, with the phrasing that words it', () => {
        const phrasings: string[] = [];
        expect(parseVenues('the Securities and Exchange Commission, any securities exchange or national association, the Corporation and such other person or agency as such attorney-in-fact and agent shall deem appropriate', ctx, phrasings))
            .toEqual(['sec', 'exchangesOrAssociations', 'company', 'otherAgencies']);
        expect(phrasings).toEqual(['phrasing other-agency style such-designation-one-and-agent']);
    });

    it('leaves the catalog\'s own wordings to the venues\' names, with no phrasing', () => {
        const phrasings: string[] = [];
        expect(parseVenues('the Company and such other person or agency as the attorneys-in-fact shall deem appropriate', ctx, phrasings)).toEqual(['company', 'otherAgencies']);
        expect(parseVenues('the Company and such other person or agency as the attorney-in-fact shall deem appropriate', ctx, phrasings)).toEqual(['company', 'otherAgency']);
        expect(phrasings).toEqual([]);
    });

    it('adds no phrasing when the venues are not read whole', () => {
        const phrasings: string[] = [];
        expect(parseVenues('such other person or agency as the attorney shall deem appropriate and the Board of Trade', ctx, phrasings)).toBeUndefined();
        expect(phrasings).toEqual([]);
    });
});

const TEXT = [
    'LIMITED POWER OF ATTORNEY - SECURITIES LAW COMPLIANCE',
    '',
    'The undersigned, as an officer or director of Example Solar Corporation (the "Company"), hereby constitutes and appoints Ann Lee, Bo Chan and Carl Dunn, and each of them, the undersigned\'s true and lawful attorney-in-fact and agent to complete and execute such Forms 144, Forms 3, 4 and 5 and other forms as such attorney shall in his discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933 (as amended), Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Company, and to do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Company and such other person or agency as the attorney shall deem appropriate. The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof.',
    '',
    'This Limited Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Company unless earlier revoked by the undersigned in a writing delivered to the foregoing attorneys-in-fact.',
    '',
    'This Limited Power of Attorney is executed at Austin, Texas, as of the date set forth below.',
    '',
    '/s/ Dana Fox',
    '----------------------------------------',
    'Dana Fox',
    '',
    'Dated: May 4, 2015',
    '---------------------------------'
].join('\n');

describe('a power in the shape of the SolarCity power', () => {
    it('writes the venue with its style, keeps nothing as written, and renders the venue\'s words', async () => {
        const { poa, report } = await importText(TEXT, 'other-agency.txt');
        expect(poa).toMatch(/with sec, exchangesOrAssociations, company, otherAgencies\b/);
        expect(poa).toContain('phrasing other-agency style the-attorney');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain('the Company and such other person or agency as the attorney shall deem appropriate.');
    });
});
