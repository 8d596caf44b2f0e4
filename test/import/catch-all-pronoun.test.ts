/**
 * A catch-all that words its agent with another pronoun than the rest of the instrument ("... may approve in her
 * discretion", the ratification saying "or his substitute"): written `any other action style ... pronoun she`, the
 * agents keeping the pronoun the other clauses give them. The text has the shape of
 * sec16_yahoo-levchin-5yr-expiry-2012 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

const CATCH_ALL = '(2) Take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in her discretion.';

const TEXT = [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Dan Roe and Eli Poe, signing singly, his true and lawful attorney-in-fact to:',
    '',
    '(1) Execute for and on behalf of the undersigned Forms 3, 4 and 5 with respect to securities of Example! Inc., in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act"); and',
    '',
    CATCH_ALL,
    '',
    'The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform each and every act whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully as such attorney-in-fact could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or his substitute, shall lawfully do or cause to be done by virtue of this Power of Attorney and the rights and powers herein granted.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of December 13, 2012.',
    '',
    'Signature: /s/ Carl Diaz',
    'Print Name: Carl Diaz'
].join('\n');

describe('a catch-all with a pronoun of its own', () => {
    it('writes the pronoun on the catch-all, keeps the agents\' pronoun, and renders every word', async () => {
        const { poa, report } = await importText(TEXT, 'catch-all-pronoun.txt');
        expect(poa).toContain('any other action style classic-benefit-or-required pronoun she');
        expect(poa).toContain('agent roe "Dan Roe" { pronoun he }');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain('may approve in her discretion');
        expect(rendered).toContain('or his substitute, shall lawfully do');
        const renderedWords = words(rendered);
        for (const w of words(TEXT)) expect(renderedWords).toContain(w);
    });

    it('renders the clause with the agents\' pronoun when it states none', async () => {
        const { poa } = await importText(TEXT, 'catch-all-pronoun.txt');
        const rendered = (await renderSource(poa.replace(' pronoun she', ''))).replace(/\s+/g, ' ');
        expect(rendered).toContain('may approve in his discretion');
    });
});
