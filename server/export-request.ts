/**
 * `poa/export` (types in `protocol.ts`): the instrument rendered by the core
 * and written by the core's `writeDocument`, as `poa render` writes it (no
 * gap markers unless the request asks for them). The editor asks where to
 * save and writes the bytes; the server never touches
 * the file system here. Characters outside the PDF standard fonts are set in
 * DejaVu Sans when the font ships beside the bundle (`dist/fonts/`) or is
 * installed as a dependency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { creationDateOf, writeDocument } from '../language/render/writers/write-document.js';
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
    const { result: rendered, model } = await renderer.renderWithModel({ uri: params.uri, options: params.options }, token);
    const output = await pdfFontsExplained(() => writeDocument(rendered.document, format, {
        unicodeFont: format === 'pdf' ? unicodeFont() : undefined,
        creationDate: creationDateOf(model)
    }));
    const bytes = typeof output === 'string' ? new TextEncoder().encode(output) : output;
    return { uri: rendered.uri, format, data: Buffer.from(bytes).toString('base64'), summary: rendered.summary };
}

/**
 * The PDF writer (pdfkit, bundled) reads the standard fonts' metrics from `<bundle folder>/data/*.afm`.
 * A server copied without that folder cannot write PDF: it says so, rather than fail with an internal error.
 */
async function pdfFontsExplained<T>(write: () => Promise<T>): Promise<T> {
    try {
        return await write();
    } catch (err) {
        const file = (err as NodeJS.ErrnoException)?.path;
        if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT' || typeof file !== 'string' || !file.endsWith('.afm')) throw err;
        throw new ResponseError(ErrorCodes.InvalidRequest, `PDF export needs the font metrics that ship beside the language server, and ${file} `
            + 'is missing: install the server with its data/ folder (npm install -g poa-studio-<version>.tgz, or copy dist/ whole). '
            + 'DOCX, HTML and Markdown export work without it.');
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
