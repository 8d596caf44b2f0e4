/**
 * A finished document is garbage at the next minor garbage collection (language/object-cache.ts,
 * language/langium/poa-reference.ts): nothing the pipeline keeps per document (a cache, a reference,
 * a description, the document itself) may hold it through V8's minor collections, which treat a
 * WeakMap's values and whatever an object literal's getters close over as alive until a full
 * collection. Before, every document checked and rendered in a loop (`poa render`, `poa batch`)
 * stayed alive and was copied into the old generation: about 110 KB per document, and most of the
 * garbage collector's time. Measured here as the growth of the old generation over 100 documents
 * followed by minor collections only (a full collection would hide it); no timing. Compiled code's
 * data (bytecode, feedback) also lands in the old generation while the pipeline warms up: up to some
 * 2,000 KB a round in a busy test run, against 11,000 KB for 100 kept documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { prepareTemplate, renderWithData } from '../../cli/template-job.js';
import { ROOT } from '../helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'major' | 'minor' }) => void;

const oldSpaceKb = () => (getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0) / 1024;

test('documents checked and rendered one after another do not survive minor collections', async () => {
    const source = readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8');
    const one = async (i: number) => {
        const loaded = await prepareTemplate(source.replace(/Alan J\. Kreczko/g, `Officer Number ${i}`), `loop-${i}.poa`);
        if ('error' in loaded) throw new Error(loaded.error);
        const out = await renderWithData(loaded.template, {}, 'text');
        // A plain check: an `expect` per document would itself keep the values it was given.
        if (!String(out).includes(`Officer Number ${i}`)) throw new Error(`document ${i} did not render`);
    };
    for (let i = 0; i < 150; i++) await one(i); // compiled, caches of the grammar filled
    const growth: number[] = [];
    for (let round = 0; round < 4; round++) {
        gc({ type: 'major' });
        const before = oldSpaceKb();
        for (let i = 0; i < 100; i++) await one(i);
        for (let k = 0; k < 3; k++) gc({ type: 'minor' });
        growth.push(oldSpaceKb() - before);
    }
    // 100 documents kept would be some 11,000 KB; the least a round grows is compiled code's data, well under 3,500.
    expect(Math.min(...growth)).toBeLessThan(3500);
});
