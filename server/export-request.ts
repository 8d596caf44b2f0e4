/**
 * `poa/export` (types in `protocol.ts`): the instrument rendered by the core
 * and written by one of the core's writers (DOCX, PDF, HTML, Markdown). The
 * editor asks where to save and writes the bytes; the server never touches
 * the file system here. Characters outside the PDF standard fonts are set in
 * DejaVu Sans when the font ships beside the bundle (`dist/fonts/`) or is
 * installed as a dependency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { renderHtml } from '../language/render/render-html.js';
import { renderMarkdown } from '../language/render/render-markdown.js';
import { ExportRequest, type ExportFormat, type ExportParams, type ExportResult } from './protocol.js';
import { RenderRequestHandler } from './render-request.js';

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'markdown'];

export function registerExportRequest(shared: LangiumSharedCoreServices, connection: Connection): void {
    const renderer = new RenderRequestHandler(shared);
    connection.onRequest(ExportRequest, async (params, token) => {
        try {
            return await exportDocument(renderer, params, token);
        } catch (err) {
            if (err instanceof ResponseError) return err;
            console.error(`poa/export failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
            return new ResponseError(ErrorCodes.InternalError, 'The document could not be exported because of an internal error; the server log has the details.');
        }
    });
}

async function exportDocument(renderer: RenderRequestHandler, params: ExportParams, token: CancellationToken): Promise<ExportResult> {
    const format = params?.format;
    if (!FORMATS.includes(format)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Export to "${String(format)}" is not available; choose DOCX, PDF, HTML or Markdown.`);
    }
    const rendered = await renderer.render({ uri: params.uri, options: params.options }, token);
    const bytes = await write(format, rendered.document);
    return { uri: rendered.uri, format, data: Buffer.from(bytes).toString('base64'), summary: rendered.summary };
}

async function write(format: ExportFormat, document: Parameters<typeof renderHtml>[0]): Promise<Uint8Array> {
    switch (format) {
        // Loaded on the first export, so the server does not load the docx library, pdfkit and its fonts on start.
        case 'docx': return (await import('../language/render/render-docx.js')).renderDocx(document);
        case 'pdf': return (await import('../language/render/render-pdf.js')).renderPdf(document, { unicodeFont: unicodeFont() });
        case 'html': return new TextEncoder().encode(renderHtml(document));
        case 'markdown': return new TextEncoder().encode(renderMarkdown(document));
    }
}

let font: Uint8Array | null | undefined;

function unicodeFont(): Uint8Array | undefined {
    if (font === undefined) {
        const candidates = [
            join(__dirname, 'fonts', 'DejaVuSans.ttf'),
            join(__dirname, '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf')
        ];
        const found = candidates.find((file) => existsSync(file));
        font = found ? readFileSync(found) : null;
    }
    return font ?? undefined;
}
