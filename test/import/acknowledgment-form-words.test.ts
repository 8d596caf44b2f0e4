/**
 * The acknowledgment of the "Securities Law Compliance" form kept word for word ("nor is the Company assuming", "the
 * Securities Exchange Act of 1934 (as amended)") by a power that defines the issuer as "the Corporation" and names the
 * Act ", as amended" elsewhere: the acknowledgment style not-assuming-form-words. The text has the shape of
 * sec16_palantir-thiel-lawfirm-agents-2020 (../shared/corpus, EDGAR accession 0001209191-20-051619), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const ACK = 'The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934 (as amended).';

const TEXT = [
    'LIMITED POWER OF ATTORNEY - SECURITIES LAW COMPLIANCE',
    '',
    'The undersigned, as an officer or director of Example Data, Inc. (the "Corporation"), hereby constitutes and appoints Ann Lee and Bo Chan, and each of them, the undersigned\'s true and lawful attorneys-in-fact and agents to complete and execute such Forms 144, Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in his or her discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933, as amended, Section 16 of the Securities Exchange Act of 1934, as amended, and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Corporation, and to do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Corporation and such other person or agency as such attorney-in-fact and agent shall deem appropriate.',
    '',
    `The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof. ${ACK}`,
    '',
    'This Limited Power of Attorney is executed as of the date set forth below.',
    '',
    'Signature: /s/ Dana Fox',
    '',
    'Print Name: Dana Fox',
    '',
    'Dated: May 4, 2021'
].join('\n');

describe('the acknowledgment in the form\'s own words', () => {
    it('is read as the style not-assuming-form-words, not kept as written, and renders its words', async () => {
        const { poa, report } = await importText(TEXT, 'form-words.txt');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-form-words');
        expect(poa).toContain('issuer');
        expect(poa).toContain('defined as "Corporation"');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten.filter((k) => k.clause === 'acknowledgment')).toEqual([]);
        expect((await renderSource(poa)).replace(/\s+/g, ' ')).toContain(ACK);
    });
});
