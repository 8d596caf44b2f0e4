/**
 * The text of a PDF, read with pdfjs-dist: the text items of each page in
 * reading order, a line break where the baseline moves, a blank line where
 * the gap is larger than a line's (a paragraph break), and a blank line
 * between pages.
 */
import { ImportError } from './import-error.js';

interface TextItem { str: string; transform: number[]; height: number; hasEOL?: boolean }

export async function readPdfText(bytes: Uint8Array, fileName: string): Promise<string> {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker runs in this thread: load it here so that bundling keeps it and nothing is fetched at run time.
    // @ts-expect-error the worker module ships without type declarations
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    let document;
    try {
        document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    } catch (e) {
        const name = (e as { name?: string }).name;
        if (name === 'PasswordException') throw new ImportError(`${fileName} is protected by a password; remove the protection, then import it again`);
        throw new ImportError(`${fileName} is not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
    }
    try {
        const pages: string[] = [];
        for (let n = 1; n <= document.numPages; n++) {
            const page = await document.getPage(n);
            const content = await page.getTextContent();
            pages.push(pageText(content.items.filter((i) => 'str' in i) as unknown as TextItem[]));
        }
        return pages.join('\n\n');
    } catch (e) {
        throw new ImportError(`${fileName}: the PDF could not be read to the end (${e instanceof Error ? e.message : String(e)})`);
    } finally {
        await document.destroy();
    }
}

function pageText(items: TextItem[]): string {
    let out = '';
    let lastY: number | undefined;
    let lastHeight = 0;
    for (const item of items) {
        if (!item.str && item.hasEOL) continue;
        const y = item.transform[5];
        const height = item.height || Math.abs(item.transform[3]) || 10;
        if (lastY !== undefined && Math.abs(y - lastY) > height / 2) {
            // Lines of a paragraph are about 1.2 to 1.4 font sizes apart; a larger gap is a paragraph break.
            const gap = Math.abs(lastY - y);
            out = out.replace(/ +$/, '');
            out += gap > Math.max(lastHeight, height) * 1.6 ? '\n\n' : '\n';
        }
        lastHeight = height;
        out += item.str;
        if (item.hasEOL) out += ' ';
        lastY = y;
    }
    return out;
}
