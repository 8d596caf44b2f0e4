/** The workspace scan's walk on its own: breadth first, exclusions, the time cap, bad limits. */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { describe, expect, test } from 'vitest';
import { readScanLimits, scanWorkspace, DEFAULT_SCAN_LIMITS } from '../../server/workspace-scan.js';

/** A file system of folders given as path -> entry names (a name ending in / is a folder). */
function fakeFs(tree: Record<string, string[]>, onRead: () => void = () => undefined): FileSystemProvider {
    return {
        readDirectory: async (uri: URI) => {
            onRead();
            const names = tree[uri.path];
            if (!names) throw new Error('EACCES');
            return names.map((n): FileSystemNode => ({
                isFile: !n.endsWith('/'), isDirectory: n.endsWith('/'), uri: URI.file(`${uri.path}/${n.replace(/\/$/, '')}`)
            }));
        }
    } as unknown as FileSystemProvider;
}

const include = (e: FileSystemNode) => !e.uri.path.split('/').pop()!.startsWith('.') && (e.isDirectory || e.uri.path.endsWith('.poa'));
const names = (uris: URI[]) => uris.map((u) => u.path);

describe('scanWorkspace', () => {
    const tree = { '/w': ['b.poa', 'sub/', '.git/', 'a.poa', 'notes.txt', 'locked/'], '/w/sub': ['c.poa', 'deep/'], '/w/sub/deep': ['d.poa'], '/w/.git': ['x.poa'] };

    test('walks breadth first, root files first in name order, skipping what the filter excludes and folders it cannot read', async () => {
        const r = await scanWorkspace([URI.file('/w')], { fileSystem: fakeFs(tree), include, limits: DEFAULT_SCAN_LIMITS });
        expect(names(r.uris)).toEqual(['/w/a.poa', '/w/b.poa', '/w/sub/c.poa', '/w/sub/deep/d.poa']);
        expect(r.stoppedBy).toBeUndefined();
    });

    test('stops at the file cap and says so', async () => {
        const r = await scanWorkspace([URI.file('/w')], { fileSystem: fakeFs(tree), include, limits: { maxFiles: 3, maxMillis: 10_000 } });
        expect(names(r.uris)).toEqual(['/w/a.poa', '/w/b.poa', '/w/sub/c.poa']);
        expect(r.stoppedBy).toBe('files');
    });

    test('stops at the time cap and says so', async () => {
        let clock = 0;
        // Each folder read takes 600 ms of the 1,000 allowed: the root is read (0 -> 600 ms), then the second level
        // (started before the deadline), but not the third: sub/deep/d.poa is never found.
        const r = await scanWorkspace([URI.file('/w')], { fileSystem: fakeFs(tree, () => (clock += 600)), include, limits: { maxFiles: 100, maxMillis: 1000 }, now: () => clock });
        expect(names(r.uris)).toEqual(['/w/a.poa', '/w/b.poa', '/w/sub/c.poa']);
        expect(r.stoppedBy).toBe('time');
    });

    test('limits from the editor: positive numbers are taken, anything else keeps the defaults', () => {
        expect(readScanLimits({ workspaceScan: { maxFiles: 50, maxMillis: 2000 } })).toEqual({ maxFiles: 50, maxMillis: 2000 });
        expect(readScanLimits({ workspaceScan: { maxFiles: -1, maxMillis: 'soon' } })).toEqual(DEFAULT_SCAN_LIMITS);
        expect(readScanLimits(undefined)).toEqual(DEFAULT_SCAN_LIMITS);
    });
});
