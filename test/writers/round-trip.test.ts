/**
 * Acceptance: the reference instrument exported to DOCX and PDF and read back
 * (word/document.xml; PDF text by pdf.js) is the SEC filing's text, word for
 * word within the 0.97 similarity bar of ../shared/tools/fidelity.mjs.
 */
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { parse } from 'node-html-parser';
import { similarity } from '../fidelity.js';
import { readExample, readFixture } from '../helpers.js';
import { docxText, pdfPages, readDocx, unicodeFont } from './read-back.js';

async function reference() {
    const { model } = await loadPoa(readExample('hartford-2007-section16.poa'), { validate: false });
    return { doc: renderDocument(model), text: readFixture('hartford-2007-section16-poa.txt') };
}

describe('round trip of the reference instrument', () => {
    it('DOCX text scores at least 0.97 against the filed text', async () => {
        const { doc, text } = await reference();
        const score = similarity(text, docxText(await readDocx(await renderDocx(doc))));
        expect(score).toBeGreaterThanOrEqual(0.97);
    });

    it('PDF text scores at least 0.97 against the filed text (page footer aside)', async () => {
        const { doc, text } = await reference();
        const pages = await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont(), creationDate: new Date(Date.UTC(2007, 6, 26)) }));
        expect(pages).toHaveLength(1);
        expect(pages[0]).toContain('Page 1 of 1');
        const body = pages.join('\n').replace(/Page \d+ of \d+/g, '');
        expect(similarity(text, body)).toBeGreaterThanOrEqual(0.97);
        // The footer is only three words: even counted, the text stays above the bar.
        expect(similarity(text, pages.join('\n'))).toBeGreaterThanOrEqual(0.97);
    });

    it('HTML and Markdown text score at least 0.97 too', async () => {
        const { doc, text } = await reference();
        expect(similarity(text, parse(renderHtml(doc)).querySelector('main')!.text)).toBeGreaterThanOrEqual(0.97);
        const md = renderMarkdown(doc).replace(/^# /gm, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
        expect(similarity(text, md)).toBeGreaterThanOrEqual(0.97);
    });
});
