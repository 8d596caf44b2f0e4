/**
 * How the background load reads the files nobody has open. Synchronously at
 * first, as tsserver reads source files: for small local files that is about
 * 8% faster over 1,000 files than a round trip through libuv's thread pool for
 * each open, stat, read and close (2.68 against 2.92 s median). But a
 * synchronous read holds the whole server while it waits, so one read that
 * is slow, or fails slowly (a network drive, a cloud folder that fetches a
 * file on first read), switches reads to asynchronous for the rest of the
 * session: the server goes on answering the editor while files arrive. One
 * slow read still holds the server once; no read after it does. The switch
 * does not go back: after one slow read (a cold cache, a virus scan) the rest
 * of the load costs that 8%.
 */
import type { FileSystemProvider, URI } from 'langium';

/** A read that takes longer than this is slow: a local read of a small file takes well under a millisecond. */
export const SLOW_READ_MS = 50;

export interface WorkspaceReaderOptions {
    /** The clock, in milliseconds (tests give their own). */
    now?: () => number;
    /** Told once, when reads turn asynchronous. */
    onSlowRead?: (uri: URI, ms: number) => void;
}

export class WorkspaceReader {
    private synchronous = true;
    private readonly now: () => number;

    constructor(private readonly fileSystem: FileSystemProvider, private readonly options: WorkspaceReaderOptions = {}) {
        this.now = options.now ?? (() => performance.now());
    }

    /** True while reads are synchronous (no read has been slow yet). */
    get readsSynchronously(): boolean {
        return this.synchronous;
    }

    /** The text of `uri`; a read that fails rejects, as `FileSystemProvider.readFile` does. */
    async read(uri: URI): Promise<string> {
        if (!this.synchronous) return this.fileSystem.readFile(uri);
        const start = this.now();
        try {
            return this.fileSystem.readFileSync(uri);
        } finally {
            // A read that fails slowly counts too: an offline share may answer every file late, with an error.
            const ms = this.now() - start;
            if (ms > SLOW_READ_MS) {
                this.synchronous = false;
                this.options.onSlowRead?.(uri, ms);
            }
        }
    }
}
