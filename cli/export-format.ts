/**
 * The export formats of `poa render` and `poa batch`: one writer per format,
 * all reading the same rendered tree.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseCalendarDate, utcDate } from '../language/model/calendar-date.js';
import type { PoaModel } from '../language/model/poa-model.js';
import type { RenderedDocument } from '../language/render/document-tree.js';
import { renderDocx } from '../language/render/render-docx.js';
import { renderHtml } from '../language/render/render-html.js';
import { renderMarkdown } from '../language/render/render-markdown.js';
import { renderPdf } from '../language/render/render-pdf.js';
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
            return renderDocx(doc);
        case 'pdf':
            return renderPdf(doc, { unicodeFont: unicodeFont(), creationDate: creationDate(model) });
    }
}

/** The execution date as the PDF's creation date, so the same instrument always gives the same file. */
function creationDate(model: PoaModel): Date | undefined {
    const date = parseCalendarDate(model.execution?.date.value);
    return date ? utcDate(date) : undefined;
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
