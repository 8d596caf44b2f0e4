/**
 * Import on the development corpus (issue 14): every text of ../shared/corpus/,
 * imported and rendered, is at least as close to the text, and keeps no larger
 * share of its words as written, as the figures recorded in
 * import-figures.json (measured with `npm run corpus -- --import` and recorded by
 * `node scripts/record-import-figures.mjs`, the
 * similarity rounded down and the share rounded up to three places). A text
 * without recorded figures fails, so a new corpus text must be measured.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importText } from '../../language/import/index.js';
import { similarity } from '../fidelity.js';
import { renderSource, ROOT } from '../helpers.js';
import figures from './import-figures.json';

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const recorded = figures as Record<string, { similarity: number; worded: number }>;
const texts = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!existsSync(CORPUS))('importing the corpus keeps its recorded figures', () => {
    test('every recorded figure has its text', () => {
        for (const name of Object.keys(recorded)) expect(texts, name).toContain(`${name}.txt`);
    });

    for (const file of texts) {
        const name = file.replace(/\.txt$/, '');
        test(name, async () => {
            const floor = recorded[name];
            expect(floor, `no figures recorded for ${name} in test/import/import-figures.json`).toBeDefined();
            const text = readFileSync(join(CORPUS, file), 'utf8');
            const { poa, report } = await importText(text, file);
            expect(similarity(text, await renderSource(poa))).toBeGreaterThanOrEqual(floor.similarity);
            // The share is a ratio of word counts: compared to the recorded one with a margin for floating point only.
            expect(1 - report.structuredShare).toBeLessThanOrEqual(floor.worded + 1e-9);
        }, 120_000);
    }
});
