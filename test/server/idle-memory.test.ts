/** The idle collection of the language server: only after builds stop, only when the heap has grown enough. */
import { describe, expect, test, vi } from 'vitest';
import { GROWTH_BYTES, IDLE_MS, idleCollector } from '../../server/idle-memory.js';

describe('idleCollector', () => {
    test('collects once the builds have been quiet, not while they go on, and only after real growth', () => {
        vi.useFakeTimers();
        try {
            let heap = 50e6;
            const gc = vi.fn(() => { heap = 52e6; });
            const collector = idleCollector({ gc, heapBytes: () => heap });
            heap += GROWTH_BYTES + 1;
            for (let i = 0; i < 10; i++) {
                collector.built(); // a build every 100 ms: typing
                vi.advanceTimersByTime(100);
            }
            expect(gc).not.toHaveBeenCalled();
            vi.advanceTimersByTime(IDLE_MS);
            expect(gc).toHaveBeenCalledTimes(2);
            // Little growth since that collection: nothing to gain, no collection.
            heap += 1e6;
            collector.built();
            vi.advanceTimersByTime(IDLE_MS + 1);
            expect(gc).toHaveBeenCalledTimes(2);
            // A build longer than the quiet time: nothing is collected while it runs.
            heap += GROWTH_BYTES + 1;
            collector.built();
            vi.advanceTimersByTime(100);
            collector.building();
            vi.advanceTimersByTime(IDLE_MS * 3);
            expect(gc).toHaveBeenCalledTimes(2);
            collector.built();
            vi.advanceTimersByTime(IDLE_MS);
            expect(gc).toHaveBeenCalledTimes(4);
        } finally {
            vi.useRealTimers();
        }
    });
});
