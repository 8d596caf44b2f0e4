/**
 * The agents as some powers name them: in an annex after the signature ("the individuals named on Annex A attached
 * hereto ..."), and with the company or firm each works for ("A and B of Example Corp. (the "Company") and C of
 * Roe & Doe LLP"); and the date printed under a testimonium that dates the power "as of the date written below".
 * The texts have the shapes of sec16_joby-hoffman-annex-2021 and sec16_mongodb-botha-cooley-form5-2020
 * (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { annexReference, readAnnexList } from '../../language/import/agents-annex.js';
import { parseAgentsWithFirms } from '../../language/import/agents-with-firms.js';
import { signatureStyleFromDateLine, testimoniumWithoutDate } from '../../language/import/date-below.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

const ANNEX = [
    'POWER OF ATTORNEY',
    '',
    'With respect to holdings of and transactions in securities issued by Example Air, Inc. (the "Company"), the undersigned hereby constitutes and appoints the individuals named on Annex A attached hereto and as may be amended from time to time, or any of them signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    '1. do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any stock exchange or similar authority.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 10th day of August, 2021.',
    '',
    '/s/ Carla Diaz',
    'Carla Diaz',
    '',
    'Annex A',
    '',
    'Individuals Appointed as Attorney-in-Fact with Full Power of Substitution and Resubstitution',
    '',
    '1. Ann Lee',
    '2. Bo Chan'
].join('\n');

describe('agents named in an annex', () => {
    it('reads the annex an appointment names by a style of the phrasebook\'s agents-annex', () => {
        expect(annexReference('the individuals named on Annex A attached hereto and as may be amended from time to time,')).toEqual({ style: 'as-amended', annex: 'Annex A' });
        expect(annexReference('each of the persons listed on Exhibit A attached hereto')).toEqual({ style: 'attached-hereto', annex: 'Exhibit A' });
        expect(annexReference('Ann Lee and Bo Chan')).toBeUndefined();
    });

    it('reads the names under the annex\'s heading, a caption and list markers on lines of their own allowed', () => {
        const lines = ['I appoint them.', '/s/ Carla Diaz', 'ANNEX A', 'Individuals Appointed as Attorney-in-Fact', '1.', 'Ann Lee', '2.', 'Bo Chan'];
        expect(readAnnexList(lines, 'Annex A', 0)).toEqual({ names: ['Ann Lee', 'Bo Chan'], indices: [5, 7], heading: 2 });
        expect(readAnnexList(['Annex A', '1. Ann Lee', '2. Bo Chan'], 'Annex A', -1)).toEqual({ names: ['Ann Lee', 'Bo Chan'], indices: [], heading: 0 });
        expect(readAnnexList(['EXHIBIT A', 'Dan Roe', 'Eve Poe', 'US-DOCS\\123.1'], 'Exhibit A', -1)?.names).toEqual(['Dan Roe', 'Eve Poe']);
        // No heading of that name, or no name under it: none (the agents are not invented).
        expect(readAnnexList(['Annex B', 'Ann Lee'], 'Annex A', -1)).toBeUndefined();
        expect(readAnnexList(['Annex A', 'The agents are those the Company names from time to time.'], 'Annex A', -1)).toBeUndefined();
    });

    it('writes the agents listed in the annex, the annex style and the issuer the opening defines, and renders every word but the caption', async () => {
        const { poa, report } = await importText(ANNEX, 'annex.txt');
        expect(poa).toContain([
            '    agents severally listed in "Annex A" {',
            '        agent lee "Ann Lee"',
            '        agent chan "Bo Chan"',
            '    }'
        ].join('\n'));
        expect(poa).toContain('issuer example "Example Air, Inc." { defined as "Company" }');
        expect(poa).toContain('phrasing agents-annex style as-amended');
        expect(poa).toContain('phrasing opening style with-respect-to-holdings');
        expect(await syntaxErrors(poa)).toEqual([]);
        // The annex's names are recognised; its caption, and its heading, which the renderer prints in capitals, are kept as written.
        const kept = report.keptAsWritten.map((k) => k.text);
        expect(kept).toContain('Individuals Appointed as Attorney-in-Fact with Full Power of Substitution and Resubstitution');
        expect(kept).toContain('Annex A');
        expect(kept.join(' ')).not.toMatch(/Ann Lee|Bo Chan|With respect to/);
        const rendered = words(await renderSource(poa));
        for (const w of words(ANNEX)) expect(rendered).toContain(w);
    });
});

const FIRMS = [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan of Example Corp. (the "Company") and Dan Roe of Roe & Doe LLP with full power of substitution, signing individually, the undersigned\'s true and lawful attorneys-in-fact to:',
    '',
    '(1) Do and perform any and all acts for and on behalf of the undersigned that may be necessary or desirable to prepare and execute any such Form ID and Forms 3, 4 or 5 (including amendments thereto and joint filing agreements in connection therewith) and timely file such forms with the SEC and any stock exchange, self-regulatory association or any similar authority.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the date written below.',
    '',
    'Date: March 3, 2020',
    '',
    'By: /s/Carla Diaz',
    'Carla Diaz'
].join('\n');

describe('agents with their firms', () => {
    it('reads each run of names with the organisation after its "of", and the definition an organisation has', () => {
        expect(parseAgentsWithFirms('Ann Lee and Bo Chan of Example Corp. (the "Company") and Dan Roe of Roe & Doe LLP')).toEqual([
            { name: 'Ann Lee', organisation: 'Example Corp.', defined: 'Example Corp. (the "Company")' },
            { name: 'Bo Chan', organisation: 'Example Corp.', defined: 'Example Corp. (the "Company")' },
            { name: 'Dan Roe', organisation: 'Roe & Doe LLP' }
        ]);
        expect(parseAgentsWithFirms('Ann Lee, Bo Chan and Dan Roe of Roe & Doe, L.L.P.')?.map((a) => a.organisation)).toEqual(['Roe & Doe, L.L.P.', 'Roe & Doe, L.L.P.', 'Roe & Doe, L.L.P.']);
    });

    it('reads nothing where a piece is no organisation with its legal form, or names no person', () => {
        expect(parseAgentsWithFirms('Ann Lee of Denver, Colorado')).toBeUndefined();
        expect(parseAgentsWithFirms('Ann Lee and Bo Chan')).toBeUndefined();
        expect(parseAgentsWithFirms('Ann Lee of Example Corp., a Delaware corporation (the "Company"), and Bo Chan')).toBeUndefined();
    });

    it('writes each agent with the issuer or the firm, and the execution dated by the line under the testimonium', async () => {
        const { poa, report } = await importText(FIRMS, 'firms.txt');
        expect(poa).toContain([
            '        agent lee "Ann Lee" of example',
            '        agent chan "Bo Chan" of example',
            '        agent roe "Dan Roe" of "Roe & Doe LLP"'
        ].join('\n'));
        expect(poa).toContain('issuer example "Example Corp." { defined as "Company" }');
        expect(poa).toContain('executed style caused-date-below 2020-03-03 {');
        expect(poa).toContain('signature "/s/Carla Diaz" style date-by-typed-name');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten.map((k) => k.text).join(' ')).not.toMatch(/IN WITNESS|Date:|Carla Diaz/);
        // A list of one power is printed without its marker "(1)".
        const rendered = words(await renderSource(poa));
        for (const w of words(FIRMS.replace('(1) ', ''))) expect(rendered).toContain(w);
    });
});

describe('a date printed under the testimonium', () => {
    it('knows the testimonium styles whose words hold no date, and the signature style that prints the date first', () => {
        expect(testimoniumWithoutDate('caused-date-below')).toBe(true);
        expect(testimoniumWithoutDate('caused')).toBe(false);
        expect(signatureStyleFromDateLine(['Date: {plain-date}', 'By: {conformed}'])).toBe('date-by-typed-name');
        expect(signatureStyleFromDateLine(['Date: {plain-date}', 'Signatures'])).toBe('date-signatures');
    });

    it('does not take a witness\'s date line after the principal\'s signature for the execution\'s date', async () => {
        const text = [
            'POWER OF ATTORNEY',
            '',
            'Know all by these presents, that the undersigned hereby constitutes and appoints Ann Lee, the undersigned\'s true and lawful attorney-in-fact to:',
            '',
            '(1) Do and perform any and all acts for and on behalf of the undersigned that may be necessary or desirable to prepare and execute any such Form ID and Forms 3, 4 or 5 (including amendments thereto and joint filing agreements in connection therewith) and timely file such forms with the SEC and any stock exchange, self-regulatory association or any similar authority.',
            '',
            'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the date written below.',
            '',
            '/s/ Carla Diaz',
            'Carla Diaz',
            '',
            'Date: March 3, 2020'
        ].join('\n');
        const { poa } = await importText(text, 'late-date.txt');
        expect(poa).not.toContain('style caused-date-below 2020-03-03');
    });
});
