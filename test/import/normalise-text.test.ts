/** Reading a document's text: wrapping, hyphenation, typography, page furniture, sentences. */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../language/import/normalise-text.js';
import { splitSentences } from '../../language/import/split-sentences.js';

describe('normaliseText', () => {
    it('undoes line wrapping and joins a word hyphenated at a line end, keeping a real hyphen', () => {
        const raw = [
            'The undersigned does hereby nominate, constitute and appoint Ann Lee, his true and',
            'lawful attorney-in-fact, to do any and all acts and things which said attorney-in-',
            'fact may deem neces-',
            'sary.'
        ].join('\n');
        expect(normaliseText(raw).paragraphs).toEqual([
            'The undersigned does hereby nominate, constitute and appoint Ann Lee, his true and lawful attorney-in-fact, to do any and all acts and things which said attorney-in-fact may deem necessary.'
        ]);
    });

    it('folds curly quotes and dashes', () => {
        expect(normaliseText('the \u201CCompany\u201D \u2014 the undersigned\u2019s name').paragraphs).toEqual(['the "Company" - the undersigned\'s name']);
    });

    it('keeps short lines of a signature block apart and separates paragraphs at blank lines', () => {
        const raw = 'IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney as of the 1st day of May, 2024.\n\n/s/ Jane Roe\nJane Roe';
        expect(normaliseText(raw).paragraphs).toEqual(['IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney as of the 1st day of May, 2024.', '/s/ Jane Roe\nJane Roe']);
    });

    it('sets aside the headers and footers of EDGAR exhibits', () => {
        const raw = 'Exhibit 24\n\nPOWER OF ATTORNEY\n\nEX-24\n\nThe undersigned hereby appoints Ann Lee.\n\nPage 1 of 2\n\n- 2 -\n\nUS-DOCS\\123456789.1\n\n[Signature Page Follows]';
        const n = normaliseText(raw);
        expect(n.paragraphs).toEqual(['POWER OF ATTORNEY', 'The undersigned hereby appoints Ann Lee.']);
        expect(n.setAside).toEqual(['Exhibit 24', 'EX-24', 'Page 1 of 2', '- 2 -', 'US-DOCS\\123456789.1', '[Signature Page Follows]']);
    });

    it('sets aside a firm\'s document number whose initials hold an ampersand, and keeps a line of text with a backslash', () => {
        const raw = 'Name:\n\nRoelof Botha\n\nGDSVF&H\\2490635.1\n\nEXHIBIT A';
        const n = normaliseText(raw);
        expect(n.setAside).toEqual(['GDSVF&H\\2490635.1']);
        expect(n.paragraphs).toEqual(['Name: Roelof Botha', 'EXHIBIT A']);
        expect(normaliseText('See folder A\\12345 of the records.').setAside).toEqual([]);
    });

    it('joins a signature caption to its value on the next line, and leaves a caption followed by another caption', () => {
        expect(normaliseText('Signature:\n\n/s/ Roelof Botha\n\nName:\n\nRoelof Botha').paragraphs).toEqual(['Signature: /s/ Roelof Botha', 'Name: Roelof Botha']);
        expect(normaliseText('Name:\nTitle:\n______').paragraphs).toEqual(['Name:\nTitle:\n______']);
    });
});

describe('splitSentences', () => {
    it('splits at full stops that end a sentence', () => {
        expect(splitSentences('The undersigned appoints Ann Lee. This authorization is durable.')).toEqual(['The undersigned appoints Ann Lee.', 'This authorization is durable.']);
    });

    it('does not split after legal abbreviations or initials', () => {
        const text = 'Acme Holdings, Inc. and Acme Co. file under 15 U.S.C. Sec. 78p, Form No. 4, as Donald C. Hunt signs. Next sentence.';
        expect(splitSentences(text)).toEqual(['Acme Holdings, Inc. and Acme Co. file under 15 U.S.C. Sec. 78p, Form No. 4, as Donald C. Hunt signs.', 'Next sentence.']);
    });

    it('does not split at the exclamation mark of a company\'s name (Yahoo! Inc., Yelp! Inc.)', () => {
        expect(splitSentences('securities of Yahoo! Inc., in accordance with Section 16(a). Wow! That ends.')).toEqual(['securities of Yahoo! Inc., in accordance with Section 16(a).', 'Wow!', 'That ends.']);
    });

    it('keeps the lines of a signature block as separate units', () => {
        expect(splitSentences('/s/ Jane Roe\nJane Roe')).toEqual(['/s/ Jane Roe', 'Jane Roe']);
    });
});
