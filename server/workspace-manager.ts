/**
 * The workspace: every `.poa` file in the workspace folders is checked, not
 * only the open ones, so the Problems view lists every instrument's issues
 * and the cross-file check sees them all; but lazily, so a large workspace
 * never delays the file being typed in:
 *
 * 1. the scan finds the files (skipping hidden folders such as .git,
 *    node_modules and out) and stops at a cap on files and on time, telling
 *    the user when it does (`workspace-scan.ts`);
 * 2. the open documents are built first (the editor's didOpen does that as
 *    soon as the scan is over);
 * 3. the rest are loaded and checked in the background, in small batches,
 *    with `$/progress` when the client supports it. A batch's files are read
 *    first (`workspace-reader.ts`), then parsed and checked under the
 *    workspace lock's read side, so an edit waits for at most one batch's
 *    checks, never for a drive, and a batch never cancels an edit's build;
 *    a file asked for before its batch
 *    (`poa/render`, `poa/status`) is built at once (`ensureLoaded`).
 *
 * Later edits rebuild only the changed document (POA files do not refer to
 * each other, so nothing else is relinked).
 */
import { DefaultWorkspaceManager, URI, type BuildOptions, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, MessageType, ShowMessageNotification, type Connection, type InitializeParams, type WorkspaceFolder } from 'vscode-languageserver';
import { WorkspaceReader } from './workspace-reader.js';
import { DEFAULT_SCAN_LIMITS, readScanLimits, scanWorkspace, type ScanLimits } from './workspace-scan.js';

/** Files loaded and checked per background step: small enough that an edit waits little, large enough to amortise a build. */
const BATCH_SIZE = 20;

export class PoaWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    /** True once an editor has sent `initialize`: from then on `ready` resolves when the workspace scan is over. */
    started = false;

    /** Files found by the scan and not loaded yet, in scan order. */
    private readonly pending = new Map<string, URI>();
    private limits: ScanLimits = DEFAULT_SCAN_LIMITS;
    private progressSupported = false;
    private readonly connection: Connection | undefined;
    private readonly services: LangiumSharedServices;
    private indexed: Promise<void> = Promise.resolve();
    private readonly reader: WorkspaceReader;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services;
        this.connection = services.lsp.Connection;
        this.reader = new WorkspaceReader(this.fileSystemProvider, {
            onSlowRead: (uri, ms) => console.warn(`Reading ${uri.fsPath} took ${Math.round(ms)} ms: the rest of the workspace is read without holding the server.`)
        });
    }

    override initialize(params: InitializeParams): void {
        this.started = true;
        this.limits = readScanLimits(params.initializationOptions);
        this.progressSupported = params.capabilities?.window?.workDoneProgress === true;
        super.initialize(params);
    }

    /** Resolves when every file the scan found has been loaded and checked. */
    get backgroundIndexed(): Promise<void> {
        return this.indexed;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = CancellationToken.None): Promise<void> {
        // The scan runs to its end (or cap) even if an edit arrives meanwhile: edits wait for `ready` anyway.
        const scan = await scanWorkspace(folders.map((f) => this.getRootFolder(f)), {
            fileSystem: this.fileSystemProvider,
            include: (entry) => this.shouldIncludeEntry(entry),
            limits: this.limits
        });
        if (scan.stoppedBy) this.tellCapHit(scan.stoppedBy, scan.uris.length);
        const open: LangiumDocument[] = [];
        for (const uri of scan.uris) {
            const key = uri.toString();
            if (this.langiumDocuments.hasDocument(uri)) continue;
            if (this.services.workspace.TextDocuments.get(key)) open.push(await this.langiumDocuments.getOrCreateDocument(uri));
            else this.pending.set(key, uri);
        }
        this._ready.resolve();
        this.indexed = this.indexInBackground();
        if (open.length > 0 && !cancelToken.isCancellationRequested) await this.documentBuilder.build(open, this.initialBuildOptions, cancelToken);
    }

    /**
     * Loads and checks `uri` now if the scan found it and the background has
     * not reached it yet (a request for a file not open in the editor).
     */
    async ensureLoaded(uri: URI): Promise<void> {
        const key = uri.toString();
        const loading = this.loading.get(key);
        if (loading) return loading;
        const found = this.pending.get(key);
        if (!found) return;
        await this.loadBatch([found]);
    }

    /** Files being loaded and checked by a batch, so a request for one waits for its batch. */
    private readonly loading = new Map<string, Promise<void>>();

    /**
     * Loads and checks `uris` (those not loaded meanwhile): their texts are read first, outside the workspace
     * lock, so that an edit does not wait for a slow drive (workspace-reader.ts: reads are synchronous until
     * one is slow, then asynchronous and in parallel); then the documents are made and built under the lock's
     * read side.
     */
    private loadBatch(uris: URI[]): Promise<void> {
        const run = (async () => {
            const texts = await Promise.all(uris.map(async (uri) => {
                if (this.langiumDocuments.hasDocument(uri)) return undefined;
                try {
                    return await this.reader.read(uri);
                } catch (err) {
                    console.error(`Could not read ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
                    return undefined;
                }
            }));
            await this.mutex.read(async () => {
                const documents: LangiumDocument[] = [];
                uris.forEach((uri, i) => {
                    const text = texts[i];
                    // A file opened while the texts were read is the editor's document, built by its own update; a
                    // request that takes no lock (hover) may also have made the document meanwhile.
                    if (text === undefined || this.langiumDocuments.hasDocument(uri)) return;
                    try {
                        documents.push(this.langiumDocuments.createDocument(uri, text));
                    } catch (err) {
                        console.error(`Could not check ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
                    }
                });
                if (documents.length > 0) await this.documentBuilder.build(documents, this.initialBuildOptions, CancellationToken.None);
            });
        })();
        const done = run.finally(() => {
            for (const uri of uris) if (this.loading.get(uri.toString()) === done) this.loading.delete(uri.toString());
        });
        for (const uri of uris) {
            this.pending.delete(uri.toString());
            this.loading.set(uri.toString(), done);
        }
        return done;
    }

    private async indexInBackground(): Promise<void> {
        const total = this.pending.size;
        if (total === 0) return;
        const progress = this.progressSupported && this.connection ? await this.startProgress(total) : undefined;
        try {
            while (this.pending.size > 0) {
                const batch = [...this.pending.values()].slice(0, BATCH_SIZE);
                await this.loadBatch(batch);
                const done = total - this.pending.size;
                progress?.report(Math.round((done / total) * 100), `${done} of ${total} files`);
                // Let requests and notifications that arrived meanwhile through before the next batch.
                await new Promise((resolve) => setImmediate(resolve));
            }
        } catch (err) {
            console.error(`Checking the workspace's POA files stopped: ${err instanceof Error ? err.message : String(err)}`);
        } finally {
            progress?.done();
        }
    }

    private async startProgress(total: number) {
        try {
            const reporter = await this.connection!.window.createWorkDoneProgress();
            reporter.begin('Checking POA files', 0, `0 of ${total} files`, false);
            return reporter;
        } catch {
            return undefined; // the client refused the progress token: index without it
        }
    }

    private tellCapHit(stoppedBy: 'files' | 'time', found: number): void {
        const why = stoppedBy === 'files'
            ? `it holds more than ${this.limits.maxFiles.toLocaleString('en-US')} .poa files`
            : `looking for .poa files took longer than ${Math.round(this.limits.maxMillis / 1000)} s`;
        const message = `POA: only ${found.toLocaleString('en-US')} files of this workspace are checked in the background, because ${why}. Other files are checked when you open them.`;
        console.warn(message);
        void this.connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
}

/**
 * Waits for the workspace scan, when there is one to wait for (not in tests
 * without an editor); with `uri`, also for that file to be loaded and checked
 * if the background has not reached it yet.
 */
export async function workspaceLoaded(manager: unknown, uri?: URI): Promise<void> {
    if (!(manager instanceof PoaWorkspaceManager) || !manager.started) return;
    await manager.ready;
    if (uri) await manager.ensureLoaded(uri);
}
