/**
 * `poa/import` (types in `protocol.ts`): an existing power of attorney, sent
 * as bytes by the editor, recognised by the core and returned as `.poa` text
 * with the import report. The server never reads or writes a file here: the
 * editor chooses the document and where the result goes. A document that
 * cannot be imported is answered with its reason, never a stack trace.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { ImportError, importDocument, KINDS, MAX_IMPORT_BYTES } from '../language/import/index.js';
import { ImportRequest, type ImportParams, type ImportResult } from './protocol.js';

export function registerImportRequest(connection: Connection): void {
    connection.onRequest(ImportRequest, (params) => handleImport(params));
}

export async function handleImport(params: ImportParams): Promise<ImportResult | ResponseError<void>> {
    try {
        const fileName = typeof params?.fileName === 'string' && params.fileName ? params.fileName : 'document';
        if (typeof params?.data !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'poa/import needs the document\'s bytes, base64-encoded, in "data".');
        if (params.kind !== undefined && !KINDS.includes(params.kind)) {
            return new ResponseError(ErrorCodes.InvalidParams, `"${String(params.kind)}" is not a kind of power of attorney (use ${KINDS.join(', ')}).`);
        }
        // Base64 is a third larger than the bytes: refuse before decoding what would be refused anyway.
        if (params.data.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) {
            return new ResponseError(ErrorCodes.InvalidParams, `${fileName} is too large to be a power of attorney (the limit is ${MAX_IMPORT_BYTES / 1048576} MB).`);
        }
        const bytes = Buffer.from(params.data, 'base64');
        return await importDocument(bytes, fileName, { kind: params.kind, jurisdiction: params.jurisdiction });
    } catch (err) {
        if (err instanceof ImportError) return new ResponseError(ErrorCodes.InvalidParams, `${err.message}.`.replace(/\.\.$/, '.'));
        console.error(`poa/import failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        return new ResponseError(ErrorCodes.InternalError, 'The document could not be imported because of an internal error; the server log has the details.');
    }
}
