/**
 * The model builder reads an instrument's clauses sorted once by type
 * (`language/model/clauses-by-type.ts`): for every type guard of the generated
 * AST, on every example, what it gives is what `clauses.filter(guard)` gives,
 * in the same order, for a guard of one type and for a guard of a union alike; and the same for
 * `firstOf`, `allOf`, `isOf` and `TypeTable` against `find`, `filter`, the guard and an if-chain.
 */
import { join } from 'node:path';
import { AstUtils, isAstNode, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../language/generated/ast.js';
import { allOf, ClausesByType, firstOf, isOf } from '../../language/model/clauses-by-type.js';
import { TypeTable } from '../../language/model/type-table.js';
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

describe('firstOf, allOf and isOf (by $type when a guard accepts one type)', () => {
    it.each(EXAMPLES)('%s: for every guard and every list of nodes, what find, filter and the guard give', async (name) => {
        const { document } = await loadPoa(readExample(name), { validate: false });
        const root = document.parseResult.value;
        // Every list of nodes in the tree (a clause's parts, a party's properties, ...) and every node.
        const nodes = [root, ...AstUtils.streamAllContents(root)];
        const lists = nodes.flatMap((n) => Object.values(n).filter((v): v is AstNode[] => Array.isArray(v) && v.every((x) => isAstNode(x))));
        expect(lists.length).toBeGreaterThan(3);
        for (const [guardName, guard] of GUARDS) {
            for (const list of lists) {
                expect(firstOf(list, guard), guardName).toBe(list.find(guard));
                expect(allOf(list, guard), guardName).toEqual(list.filter(guard));
            }
            for (const node of nodes) expect(isOf(node, guard), guardName).toBe(guard(node));
        }
    });
});

describe('TypeTable (an if-chain of guards answered by $type)', () => {
    it('gives the first entry whose guard accepts the node, as the chain would, for every node of every example', async () => {
        const entries = [[ast.isGrant, 'grant'], [ast.isClause, 'clause'], [ast.isTerm, 'term']] as const;
        const table = new TypeTable<string>(entries);
        let seen = 0;
        for (const name of EXAMPLES) {
            const { document } = await loadPoa(readExample(name), { validate: false });
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                // Twice: the second answer is the kept one.
                for (let i = 0; i < 2; i++) expect(table.of(node)).toBe(entries.find(([guard]) => guard(node))?.[1]);
                seen++;
            }
        }
        expect(seen).toBeGreaterThan(1000);
    });
});
