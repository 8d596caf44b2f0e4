/**
 * Giving memory back when the user stops typing. Each keystroke's build
 * leaves garbage (a parse tree, a model, diagnostics) that V8 collects only as
 * its heap grows, and the heap it grew to stays resident: after 10,000 edits
 * the server held some 180 MB, of which under 90 MB was live. When the
 * builds have been idle for a moment and the heap has grown well past its
 * size after the last full collection, one full collection is run, which
 * hands the free pages back. Never during typing or a build (each update
 * stops the wait, each finished build restarts it), and never when there is
 * little to gain. Node exposes `gc` only with
 * `--expose-gc`; the flag is set at run time, only while the function is
 * taken, and if that fails nothing is done.
 */
import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after the last build before collecting. */
export const IDLE_MS = 600;
/** Growth of the heap since the last full collection worth collecting for. */
export const GROWTH_BYTES = 24 * 1024 * 1024;

export interface IdleCollector {
    /** Called when a build starts: no collection until it is over. */
    building(): void;
    /** Called after every build: restarts the wait. */
    built(): void;
}

export function idleCollector(options: { gc: () => void; heapBytes: () => number; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout }): IdleCollector {
    const setTimer = options.setTimer ?? setTimeout;
    const clearTimer = options.clearTimer ?? clearTimeout;
    let baseline = options.heapBytes();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const collect = () => {
        timer = undefined;
        if (options.heapBytes() - baseline < GROWTH_BYTES) return;
        // Twice: the second pass frees what the first one's finalization left, and the pages go back to the system.
        options.gc();
        options.gc();
        baseline = options.heapBytes();
    };
    return {
        building() {
            if (timer) clearTimer(timer);
            timer = undefined;
        },
        built() {
            if (timer) clearTimer(timer);
            timer = setTimer(collect, IDLE_MS);
            (timer as { unref?: () => void }).unref?.();
        }
    };
}

/** V8's full collection, or undefined when it cannot be had. */
function exposedGc(): (() => void) | undefined {
    // Started with --expose-gc: the flag is the process's own, and stays.
    const own = (globalThis as { gc?: unknown }).gc;
    if (typeof own === 'function') return () => (own as () => void)();
    try {
        setFlagsFromString('--expose-gc');
        const gc = runInNewContext('gc') as unknown;
        // The flag is put back once the function is had (it keeps working): V8 stamps the code cache it writes with
        // its flags, and the server's compile cache (bin/server-start.js), written at exit, would otherwise carry
        // --expose-gc and be refused by every next start, which runs without it.
        setFlagsFromString('--no-expose-gc');
        return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
    } catch {
        return undefined;
    }
}

/** Collects after builds have been idle, for the language server. */
export function registerIdleCollection(shared: LangiumSharedCoreServices): void {
    const gc = exposedGc();
    if (!gc) return;
    const collector = idleCollector({ gc, heapBytes: () => getHeapStatistics().total_heap_size });
    // An edit's build starts with an update and a workspace batch with its Parsed phase; both end at Validated.
    shared.workspace.DocumentBuilder.onUpdate(() => collector.building());
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => collector.building());
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => collector.built());
}
