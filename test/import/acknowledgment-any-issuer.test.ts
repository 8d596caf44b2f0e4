/**
 * An acknowledgment that names the company by its defined term alone, "nor is any Company assuming" (as
 * ../shared/corpus/sec16_joby-hoffman-annex-2021.txt and sec16_mongodb-botha-sequoia-2017.txt print it): the
 * acknowledgment style not-assuming-any-issuer, read only when the term is the instrument's issuer's. The text has
 * the shape of the Joby power, with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const ACK = 'The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming, nor is any Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934, as amended.';

const text = (ack: string) => [
    'POWER OF ATTORNEY',
    '',
    'With respect to holdings of and transactions in securities issued by Example Aviation, Inc. (the "Company"), the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    '1. execute for and on behalf of the undersigned Forms 3, 4, and 5 in accordance with Section 16 of the Securities Exchange Act of 1934, as amended, and the rules thereunder; and',
    '',
    '2. do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any stock exchange or similar authority.',
    '',
    ack,
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 3rd day of May, 2022.',
    '',
    '/s/ Carla Diaz',
    '-------------------------',
    'Carla Diaz'
].join('\n');

const words = (s: string) => (s.match(/[A-Za-z0-9'-]+/g) ?? []).join(' ');

describe('an acknowledgment naming "any Company"', () => {
    it('is read as not-assuming-any-issuer and renders back word for word', async () => {
        const { poa, report } = await importText(text(ACK), 'any-company.txt');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-any-issuer');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(ACK);
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(ACK));
    });

    it('is not read so when the term is not the issuer\'s', async () => {
        const other = ACK.replace('any Company', 'any Affiliate');
        const { poa, report } = await importText(text(other), 'any-affiliate.txt');
        expect(poa).not.toContain('not-assuming-any-issuer');
        expect(report.keptAsWritten.map((k) => k.text)).toContain(other);
    });
});
