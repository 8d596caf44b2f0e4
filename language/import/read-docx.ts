/** The text of a Word (.docx) document, one paragraph per line, read with mammoth. */
import { ImportError } from './import-error.js';

export async function readDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
    const mammoth = await import('mammoth');
    const extract = (mammoth as unknown as { extractRawText: typeof import('mammoth').extractRawText }).extractRawText
        ?? (mammoth as unknown as { default: typeof import('mammoth') }).default.extractRawText;
    try {
        const result = await extract({ buffer: Buffer.from(bytes) });
        return result.value;
    } catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new ImportError(`${fileName} is not a readable Word document (${reason}); open it in Word and save it again as .docx`);
    }
}
