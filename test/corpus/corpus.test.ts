/**
 * The development corpus: every model in examples/corpus/ renders at least as
 * close to its real instrument (../shared/corpus/<name>.txt) as the figure
 * recorded in corpus-figures.json (measured with `npm run corpus`, rounded
 * down to three places). A model without a recorded figure fails, so a new
 * model must be measured and recorded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { similarity } from '../fidelity.js';
import { renderSource, ROOT } from '../helpers.js';
import figures from './corpus-figures.json';

const MODELS = join(ROOT, 'examples', 'corpus');
const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const recorded = figures as Record<string, number>;
const files = readdirSync(MODELS).filter((f) => f.endsWith('.poa')).sort();

describe.skipIf(!existsSync(CORPUS))('corpus models keep their similarity', () => {
    test('every recorded figure has its model', () => {
        for (const name of Object.keys(recorded)) expect(files, name).toContain(`${name}.poa`);
    });

    for (const file of files) {
        const name = file.replace(/\.poa$/, '');
        test(name, async () => {
            expect(recorded[name], `no figure recorded for ${name} in test/corpus/corpus-figures.json`).toBeTypeOf('number');
            const rendered = await renderSource(readFileSync(join(MODELS, file), 'utf8'));
            const reference = readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
            expect(similarity(reference, rendered)).toBeGreaterThanOrEqual(recorded[name]);
        });
    }
});
