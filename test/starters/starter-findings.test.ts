/**
 * A starter from `poa new` is the first file a lawyer checks: for every kind and every jurisdiction the
 * rules know, it checks with no error and no warning (information, such as a note to confirm who the
 * witnesses are once they are chosen, may remain).
 */
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { JURISDICTIONS } from '../../language/rules/jurisdictions.js';
import { KINDS, starterSource } from '../../language/starter-templates.js';

const cases = KINDS.flatMap((kind) => JURISDICTIONS.map((j) => [kind, j.id] as const));

describe('starter instruments', () => {
    it.each(cases)('of kind %s in %s check without errors or warnings', async (kind, jurisdiction) => {
        const { diagnostics } = await loadPoa(starterSource(kind, 'x', jurisdiction));
        expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    });
});
