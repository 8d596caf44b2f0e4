/**
 * Corpus acceptance (issue 11): every model in examples/corpus/ of a really
 * signed or filed instrument checks with zero errors, unless the instrument
 * truly lacks what the cited law requires; each such error is recorded in the
 * model as `// expect poa/CODE: reason`, and this test holds the list exact:
 * an error not expected fails, and so does an expectation no error meets.
 * A model without errors and without expectations passes. Syntax errors are
 * never expected. Also run over test/fixtures/corpus-trial/, quick models of
 * corpus texts used to try the catalog before the corpus models land.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareErrors, expectedErrors } from '../../language/checks/expected-codes.js';
import { check } from './check-helpers.js';

const DIRS = [join(__dirname, '..', '..', 'examples', 'corpus'), join(__dirname, '..', 'fixtures', 'corpus-trial')];

function models(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.poa')).sort().map((f) => join(dir, f)) : [];
}

describe('corpus models: errors exactly as recorded', () => {
    const files = DIRS.flatMap(models);
    it('finds the corpus trial models', () => expect(files.length).toBeGreaterThan(0));
    for (const path of files) {
        it(path.slice(path.indexOf(path.includes('examples') ? 'examples' : 'test')), async () => {
            const text = readFileSync(path, 'utf8');
            const { diagnostics } = await check(text, `file:///corpus/${path.split('/').pop()}`);
            const errors = diagnostics.filter((d) => d.severity === 'error');
            const expected = expectedErrors(text);
            const cmp = compareErrors(errors.map((d) => d.code), expected);
            const detail = errors.map((d) => `line ${d.range.start.line + 1}: ${d.code}: ${d.message}`).join('\n');
            expect({ unexpected: cmp.unexpected, missing: cmp.missing, withoutReason: cmp.withoutReason }, detail).toEqual({ unexpected: [], missing: [], withoutReason: [] });
        });
    }
});
