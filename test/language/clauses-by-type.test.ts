/**
 * The model builder reads an instrument's clauses sorted once by type
 * (`language/model/clauses-by-type.ts`): for every type guard of the generated
 * AST, on every example, what it gives is what `clauses.filter(guard)` gives,
 * in the same order, for a guard of one type and for a guard of a union alike.
 */
import { join } from 'node:path';
import type { AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../language/generated/ast.js';
import { ClausesByType } from '../../language/model/clauses-by-type.js';
import { loadPoa } from '../../language/poa-document.js';
import { poaFiles, ROOT, readExample } from '../helpers.js';

const EXAMPLES = poaFiles(join(ROOT, 'examples')).map((p) => p.slice(join(ROOT, 'examples').length + 1));

/** Every `isX` guard the generated AST exports. */
const GUARDS = Object.entries(ast)
    .filter(([name, value]) => /^is[A-Z]/.test(name) && typeof value === 'function')
    .map(([name, value]) => [name, value as (item: unknown) => item is AstNode] as const);

describe('the clauses sorted by type', () => {
    it('has guards to try, of one type and of unions of types', () => {
        expect(GUARDS.length).toBeGreaterThan(50);
        // `Clause` is a union of every clause type: its guard accepts clauses of many types.
        expect(new ClausesByType([]).of(ast.isClause)).toEqual([]);
    });

    it.each(EXAMPLES)('%s: each guard gives the clauses the list filtered by it gives, in order', async (name) => {
        const { document } = await loadPoa(readExample(name), { validate: false });
        const clauses = document.parseResult.value.clauses;
        const sorted = new ClausesByType(clauses);
        for (const [guardName, guard] of GUARDS) {
            const expected = clauses.filter(guard);
            const got = sorted.of(guard);
            expect(got.length, guardName).toBe(expected.length);
            got.forEach((node, i) => expect(node, guardName).toBe(expected[i]));
            expect(sorted.first(guard), guardName).toBe(clauses.find(guard));
        }
        expect(sorted.of(ast.isClause)).toEqual(clauses);
    });
});
