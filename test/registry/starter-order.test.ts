/** The starters of `poa new` write their clauses in the clause registry's written order, and parse. */
import { describe, expect, it } from 'vitest';
import { clauseRanges } from '../../language/fixes/clause-placement.js';
import { loadPoa } from '../../language/poa-document.js';
import { WRITTEN_ORDER } from '../../language/registry/clause-registry.js';
import { KINDS, starterSource } from '../../language/starter-templates.js';

describe('starter instruments', () => {
    it.each(KINDS)('of kind %s follow the registry\'s written order', async (kind) => {
        const { model, document } = await loadPoa(starterSource(kind, 'x'), { validate: false });
        expect(document.parseResult.parserErrors).toEqual([]);
        const written = clauseRanges(model).sort((a, b) => a.range.offset - b.range.offset).map((c) => c.clause);
        expect(written.length).toBeGreaterThan(6);
        expect(written).toEqual([...written].sort((a, b) => WRITTEN_ORDER.indexOf(a) - WRITTEN_ORDER.indexOf(b)));
    });
});
