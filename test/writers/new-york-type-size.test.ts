/**
 * N.Y. Gen. Oblig. Law § 5-1501B(1)(a): a New York power of attorney must be "typed or printed using letters
 * which are legible or of clear type no less than twelve point in size". A trial's Word export of a New York
 * power printed the names under the signature lines in a 9-point caption. In a New York document nothing is
 * smaller than 12 points; elsewhere captions stay at 9.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import type { RenderedDocument } from '../../language/render/document-tree.js';
import { proseDocument } from './fixtures.js';
import { readDocx } from './read-back.js';

const inState = (jurisdiction: string): RenderedDocument => {
    const doc = proseDocument();
    return { ...doc, properties: { ...doc.properties, jurisdiction } };
};

/** The font sizes (w:sz, half-points) of the styles the document uses, its footers and its own runs, in points. */
async function docxSizes(doc: RenderedDocument): Promise<number[]> {
    const parts = await readDocx(await renderDocx(doc));
    const used = new Set(['Caption', ...[...parts.documentXml.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1])]);
    const styles = [...parts.stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)].filter((m) => used.has(m[1])).map((m) => m[0]);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.stylesXml)?.[0] ?? '';
    const xml = [defaults, ...styles, ...parts.footers, parts.documentXml].join('');
    return [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
}

/** The height of every piece of text pdf.js reads from a PDF, rounded to a point. */
async function pdfSizes(doc: RenderedDocument): Promise<number[]> {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await renderPdf(doc)), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
    const sizes: number[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
        const content = await (await pdf.getPage(i)).getTextContent();
        for (const item of content.items) if ('str' in item && item.str.trim()) sizes.push(Math.round(Math.hypot(item.transform[2], item.transform[3])));
    }
    await pdf.destroy();
    return sizes;
}

describe('type size', () => {
    it('is never under 12 points in a New York Word document, and captions are 9 points elsewhere', async () => {
        expect(Math.min(...await docxSizes(inState('NY')))).toBe(12);
        expect(Math.min(...await docxSizes(inState('CA')))).toBe(9);
    });

    it('is never under 12 points in a New York PDF, and captions are 9 points elsewhere', async () => {
        expect(Math.min(...await pdfSizes(inState('NY')))).toBe(12);
        expect(Math.min(...await pdfSizes(inState('CA')))).toBe(9);
    });
});
