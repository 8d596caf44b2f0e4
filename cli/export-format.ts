/**
 * The formats of `poa render` and `poa batch` by their command-line names
 * (`md` for Markdown), each written by the core's one dispatcher,
 * `writeDocument` (language/render/writers/write-document.ts), which the
 * language server's export uses too.
 * The DOCX and PDF writers (the docx library, pdfkit and its fonts) load on first
 * use only; the CLI bundle puts them in chunks of their own (esbuild.mjs).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { PoaModel } from '../language/model/poa-model.js';
import type { RenderedDocument } from '../language/render/document-tree.js';
import { creationDateOf, writeDocument, type DocumentFormat } from '../language/render/writers/write-document.js';

export const FORMATS = ['text', 'md', 'html', 'docx', 'pdf'] as const;
/** A format as named on the command line. */
export type CliFormat = (typeof FORMATS)[number];

const DOCUMENT_FORMAT: Record<CliFormat, DocumentFormat> = { text: 'text', md: 'markdown', html: 'html', docx: 'docx', pdf: 'pdf' };

export const EXTENSIONS: Record<CliFormat, string> = { text: '.txt', md: '.md', html: '.html', docx: '.docx', pdf: '.pdf' };

export function isBinaryFormat(format: CliFormat): boolean {
    return format === 'docx' || format === 'pdf';
}

function isCliFormat(value: string): value is CliFormat {
    return (FORMATS as readonly string[]).includes(value);
}

/** Other names a user may write for a format: the writer's own name ("markdown") and a file's extension ("txt"). */
const FORMAT_NAMES: Readonly<Record<string, CliFormat>> = { markdown: 'md', txt: 'text' };

/** The format `--format` names (`md`, or `markdown`); undefined when it names none. */
export function cliFormat(value: string): CliFormat | undefined {
    const name = value.toLowerCase();
    return isCliFormat(name) ? name : FORMAT_NAMES[name];
}

export async function exportDocument(doc: RenderedDocument, model: PoaModel, format: CliFormat): Promise<string | Uint8Array> {
    // The font and the creation date are the PDF writer's alone: not read (nor the date parsed) for another format.
    const pdf = format === 'pdf';
    return writeDocument(doc, DOCUMENT_FORMAT[format], {
        width: 80,
        unicodeFont: pdf ? unicodeFont() : undefined,
        creationDate: pdf ? creationDateOf(model) : undefined
    });
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
