/**
 * Reading exported files back for the tests: the text of a PDF (pdf.js), the
 * paragraphs of a DOCX (word/document.xml and friends, read with jszip).
 */
import JSZip from 'jszip';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/** The text of each page of a PDF, lines joined with newlines. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
        const page = await pdf.getPage(i);
        const content = await page.getTextContent();
        let text = '';
        for (const item of content.items) {
            if (!('str' in item)) continue;
            text += item.str + (item.hasEOL ? '\n' : '');
        }
        pages.push(text);
    }
    await pdf.destroy();
    return pages;
}

/** The document information dictionary of a PDF (Title, Author, Subject, ...). */
export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const meta = await pdf.getMetadata();
    await pdf.destroy();
    return meta.info as Record<string, unknown>;
}

export interface DocxParagraph {
    style?: string;
    text: string;
    numbered: boolean;
    keepNext: boolean;
    bottomBorder: boolean;
    rtl: boolean;
}

export interface DocxParts {
    documentXml: string;
    paragraphs: DocxParagraph[];
    footers: string[];
    stylesXml: string;
    coreXml: string;
}

function decode(xml: string): string {
    return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    const coreXml = await zip.file('docProps/core.xml')!.async('string');
    const paragraphs = [...documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
        const body = m[1] ?? '';
        const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join('');
        return {
            style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1],
            text,
            numbered: body.includes('<w:numPr>'),
            keepNext: /<w:keepNext\s*\/>|<w:keepNext w:val="(true|1|on)"/.test(body),
            bottomBorder: /<w:pBdr>[\s\S]*<w:bottom /.test(body),
            rtl: /<w:rtl\s*\/>|<w:rtl w:val="(true|1|on)"/.test(body)
        };
    });
    return { documentXml, paragraphs, footers, stylesXml, coreXml };
}

/** The text of word/document.xml: one line per paragraph. */
export function docxText(parts: DocxParts): string {
    return parts.paragraphs.map((p) => p.text).join('\n');
}

/** The DejaVu Sans font shipped as a dependency, for characters outside the standard PDF fonts. */
export function unicodeFont(): Uint8Array {
    const require = createRequire(import.meta.url);
    return readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
}
