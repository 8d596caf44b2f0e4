/**
 * The held-out set: real, filed powers of attorney that are neither in the development corpus
 * (../shared/corpus) nor in the earlier held-out fixtures, each modelled from docs/language.md
 * alone (test/heldout/NAME.poa) and measured against its text (test/heldout/texts/NAME.txt, first
 * line its source). Each model renders at least as close to its instrument as the figure recorded
 * in heldout-figures.json (measured with the shared fidelity tool, rounded down to three places),
 * and checks with no error unless the model records it as `// expect poa/CODE: reason` with the law
 * that makes the instrument invalid. A model without a recorded figure fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareErrors, expectedErrors } from '../../language/checks/expected-codes.js';
import { check } from '../checks/check-helpers.js';
import { similarity } from '../fidelity.js';
import { renderSource, ROOT } from '../helpers.js';
import figures from './heldout-figures.json';

const DIR = join(ROOT, 'test', 'heldout');
const recorded = figures as Record<string, number>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.poa')).sort();

describe('held-out models keep their similarity and check without false errors', () => {
    test('every recorded figure has its model, and every model its text', () => {
        for (const name of Object.keys(recorded)) expect(files, name).toContain(`${name}.poa`);
        const texts = readdirSync(join(DIR, 'texts'));
        for (const file of files) expect(texts, file).toContain(file.replace(/\.poa$/, '.txt'));
    });

    for (const file of files) {
        const name = file.replace(/\.poa$/, '');
        test(name, async () => {
            expect(recorded[name], `no figure recorded for ${name} in test/heldout/heldout-figures.json`).toBeTypeOf('number');
            const source = readFileSync(join(DIR, file), 'utf8');
            const reference = readFileSync(join(DIR, 'texts', `${name}.txt`), 'utf8');
            expect(reference.split('\n')[0], 'the text records its source on its first line').toMatch(/^# source: \S/);
            expect(similarity(reference, await renderSource(source))).toBeGreaterThanOrEqual(recorded[name]);
            const { diagnostics } = await check(source, `file:///heldout/${file}`);
            const errors = diagnostics.filter((d) => d.severity === 'error');
            const cmp = compareErrors(errors.map((d) => d.code), expectedErrors(source));
            const detail = errors.map((d) => `line ${d.range.start.line + 1}: ${d.code}: ${d.message}`).join('\n');
            expect({ unexpected: cmp.unexpected, missing: cmp.missing, withoutReason: cmp.withoutReason }, detail).toEqual({ unexpected: [], missing: [], withoutReason: [] });
        });
    }
});
