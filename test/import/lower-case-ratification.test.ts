/**
 * The classic EDGAR form names the instrument "This Power of Attorney" in its term and testimonium but "this power of
 * attorney" in the ratification: the ratification style `substitutes-lower-case` reads that sentence, so the incidental
 * authority is recognised whole while the instrument keeps its capitals everywhere else.
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser } from '../../language/import/composed-template.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

// The Endeavor 2021 Section 16 power (../shared/corpus/sec16_endeavor-musk-2021.txt, EX-24, EDGAR accession 0000899243-21-017509).
const INCIDENTAL = "The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or such attorney-in-fact's substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted.";
const TERM = 'This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4, and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.';
const TESTIMONIUM = 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 28th day of April, 2021.';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

describe('a ratification naming the instrument in lower case', () => {
    it('is the style substitutes-lower-case, with no instrument name of its own', () => {
        const m = new ComposedRecogniser(['incidental-authority']).match(INCIDENTAL);
        expect(m).toMatchObject({ clause: 'incidental-authority', confidence: 1 });
        expect(m?.uses.map((u) => [u.clause, u.style])).toEqual([['substitution', 'or-revocation'], ['ratification', 'substitutes-lower-case']]);
    });

    it('is imported beside "This Power of Attorney" in the term and the testimonium, each rendered in its own case', async () => {
        const text = [
            'POWER OF ATTORNEY',
            'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Park, signing singly, the undersigned\'s true and lawful attorney-in-fact to:',
            '(1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as an officer and/or director of Acme Holdings, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;',
            `${INCIDENTAL}`,
            TERM,
            TESTIMONIUM,
            '/s/ Cy Doe'
        ].join('\n\n');
        const { poa, report } = await importText(text, 'acme.txt');
        expect(poa).toContain('ratification style substitutes-lower-case');
        expect(poa).not.toMatch(/incidental authority worded/);
        expect(report.keptAsWritten.some((k) => k.text.startsWith('The undersigned hereby grants'))).toBe(false);
        expect(report.clauses.some((c) => c.clause === 'incidental-authority')).toBe(true);
        const rendered = await renderSource(poa);
        expect(rendered).toContain('by virtue of this power of attorney and the rights');
        expect(words(rendered)).toContain(words(TERM));
        expect(rendered).toContain('caused this Power of Attorney to be executed');
    });
});
