/**
 * A power of attorney closing a director and officer questionnaire: the undertakings before it are read against the
 * phrasebook's `undertaking` variants, the power itself ("I hereby appoint A, B and each of them as my full and lawful
 * Power of Attorney to sign on my behalf, after my review, the Annual Report on Form 10-K ...") as a first-person
 * appointment with its filing and fiscal year, and the block "Date: ... / Signatures / /s/ ... / name" as the
 * execution's date and signature style.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { recogniseGrantItem } from '../../language/import/grant-recogniser.js';
import { parseForms } from '../../language/import/slot-parsers.js';
import { recogniseUndertaking } from '../../language/import/undertakings.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

const QUESTIONNAIRE = `POWER OF ATTORNEY

I understand that the information I am furnishing to you herein will be used by the Company in the preparation of its 2011 Proxy Statement or its Annual Report to the SEC on Form 10-K for the year ended December 31, 2010, or both.

If I am a nominee for Director, I shall be deemed to have consented, by virtue of executing this Questionnaire, to being named as such in the Proxy Statement and to serve if elected.

In addition by signing this Questionnaire, I hereby appoint Maria L. Ortiz, Daniel Cho and each of them as my full and lawful Power of Attorney to sign on my behalf, after my review, the Annual Report on Form 10-K to be prepared and filed with the Securities and Exchange Commission for the year ended December 31, 2010.

Date: February 3, 2011

Signatures

/s/ PAUL R. KING
Paul R. King
`;

describe('questionnaire undertakings', () => {
    it('reads an undertaking as its variant of the phrasebook, with the values of its slots', () => {
        const m = recogniseUndertaking('If I am a nominee for Director, I shall be deemed to have consented, by virtue of executing this Questionnaire, to being named as such in the Proxy Statement and to serve if elected.');
        expect(m?.style).toBe('director-questionnaire');
        expect(m?.variant).toBe('consent-to-be-named');
        const use = recogniseUndertaking('I understand that the information I am furnishing to you herein will be used by the Company in the preparation of its 2011 Proxy Statement or its Annual Report to the SEC on Form 10-K for the year ended December 31, 2010, or both.');
        expect(use?.variant).toBe('information-use');
        expect(use?.slots).toMatchObject({ issuer: 'the Company', 'proxy-year': '2011', 'year-ended': 'December 31, 2010' });
        expect(recogniseUndertaking('I understand that this power of attorney may be revoked at any time.')).toBeUndefined();
    });

    it('reads "Form 10-K" as one form, and a filing for a fiscal year', () => {
        expect(parseForms('Form 10-K')).toEqual(['form10K']);
        expect(parseForms('Forms 10-Q and 8-K')).toEqual(['form10Q', 'form8K']);
        const item = recogniseGrantItem('sign on my behalf, after my review, the Annual Report on Form 10-K to be prepared and filed with the Securities and Exchange Commission for the year ended December 31, 2010', { issuerRef: () => undefined });
        expect(item?.line).toBe('file form10K under section13a for year ended 2010-12-31 style sign-after-review');
    });

    it('imports the questionnaire with nothing kept as written, and renders its words back', async () => {
        const { poa, report } = await importText(QUESTIONNAIRE, 'questionnaire.txt');
        expect(poa).toContain('voice first-person');
        expect(poa).toContain('undertakings { information-use consent-to-be-named }');
        expect(poa).toContain('issuer company "the Company"');
        expect(poa).toContain('file form10K under section13a for year ended 2010-12-31 style sign-after-review');
        expect(poa).toContain('phrasing agent-mode style and-each-listed');
        expect(poa).toContain('principal king "Paul R. King"');
        expect(poa).toMatch(/executed style no-testimonium 2011-02-03 \{\s*signature "\/s\/ PAUL R. KING" style date-signatures\s*\}/);
        expect(poa).not.toContain('worded');
        expect(report.wordsKeptAsWritten).toBe(0);
        expect(words(await renderSource(poa))).toBe(words(QUESTIONNAIRE));
    });

    it('keeps "A and B and each of them" in the style that joins the names with "and"', async () => {
        const text = QUESTIONNAIRE.replace('Maria L. Ortiz, Daniel Cho', 'Maria L. Ortiz and Daniel Cho');
        const { poa } = await importText(text, 'questionnaire.txt');
        expect(poa).toContain('phrasing agent-mode style and-each\n');
        expect(words(await renderSource(poa))).toBe(words(text));
    });
});
