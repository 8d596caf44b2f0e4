/**
 * Finding the `.poa` files of the workspace folders, bounded: folders are
 * walked breadth first (so the files nearest the root come first), entries
 * the workspace manager excludes are skipped (hidden files and folders such
 * as .git, node_modules, out), and the walk stops at a cap on files and on
 * time, saying which cap stopped it. A folder that cannot be read is logged
 * and skipped.
 */
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

export interface ScanLimits {
    /** At most this many files are found. */
    maxFiles: number;
    /** The walk stops after this long (milliseconds). */
    maxMillis: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxFiles: 5000, maxMillis: 10_000 };

export interface ScanResult {
    uris: URI[];
    /** Set when a cap stopped the walk before every folder was read. */
    stoppedBy?: 'files' | 'time';
}

/** Folders read at once. */
const CONCURRENCY = 8;

export async function scanWorkspace(roots: URI[], options: {
    fileSystem: FileSystemProvider;
    include: (entry: FileSystemNode) => boolean;
    limits: ScanLimits;
    now?: () => number;
}): Promise<ScanResult> {
    const now = options.now ?? (() => performance.now());
    const deadline = now() + options.limits.maxMillis;
    const uris: URI[] = [];
    const seen = new Set<string>();
    let queue = [...roots];
    let stoppedBy: ScanResult['stoppedBy'];
    while (queue.length > 0 && !stoppedBy) {
        const next: URI[] = [];
        for (let i = 0; i < queue.length && !stoppedBy; i += CONCURRENCY) {
            if (now() > deadline) {
                stoppedBy = 'time';
                break;
            }
            const listings = await Promise.all(queue.slice(i, i + CONCURRENCY).map(async (folder) => {
                try {
                    return await options.fileSystem.readDirectory(folder);
                } catch (err) {
                    console.error(`Could not read the folder ${folder.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
                    return [];
                }
            }));
            for (const entry of listings.flat().sort((a, b) => a.uri.path.localeCompare(b.uri.path))) {
                if (!options.include(entry)) continue;
                if (entry.isDirectory) {
                    next.push(entry.uri);
                } else if (entry.isFile && !seen.has(entry.uri.toString())) {
                    if (uris.length >= options.limits.maxFiles) {
                        stoppedBy = 'files';
                        break;
                    }
                    seen.add(entry.uri.toString());
                    uris.push(entry.uri);
                }
            }
        }
        queue = next;
    }
    return { uris, stoppedBy };
}

/**
 * The limits an editor may set in `initializationOptions.workspaceScan`
 * (`{ maxFiles, maxMillis }`, positive numbers); anything else keeps the defaults.
 */
export function readScanLimits(initializationOptions: unknown): ScanLimits {
    const scan = (initializationOptions as { workspaceScan?: Partial<Record<keyof ScanLimits, unknown>> } | undefined)?.workspaceScan;
    const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback);
    return {
        maxFiles: positive(scan?.maxFiles, DEFAULT_SCAN_LIMITS.maxFiles),
        maxMillis: positive(scan?.maxMillis, DEFAULT_SCAN_LIMITS.maxMillis)
    };
}
