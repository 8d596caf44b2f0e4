/**
 * A document that cannot be imported (too large, binary, no text layer,
 * encrypted, corrupt): one plain sentence for the user, never a stack trace.
 */
export class ImportError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ImportError';
    }
}

/** Files larger than this are refused: a power of attorney is a few pages, never megabytes of text. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
