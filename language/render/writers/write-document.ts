/**
 * The one dispatcher from a rendered tree to a file format, for every host:
 * `poa render` and `poa batch`, and the server's `poa/export` request. The
 * DOCX and PDF writers (and their libraries) are loaded only when asked for.
 */
import { parseCalendarDate, utcDate } from '../../model/calendar-date.js';
import type { PoaModel } from '../../model/poa-model.js';
import type { RenderedDocument } from '../document-tree.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

export const DOCUMENT_FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface WriteOptions {
    /** Text: wrap paragraphs at this column (0: no wrapping). Default 80. */
    width?: number;
    /** PDF: the bytes of a TrueType font for characters outside the standard PDF fonts. */
    unicodeFont?: Uint8Array;
    /** PDF: the creation date in the document information (see `creationDateOf`); left out when not given. */
    creationDate?: Date;
}

export function isDocumentFormat(value: unknown): value is DocumentFormat {
    return (DOCUMENT_FORMATS as readonly unknown[]).includes(value);
}

export function isBinaryFormat(format: DocumentFormat): boolean {
    return format === 'docx' || format === 'pdf';
}

/** The document in `format`: text for text, Markdown and HTML; bytes for DOCX and PDF. */
export async function writeDocument(tree: RenderedDocument, format: DocumentFormat, options: WriteOptions = {}): Promise<string | Uint8Array> {
    switch (format) {
        case 'text':
            return renderText(tree, { width: options.width ?? 80 });
        case 'markdown':
            return renderMarkdown(tree);
        case 'html':
            return renderHtml(tree);
        case 'docx':
            return (await import('./render-docx.js')).renderDocx(tree);
        case 'pdf':
            return (await import('./render-pdf.js')).renderPdf(tree, { unicodeFont: options.unicodeFont, creationDate: options.creationDate });
    }
}

/** The execution date as a file's creation date, so the same instrument always gives the same bytes. */
export function creationDateOf(model: PoaModel): Date | undefined {
    const date = parseCalendarDate(model.execution?.date.value);
    return date ? utcDate(date) : undefined;
}
