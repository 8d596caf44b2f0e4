/**
 * Blank forms leave a party to be filled in by hand, a line with its caption ("______ (name of attorney-in-fact)"):
 * import writes it as the language's blank, which renders the same line and caption.
 */
import { describe, expect, it } from 'vitest';
import { blankValue, readCaptionedBlank } from '../../language/import/captioned-blank.js';
import { normaliseText } from '../../language/import/normalise-text.js';
import { createRecogniser } from '../../language/import/recogniser.js';
import { recogniseDocument } from '../../language/import/recognise-document.js';
import { writePoa } from '../../language/import/write-poa.js';
import { renderSource } from '../helpers.js';

// The appointment of a federal blank form (21 CFR 1315.33's power for quota certifications), shortened.
const FORM = `Power of Attorney for certifications of quota

I, ____________ (name of person granting power), the undersigned, who am authorized to sign the current application for registration of the above-named registrant under the Controlled Substances Act, have made, constituted, and appointed, and by these presents, do make, constitute, and appoint ______ (name of attorney-in-fact), my true and lawful attorney for me in my name, place, and stead, to sign certifications of quota for procurement of ephedrine in accordance with Part 1315 of Title 21 of the Code of Federal Regulations.
`;

describe('captioned blanks', () => {
    it('reads a line of underscores and its caption, and nothing else', () => {
        expect(readCaptionedBlank('______ (name of attorney-in-fact)')).toEqual({ width: 6, caption: 'name of attorney-in-fact' });
        expect(readCaptionedBlank('______________')).toEqual({ width: 14 });
        expect(readCaptionedBlank('Ann Lee')).toBeUndefined();
        expect(readCaptionedBlank('__ (name)')).toBeUndefined();
        expect(blankValue('____________ (Name of registrant)')).toBe('blank 12 "Name of registrant"');
        expect(blankValue('Ann Lee (the "Agent")')).toBeUndefined();
    });

    it('writes an agent left blank on a form as a blank, which renders the same line and caption', async () => {
        const doc = recogniseDocument(normaliseText(FORM), createRecogniser([], {}), { name: 'Form' });
        const poa = writePoa(doc, 'form.txt');
        expect(poa).toMatch(/agent \w+ blank 6 "name of attorney-in-fact"/);
        expect(poa).not.toContain('"______');
        expect(await renderSource(poa)).toContain('______ (name of attorney-in-fact)');
    });
});
