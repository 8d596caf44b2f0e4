/**
 * Reads the text of a document to import: plain text, Word (.docx, through
 * mammoth) or PDF (through pdfjs-dist). What cannot be read (too large,
 * binary, encrypted, corrupt, a scan with no text) is refused with an
 * `ImportError` that says why in one sentence.
 */
import { ImportError, MAX_IMPORT_BYTES } from './import-error.js';

export type DocumentFormat = 'text' | 'docx' | 'pdf';

export function formatOf(fileName: string, bytes: Uint8Array): DocumentFormat | undefined {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';            // %PDF
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';           // a ZIP package
    const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
    if (ext === 'pdf') return 'pdf';
    if (ext === 'docx') return 'docx';
    if (ext === 'txt' || ext === 'text' || ext === undefined) return 'text';
    return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
    return prefix.every((b, i) => bytes[i] === b);
}

/** The document's text, lines and paragraphs as the reader found them. */
export async function readDocumentText(bytes: Uint8Array, fileName: string): Promise<{ text: string; format: DocumentFormat }> {
    if (bytes.length > MAX_IMPORT_BYTES) {
        throw new ImportError(`${fileName} is too large to be a power of attorney (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)`);
    }
    if (bytes.length === 0) throw new ImportError(`${fileName} is empty`);
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
        throw new ImportError(`${fileName} is an encrypted (password-protected) Word file or an old .doc file; remove the password or save it as .docx, then import it again`);
    }
    const format = formatOf(fileName, bytes);
    if (!format) throw new ImportError(`${fileName}: only .txt, .docx and .pdf files can be imported`);
    let text: string;
    if (format === 'pdf') text = await (await import('./read-pdf.js')).readPdfText(bytes, fileName);
    else if (format === 'docx') text = await (await import('./read-docx.js')).readDocxText(bytes, fileName);
    else text = readPlainText(bytes, fileName);
    if (!/[A-Za-z]{3,}/.test(text)) {
        throw new ImportError(format === 'pdf'
            ? `${fileName} has no text layer (it is probably a scanned image); run it through OCR first, then import the text`
            : `${fileName} contains no text to import`);
    }
    return { text, format };
}

function readPlainText(bytes: Uint8Array, fileName: string): string {
    if (bytes.includes(0)) throw new ImportError(`${fileName} is a binary file, not text, Word or PDF`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    // eslint-disable-next-line no-control-regex -- counting control characters is how binary input is recognised
    const control = text.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
    if (control > Math.max(8, text.length / 100)) throw new ImportError(`${fileName} is a binary file, not text, Word or PDF`);
    return text;
}
