/**
 * Three phrasings of the classic EDGAR form read from the Rumble 2023 power
 * (../shared/corpus/sec16_rumble-sacks-13d13g-2023.txt, EX-24 to EDGAR accession 0001213900-23-056008), here with
 * other parties: the incidental authority "any and every act and thing necessary to be done"
 * (`personally-present-necessary`), the catch-all "subject to prior notice to the undersigned or undersigned's counsel"
 * (`classic-prior-notice`) and a term that names every form of the grant, a Form ID included
 * (`no-longer-required-grant-forms`), which the style whose forms are the term's statutes' (never a Form ID) does not read.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

const CATCH_ALL = "(3) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact and subject to prior notice to the undersigned or undersigned's counsel, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact's discretion in accordance with the foregoing.";
const INCIDENTAL = "The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing necessary to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or such attorney-in-fact's substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted.";
const TERM = "This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Form ID, Forms 3, 4, 5, 13D and 13G, as applicable, with respect to the undersigned's holdings of and transactions in securities issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.";

const TEXT = [
    'POWER OF ATTORNEY',
    'The undersigned hereby constitutes and appoints Ann Lee and Bo Park, signing singly, as the undersigned\'s true and lawful attorney-in-fact to:',
    '(1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as an executive officer and/or director of Acme Holdings Inc. (the "Company"), a Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable, and any other documents necessary to facilitate the filing of reports in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;',
    '(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form ID, Forms 3, 4, 5, 13D and 13G, as applicable, complete and execute any amendment or amendments thereto, and timely file such form with the United States Securities and Exchange Commission and any stock exchange or similar authority; and',
    CATCH_ALL,
    INCIDENTAL,
    TERM,
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 29th day of June, 2023.',
    '/s/ Cy Doe'
].join('\n\n');

describe('the classic form with notice to counsel, "necessary to be done" and every form in the term', () => {
    it('recognises the three sentences in their styles, nothing kept as written', async () => {
        const { poa, report } = await importText(TEXT, 'classic.txt');
        expect(poa).toContain('any other action style classic-prior-notice');
        expect(poa).toContain('incidental authority style personally-present-necessary');
        expect(poa).toContain('phrasing term-end style no-longer-required-grant-forms');
        expect(poa).toMatch(/term \{ ends when no longer subject to section16 for \w+ \}/);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = words(await renderSource(poa));
        for (const s of [CATCH_ALL.slice(4), INCIDENTAL, TERM]) expect(rendered).toContain(words(s));
    });

    it('reads a term without the Form ID in the style of the term\'s own statutes', async () => {
        const term = TERM.replace('Form ID, Forms 3, 4, 5, 13D and 13G, as applicable,', 'Forms 3, 4, 5, 13D and 13G, as applicable,');
        const { poa } = await importText(TEXT.replace(TERM, term), 'classic.txt');
        expect(poa).not.toContain('no-longer-required-grant-forms');
    });
});
