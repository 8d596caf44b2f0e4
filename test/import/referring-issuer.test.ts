/**
 * No issuer is read from words that refer back to someone already named. The acknowledgment of the Gates Foundation
 * Trust's power (sec16_gates-foundation-trust-cotrustees-2007 in ../shared/corpus), "The undersigned acknowledge that
 * the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming any of
 * the undersigned's responsibilities to comply with such laws.", fills the issuer slot of the `not-assuming` style's
 * `issuer-only` variant with "the foregoing attorney-in-fact, ...": before, the file then defined
 * `issuer foregoing "the foregoing attorney-in-fact, ..."`. The shape is the filing's, the names our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const GRANT = 'The undersigned, as Co-Trustees of the Example Family Trust (the "Trust"), do hereby constitute and appoint Lee Park as the true and lawful attorney of the undersigned, with full power of substitution, to execute and file any documents in respect of any securities held by the Trust.';
const ACKNOWLEDGMENT = 'The undersigned acknowledge that the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming any of the undersigned\'s responsibilities to comply with such laws.';

describe('an issuer read from an acknowledgment', () => {
    it('is never the foregoing attorney-in-fact, and the sentence is kept whole', async () => {
        const { poa } = await importText(['Special Power of Attorney', '', GRANT, ' ' + ACKNOWLEDGMENT].join('\n'), 'trust.txt');
        expect(poa).not.toMatch(/^\s*issuer\b/m);
        expect(poa).not.toMatch(/\bforegoing\s+"/);
        expect(await syntaxErrors(poa)).toEqual([]);
        expect((await renderSource(poa)).replace(/\s+/g, ' ')).toContain(ACKNOWLEDGMENT);
    });

    it('is still the company an acknowledgment names', async () => {
        const text = ['Power of Attorney', '', 'The undersigned hereby constitutes and appoints Lee Park the undersigned\'s true and lawful attorney-in-fact to: (1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director of Acme Corp., a Delaware corporation (the "Company"), Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder.', '', 'The undersigned acknowledges that the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934.'].join('\n');
        const { poa } = await importText(text, 'acme.txt');
        expect(poa).toMatch(/^\s*issuer \w+ "Acme Corp\."/m);
    });
});
