/** Every example in examples/ checks clean: no errors and no warnings. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';

const dir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.poa'));

describe('examples check clean', () => {
    it('has examples', () => expect(examples.length).toBeGreaterThan(0));
    for (const file of examples) {
        it(file, async () => {
            const { diagnostics } = await loadPoa(readFileSync(join(dir, file), 'utf8'), { uri: `file:///examples/${file}` });
            const problems = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
            expect(problems.map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
        });
    }
});
