/**
 * The tolerant reading: a sentence kept as written that differs from a phrasebook style by a word or two is read
 * with that style, the filed words kept as `as-filed` edits of its clause, so that the clause stays structured and
 * the rendering reproduces the filed words. The texts are shaped on filed Section 16 powers (Rumble/Sacks 2023 for
 * the grant of incidental authority, Joby/Hoffman 2021 for the Form ID power's "obtain and/or regenerate codes").
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/import-document.js';
import { tolerantReading } from '../../language/import/tolerant-reading.js';
import { phrasebookTemplates } from '../../language/import/phrasebook-templates.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderedWords, reproduces } from '../../language/import/verify-rendering.js';

// Filed: "... any and every act and thing necessary to be done ..."; here two words more, as other filings word it.
const INCIDENTAL = "The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing necessary or appropriate to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or such attorney-in-fact's substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted.";

const DOCUMENT = `POWER OF ATTORNEY

The undersigned hereby constitutes and appoints Michael Ellis and Sergey Milyukov, signing singly, as the undersigned's true and lawful attorney-in-fact to:

(1) execute for and on behalf of the undersigned, in the undersigned's capacity as an executive officer and/or director of Rumble Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the United States Securities and Exchange Commission and any stock exchange or similar authority; and

(3) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact's discretion.

${INCIDENTAL}

IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 29th day of June, 2023.

/s/ David Sacks
`;

describe('tolerant reading', () => {
    it('puts the differing words of a sentence back into the closest style\'s words, with the edit that restores them', () => {
        const reading = tolerantReading(INCIDENTAL, phrasebookTemplates(['incidental-authority']));
        expect(reading).toBeDefined();
        expect(reading!.rewritten).toBe(INCIDENTAL.replace('necessary or appropriate to be', 'necessary to be'));
        expect(reading!.edits).toEqual([{ style: 'thing necessary to be', filed: 'thing necessary or appropriate to be', words: 2 }]);
    });

    it('leaves a sentence that differs by more than a few words alone', () => {
        const far = INCIDENTAL.replace('full power and authority to do and perform any and every act and thing', 'the right, at its sole election and on such terms as it sees fit, to undertake whatever step or measure');
        expect(tolerantReading(far, phrasebookTemplates(['incidental-authority']))).toBeUndefined();
    });

    it('imports the sentence with its style and one edit, and renders the filed sentence word for word', async () => {
        const { poa, report } = await importText(DOCUMENT, 'sacks.txt');
        expect(poa).toContain('incidental authority style personally-present-necessary');
        expect(poa).toMatch(/as-filed incidental-authority \{\s*reading "thing necessary to be" as "thing necessary or appropriate to be"\s*\}/);
        expect(poa).not.toContain('worded "The undersigned hereby grants');
        expect(report.asFiled).toEqual([{ clause: 'incidental-authority', style: 'thing necessary to be', filed: 'thing necessary or appropriate to be' }]);
        // Only the two words the edit keeps count as kept as written.
        expect(report.wordsKeptAsWritten).toBe(2);
        const { model, diagnostics } = await loadPoa(poa);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(reproduces(renderedWords(renderDocument(model)), INCIDENTAL)).toBe(true);
    });
});
