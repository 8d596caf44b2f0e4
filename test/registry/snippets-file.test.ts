/**
 * snippets/poa.json is generated from the snippet catalog (and through it from
 * the clause registry) by `npm run snippets`: it must match, and each registry
 * clause's snippet is the registry's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSES } from '../../language/registry/clause-registry.js';
import { SNIPPETS, snippetsJson } from '../../language/registry/snippet-catalog.js';

const file = join(__dirname, '..', '..', 'snippets', 'poa.json');

describe('snippets/poa.json', () => {
    it('is what `npm run snippets` writes from the catalog (run it after changing the registry)', () => {
        expect(readFileSync(file, 'utf8')).toBe(snippetsJson());
    });

    it('gives each registry clause that has a snippet the registry\'s body and kinds', () => {
        const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { body: string[] }>;
        for (const clause of CLAUSES) {
            const entry = SNIPPETS.find((s) => s.body === clause.snippet);
            if (!entry) continue;
            expect(snippets[entry.name].body.join('\n'), clause.id).toBe(clause.snippet);
            expect(entry.kinds, clause.id).toEqual(clause.kinds);
        }
        expect(SNIPPETS.filter((s) => CLAUSES.some((c) => c.snippet === s.body)).length).toBeGreaterThanOrEqual(13);
    });

    it('names each snippet once', () => {
        expect(new Set(SNIPPETS.map((s) => s.name)).size).toBe(SNIPPETS.length);
    });
});
