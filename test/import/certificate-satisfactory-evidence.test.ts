/**
 * A notary's certificate in the notary style `certify-satisfactory-evidence`, whose words are those of the Washington
 * certificate under the Special Limited Power of Attorney given by Michael Larson for William H. Gates III (EDGAR
 * accession 0001104659-09-010124, exhibit 24.2; test/heldout/texts/gates-larson-special-limited-2008.txt): "State of
 * Washington" / "County of King" / "I certify that I know or have satisfactory evidence that ... is the person who
 * appeared before me, ..." / "Dated: August 12, 2008", then the notary's conformed signature and name. Before, the
 * certificate was kept as written, and with it the testimonium and the principal's signature, and the notary's signature
 * was read as a second principal's.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const TESTIMONIUM = 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 12th day of August, 2008.';
const CERTIFY = (pronoun: string, possessive: string) => `I certify that I know or have satisfactory evidence that Michael Larson is the person who appeared before me, and said person acknowledged that ${pronoun} signed this instrument as ${possessive} free and voluntary act for the uses and purposes mentioned in the instrument.`;

const instrument = (certificate: string, dated: string) => [
    'Power of Attorney', '',
    'The undersigned hereby appoints Alan D. Heuberger to do things.', '',
    TESTIMONIUM, '',
    '/s/Michael Larson', 'Michael Larson', '',
    'State of Washington', 'County of King', '',
    certificate, '',
    dated, '',
    '/s/Christine Welch', 'Christine Welch'
].join('\n');

describe('a notary\'s certificate "I certify that I know or have satisfactory evidence"', () => {
    it('reads the venue, the certificate and its date, and the signer\'s pronoun', async () => {
        const { poa, report } = await importText(instrument(CERTIFY('he', 'his'), 'Dated: August 12, 2008'), 'larson.txt');
        expect(poa).toContain('phrasing notary style certify-satisfactory-evidence');
        // The notary's signature and name are the notary's, not a second principal's.
        expect(poa).toContain('notary acknowledgment in "Washington" county "King" dated 2008-08-12 by "Christine Welch" conformed "/s/Christine Welch"');
        expect(poa).toContain('principal larson "Michael Larson" { pronoun he }');
        expect(poa).not.toMatch(/principal welch|signature "\/s\/Christine Welch"/);
        expect(report.keptAsWritten.map((k) => k.text)).toEqual(['The undersigned hereby appoints Alan D. Heuberger to do things.']);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(`${TESTIMONIUM} /s/Michael Larson Michael Larson State of Washington County of King ${CERTIFY('he', 'his')} Dated: August 12, 2008 /s/Christine Welch Christine Welch`);
    });

    it('does not take a name under the notary\'s signature that is not the name signed for the notary\'s', async () => {
        const { poa, report } = await importText(instrument(CERTIFY('he', 'his'), 'Dated: August 12, 2008').replace(/Christine Welch$/, 'Notary Public'), 'larson.txt');
        expect(poa).not.toContain(' by "Notary Public"');
        expect(poa).not.toMatch(/principal welch|principal notary/i);
        expect(report.keptAsWritten.map((k) => k.text)).toContain('Notary Public');
        expect(await syntaxErrors(poa)).toEqual([]);
    });

    it('names the signer in the third person with the pronoun the certificate gives', async () => {
        const { poa, report } = await importText(instrument(CERTIFY('she', 'her'), 'Dated: August 12, 2008'), 'larson.txt');
        expect(poa).toContain('principal larson "Michael Larson" { pronoun she }');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(CERTIFY('she', 'her'));
        expect((await renderSource(poa)).replace(/\s+/g, ' ')).toContain(CERTIFY('she', 'her'));
    });

    it('leaves a blank date of the certificate blank', async () => {
        const { poa, report } = await importText(instrument(CERTIFY('he', 'his'), 'Dated: ____________'), 'larson.txt');
        expect(poa).toContain('notary acknowledgment in "Washington" county "King" dated blank 12');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain('Dated: ____________');
        expect((await renderSource(poa)).replace(/\s+/g, ' ')).toContain('Dated: ____________');
    });
});
