/**
 * The export formats of `poa render` and `poa batch`: one writer per format,
 * all reading the same rendered tree. The DOCX and PDF writers (the docx
 * library, pdfkit and its fonts) are loaded on first use only, so a text
 * render never pays for them; the bundler puts them in chunks of their own
 * (see esbuild.mjs).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { PoaModel } from '../language/model/poa-model.js';
import type { RenderedDocument } from '../language/render/document-tree.js';
import { renderHtml } from '../language/render/render-html.js';
import { renderMarkdown } from '../language/render/render-markdown.js';
import { renderText } from '../language/render/render-text.js';

export const FORMATS = ['text', 'md', 'html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const EXTENSIONS: Record<ExportFormat, string> = { text: '.txt', md: '.md', html: '.html', docx: '.docx', pdf: '.pdf' };

export function isBinaryFormat(format: ExportFormat): boolean {
    return format === 'docx' || format === 'pdf';
}

export function isExportFormat(value: string): value is ExportFormat {
    return (FORMATS as readonly string[]).includes(value);
}

export async function exportDocument(doc: RenderedDocument, model: PoaModel, format: ExportFormat): Promise<string | Uint8Array> {
    switch (format) {
        case 'text':
            return renderText(doc, { width: 80 });
        case 'md':
            return renderMarkdown(doc);
        case 'html':
            return renderHtml(doc);
        case 'docx':
            return (await import('../language/render/render-docx.js')).renderDocx(doc);
        case 'pdf':
            return (await import('../language/render/render-pdf.js')).renderPdf(doc, { unicodeFont: unicodeFont(), creationDate: creationDate(model) });
    }
}

/** The execution date as the PDF's creation date, so the same instrument always gives the same file. */
function creationDate(model: PoaModel): Date | undefined {
    const iso = model.execution?.date.value;
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

let font: Uint8Array | null | undefined;

/** DejaVu Sans (a dependency; the system copy otherwise) for names the standard PDF fonts cannot show. */
export function unicodeFont(): Uint8Array | undefined {
    if (font === undefined) {
        font = null;
        const candidates: (() => string)[] = [
            () => createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
            () => '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
        ];
        for (const candidate of candidates) {
            try {
                font = readFileSync(candidate());
                break;
            } catch {
                // try the next place
            }
        }
    }
    return font ?? undefined;
}
