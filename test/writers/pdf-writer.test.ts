import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { HOSTILE_NAME, LONG_NAME, RTL_NAME, longDocument, numberedDocument, proseDocument } from './fixtures.js';
import { pdfInfo, pdfPages, unicodeFont } from './read-back.js';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('PDF writer', () => {
    it('writes selectable text in reading order, title first', async () => {
        const pages = await pdfPages(await renderPdf(proseDocument(), { unicodeFont: unicodeFont() }));
        const text = flat(pages.join('\n'));
        expect(text.startsWith('POWER OF ATTORNEY The undersigned hereby appoints Ricardo A. Anzaldua')).toBe(true);
        expect(text).toContain(`securities of ${HOSTILE_NAME} (the "Company").`);
        expect(text).toContain('IN WITNESS WHEREOF, I have hereunto set my hand this 26th day of July, 2007.');
        expect(text.indexOf('WITNESSES')).toBeLessThan(text.indexOf('ACKNOWLEDGMENT'));
        expect(text).toContain('County of __________');
    });

    it('shows long and right-to-left names as text (the latter in the Unicode font)', async () => {
        const text = flat((await pdfPages(await renderPdf(proseDocument(), { unicodeFont: unicodeFont() }))).join('\n'));
        expect(text.replace(/ /g, '')).toContain(LONG_NAME.replace(/ /g, ''));
        // pdf.js may give the Hebrew letters in visual order; either way each word is there.
        const words = RTL_NAME.split(' ');
        for (const w of words) expect(text.includes(w) || text.includes([...w].reverse().join(''))).toBe(true);
    });

    it('without a Unicode font, replaces characters the standard fonts lack by "?" rather than garbage', async () => {
        const text = flat((await pdfPages(await renderPdf(proseDocument()))).join('\n'));
        expect(text).toContain('revoked by ??? ??? in a signed writing');
    });

    it('sets a word of 30,000 characters with every character, measuring each character a bounded number of times', async () => {
        // pdfkit alone measures all that is left of an over-long word again at each line it cuts off (a
        // 153,000-character word took 44 s): the writer sets such a word in line-sized pieces. What is
        // counted is the characters handed to pdfkit's width measurement, which grew with the square of the
        // word's length.
        const word = 'x'.repeat(20_000) + 'W'.repeat(10_000);
        const doc = proseDocument();
        doc.blocks.splice(2, 0, { kind: 'paragraph', id: 'long', runs: [{ text: `Before the word ${word} and after it.` }] });
        const measuring = PDFDocument.prototype as unknown as { widthOfString: (s: string, ...rest: unknown[]) => number };
        const original = measuring.widthOfString;
        let measured = 0;
        measuring.widthOfString = function (this: unknown, s: string, ...rest: unknown[]) {
            measured += String(s).length;
            return original.call(this, s, ...rest);
        };
        let pages: string[];
        try {
            pages = await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont() }));
        } finally {
            measuring.widthOfString = original;
        }
        // The word runs over several pages: their footers are taken out before reading it back.
        const text = pages.join('\n').replace(/Page \d+ of \d+/g, '');
        const letters = text.replace(/\s+/g, '');
        expect(letters).toContain(`Beforetheword${word}andafterit.`);
        // Every line of the word is one piece: no line holds two pieces with a space printed between them.
        for (const line of text.split('\n')) expect(line.trim()).not.toMatch(/[xW]+ [xW]+/);
        expect(measured).toBeLessThan(word.length * 10);
    });

    it('puts "Page X of Y" on every page', async () => {
        const pages = await pdfPages(await renderPdf(longDocument(), { unicodeFont: unicodeFont() }));
        expect(pages.length).toBeGreaterThan(1);
        pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    });

    it('keeps each signature, witness and notary block on one page', async () => {
        // Pad the document by one paragraph at a time so that a block falls across a page end in one of the variants.
        for (let extra = 0; extra < 12; extra++) {
            const doc = longDocument();
            for (let i = 0; i < extra; i++) doc.blocks.splice(3, 0, { kind: 'paragraph', id: `x${i}`, runs: [{ text: 'Filler line to move the blocks down the page.' }] });
            const pages = (await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont() }))).map(flat);
            const pageOf = (s: string) => pages.findIndex((p) => p.includes(s));
            expect(pageOf('WITNESSES')).toBe(pageOf('Signed in our presence'));
            const w = pages[pageOf('WITNESSES')];
            expect(w.split('Witness signature').length - 1).toBe(2);
            const n = pages[pageOf('ACKNOWLEDGMENT')];
            expect(n).toContain('State of New York');
            expect(n).toContain('Notary Public');
            expect(n).toContain('My commission expires:');
            expect(pageOf('/s/ Jane Q. Officer')).toBe(pageOf('Wolfeschlegelsteinhausenbergerdorff Jr.'));
            expect(pageOf('IN WITNESS WHEREOF')).toBe(pageOf('/s/ Jane Q. Officer'));
        }
    });

    it('numbers paragraphs when the layout asks', async () => {
        const text = flat((await pdfPages(await renderPdf(numberedDocument(), { unicodeFont: unicodeFont() }))).join('\n'));
        expect(text).toMatch(/1\. The undersigned hereby appoints/);
        expect(text).toMatch(/2\. This power of attorney takes effect/);
        expect(text).toMatch(/3\. The undersigned ratifies/);
    });

    it('records title, subject and author, and gives the same bytes for the same document', async () => {
        const date = new Date(Date.UTC(2007, 6, 26));
        const a = await renderPdf(proseDocument(), { creationDate: date });
        const b = await renderPdf(proseDocument(), { creationDate: date });
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
        const info = await pdfInfo(a);
        expect(info.Title).toBe('POWER OF ATTORNEY');
        expect(info.Subject).toBe('Section 16 power of attorney');
        expect(info.Author).toBe('Jane Q. Officer');
        const undated = await pdfInfo(await renderPdf(proseDocument()));
        expect(undated.CreationDate).toBeUndefined();
    });
});
