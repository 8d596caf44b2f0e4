/**
 * The background load's reads (server/workspace-reader.ts): synchronous while
 * reads are fast, asynchronous for the rest of the load once one read is
 * slow, so a stalled drive holds the server once and not at every file.
 * First the reader alone with a clock of the test's own, then the workspace
 * manager with a file system whose first read really stalls.
 */
import { EmptyFileSystemProvider, URI, type FileSystemNode, type LangiumDocument } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createPoaLspServices } from '../../server/poa-lsp-module.js';
import { PoaWorkspaceManager } from '../../server/workspace-manager.js';
import { SLOW_READ_MS, WorkspaceReader } from '../../server/workspace-reader.js';

/** An in-memory file system that counts how each file is read; `stall` makes the first synchronous read take that long. */
class CountingFileSystem extends EmptyFileSystemProvider {
    readonly sync: string[] = [];
    readonly async: string[] = [];
    constructor(private readonly files: Map<string, string>, private readonly stall = 0, private readonly unreadable = new Set<string>()) {
        super();
    }
    override readFileSync(uri?: URI): string {
        const key = uri!.toString();
        if (this.sync.length === 0 && this.stall > 0) {
            const until = performance.now() + this.stall;
            while (performance.now() < until) { /* a drive that answers late: the read holds the thread */ }
        }
        this.sync.push(key);
        const text = this.unreadable.has(key) ? undefined : this.files.get(key);
        if (text === undefined) throw new Error(`ENOENT: ${key}`);
        return text;
    }
    /** Asynchronous reads of these files wait until the test lets them go; `asked` tells when a read began. */
    readonly held = new Map<string, { asked: () => void; release: Promise<void> }>();
    override async readFile(uri?: URI): Promise<string> {
        const key = uri!.toString();
        this.async.push(key);
        const held = this.held.get(key);
        if (held) {
            held.asked();
            await held.release;
        }
        const text = this.unreadable.has(key) ? undefined : this.files.get(key);
        if (text === undefined) throw new Error(`ENOENT: ${key}`);
        return text;
    }
    override async readDirectory(uri?: URI): Promise<FileSystemNode[]> {
        const folder = uri!.toString() + '/';
        return [...this.files.keys()].filter((k) => k.startsWith(folder)).map((k) => ({ isFile: true, isDirectory: false, uri: URI.parse(k) }));
    }
}

const uri = (n: number) => URI.parse(`file:///ws/grant-${n}.poa`);
const instrument = (n: number) => `poa Grant${n} {
    kind general
    jurisdiction NY
    principal p "Principal Number ${n}" {
        pronoun she
    }
}
`;
const workspace = (count: number) => new Map(Array.from({ length: count }, (_, i) => [uri(i).toString(), instrument(i)]));

describe('WorkspaceReader', () => {
    test('reads synchronously while reads are fast, and asynchronously after the first slow one', async () => {
        const fs = new CountingFileSystem(workspace(4));
        const times = [0, 1, 1, 1 + SLOW_READ_MS + 5];
        let tick = 0;
        const slow = vi.fn();
        const reader = new WorkspaceReader(fs, { now: () => times[tick++], onSlowRead: slow });
        expect(await reader.read(uri(0))).toBe(instrument(0)); // 1 ms
        expect(reader.readsSynchronously).toBe(true);
        expect(await reader.read(uri(1))).toBe(instrument(1)); // slow
        expect(reader.readsSynchronously).toBe(false);
        expect(await reader.read(uri(2))).toBe(instrument(2));
        expect(await reader.read(uri(3))).toBe(instrument(3));
        expect(fs.sync).toEqual([uri(0).toString(), uri(1).toString()]);
        expect(fs.async).toEqual([uri(2).toString(), uri(3).toString()]);
        expect(slow).toHaveBeenCalledTimes(1);
        expect(slow.mock.calls[0][0].toString()).toBe(uri(1).toString());
        expect(slow.mock.calls[0][1]).toBe(SLOW_READ_MS + 5);
    });

    test('a read at the threshold is not slow', async () => {
        const fs = new CountingFileSystem(workspace(2));
        const times = [0, SLOW_READ_MS, 0, SLOW_READ_MS];
        let tick = 0;
        const reader = new WorkspaceReader(fs, { now: () => times[tick++] });
        await reader.read(uri(0));
        await reader.read(uri(1));
        expect(reader.readsSynchronously).toBe(true);
        expect(fs.async).toEqual([]);
    });

    test('a read that fails slowly also switches to asynchronous reads', async () => {
        const fs = new CountingFileSystem(workspace(2), 0, new Set([uri(0).toString()]));
        const times = [0, SLOW_READ_MS + 1];
        let tick = 0;
        const slow = vi.fn();
        const reader = new WorkspaceReader(fs, { now: () => times[tick++], onSlowRead: slow });
        await expect(reader.read(uri(0))).rejects.toThrow(/ENOENT/);
        expect(reader.readsSynchronously).toBe(false);
        expect(slow).toHaveBeenCalledTimes(1);
        expect(await reader.read(uri(1))).toBe(instrument(1));
        expect(fs.async).toEqual([uri(1).toString()]);
    });

    test('a file that cannot be read rejects, in either mode', async () => {
        const fs = new CountingFileSystem(new Map());
        const fast = new WorkspaceReader(fs, { now: () => 0 });
        await expect(fast.read(uri(9))).rejects.toThrow(/ENOENT/);
        let tick = 0;
        const slowed = new WorkspaceReader(new CountingFileSystem(workspace(1)), { now: () => (tick++ === 0 ? 0 : 1000) });
        await slowed.read(uri(0));
        expect(slowed.readsSynchronously).toBe(false);
        await expect(slowed.read(uri(9))).rejects.toThrow(/ENOENT/);
    });
});

describe('the workspace load after a slow read', () => {
    test('reads the remaining files asynchronously, still checks every file, and skips one it cannot read', async () => {
        const files = workspace(45); // three batches of 20
        const lost = uri(30).toString();
        const fs = new CountingFileSystem(files, SLOW_READ_MS + 30, new Set([lost]));
        const services = createPoaLspServices({ fileSystemProvider: () => fs });
        const manager = services.shared.workspace.WorkspaceManager;
        expect(manager).toBeInstanceOf(PoaWorkspaceManager);
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const workspaceManager = manager as PoaWorkspaceManager;
            workspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }] });
            await workspaceManager.initializeWorkspace([{ uri: 'file:///ws', name: 'ws' }]);
            await workspaceManager.backgroundIndexed;
            expect(warn.mock.calls.some(([m]) => /took \d+ ms: the rest of the workspace is read without holding the server/.test(String(m)))).toBe(true);
            expect(error.mock.calls.map(([m]) => String(m))).toEqual([expect.stringMatching(/^Could not read .*grant-30\.poa: ENOENT/)]);
        } finally {
            warn.mockRestore();
            error.mockRestore();
        }
        expect(fs.sync).toHaveLength(1);
        expect(fs.async).toHaveLength(44);
        const documents = services.shared.workspace.LangiumDocuments;
        for (const key of files.keys()) {
            const document = documents.getDocument(URI.parse(key));
            if (key === lost) {
                expect(document).toBeUndefined();
                continue;
            }
            expect(document, key).toBeDefined();
            expect(document!.diagnostics, key).toBeDefined();
        }
    });
});

describe('a batch whose read waits on the drive', () => {
    test('does not hold the workspace lock, and keeps a document made while it waited', async () => {
        const files = workspace(3);
        const waiting = uri(2);
        const fs = new CountingFileSystem(files, SLOW_READ_MS + 30);
        let asked!: () => void;
        let release!: () => void;
        const readBegan = new Promise<void>((resolve) => (asked = resolve));
        fs.held.set(waiting.toString(), { asked, release: new Promise<void>((resolve) => (release = resolve)) });
        const services = createPoaLspServices({ fileSystemProvider: () => fs });
        const manager = services.shared.workspace.WorkspaceManager as PoaWorkspaceManager;
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }] });
            await manager.initializeWorkspace([{ uri: 'file:///ws', name: 'ws' }]);
            await readBegan;
            // An edit's build takes the lock's write side: it runs while the read waits (a read under the lock's
            // read side would hold it until the drive answered, and this test would time out).
            const documents = services.shared.workspace.LangiumDocuments;
            const edited = 'poa Opened {\n    kind general\n}\n';
            let made: LangiumDocument | undefined;
            await services.shared.workspace.WorkspaceLock.write(async () => {
                made = documents.createDocument(waiting, edited);
            });
            expect(made).toBeDefined();
            release();
            await manager.backgroundIndexed;
            expect(error).not.toHaveBeenCalled();
            expect(documents.getDocument(waiting)).toBe(made);
            expect(documents.getDocument(waiting)!.textDocument.getText()).toBe(edited);
            for (const n of [0, 1]) expect(documents.getDocument(uri(n))!.diagnostics).toBeDefined();
        } finally {
            warn.mockRestore();
            error.mockRestore();
        }
    });
});
