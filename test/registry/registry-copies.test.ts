/**
 * The clause registry (language/registry) is the one source of what the
 * editor says about clauses: these tests fail when a table that copies it
 * comes back somewhere else in the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSES, WRITTEN_CLAUSES, WRITTEN_ORDER } from '../../language/registry/clause-registry.js';
import { COMPLETION_SNIPPETS } from '../../language/registry/snippet-catalog.js';
import { poaServices } from '../../language/poa-document.js';
import { CLAUSE_ORDER } from '../../language/fixes/clause-placement.js';
import { KEYWORD_DOCS, leadingKeyword } from '../../language/registry/keyword-docs.js';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
    return readdirSync(join(root, dir)).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(join(root, path)).isDirectory()) return name === 'generated' || name === 'registry' ? [] : sources(path);
        return path.endsWith('.ts') ? [path] : [];
    });
}

const code = ['language', 'server', 'client', 'cli'].flatMap(sources).map((path) => ({ path: relative(root, join(root, path)), text: readFileSync(join(root, path), 'utf8') }));

/** Where a text is written outside the registry, in the source form a TypeScript string takes. */
function copiesOf(text: string): string[] {
    const written = text.replace(/'/g, "\\'");
    return code.filter((f) => f.text.includes(written)).map((f) => f.path);
}

describe('keyword documentation', () => {
    it('of each clause keyword is the registry\'s', () => {
        for (const c of CLAUSES) expect(KEYWORD_DOCS[leadingKeyword(c.keyword)], c.id).toBe(c.doc ?? c.note);
    });

    it('is written nowhere but the registry', () => {
        const copies = CLAUSES.flatMap((c) => [c.doc, c.note]).filter((t): t is string => !!t).flatMap((t) => copiesOf(t).map((p) => `${p}: ${t}`));
        expect(copies).toEqual([]);
        expect(code.filter((f) => /KEYWORD_DOCS\s*[:=]/.test(f.text)).map((f) => f.path)).toEqual([]);
    });
});

describe('clause order', () => {
    it('of quick-fix placement is the registry\'s, which names every registry clause that has a place in the file', () => {
        expect(CLAUSE_ORDER).toBe(WRITTEN_ORDER);
        const written = ['agents', 'successors', 'issuer', 'grant', 'substitution', 'ratification', 'acknowledgment', 'indemnification', 'reliance', 'compensation', 'term', 'execution'];
        for (const id of written) {
            expect(CLAUSES.map((c) => c.id), id).toContain(id);
            expect(WRITTEN_ORDER, id).toContain(id);
        }
    });

    it('is listed nowhere but the registry', () => {
        // Any three clauses of the written order in a row, quoted as a list, is a copy of it.
        const runs = WRITTEN_ORDER.slice(0, -2).map((_, i) => WRITTEN_ORDER.slice(i, i + 3).map((c) => `'${c}'`).join(',\\s*'));
        const copies = code.filter((f) => runs.some((r) => new RegExp(r).test(f.text))).map((f) => f.path);
        expect(copies).toEqual([]);
    });
});

describe('the client', () => {
    const client = code.filter((f) => f.path.startsWith('client'));

    it('copies neither the snippets nor the jurisdiction table, and lexes no file (it asks the server: poa/catalog)', () => {
        expect(client.filter((f) => /poa\.json/.test(f.text)).map((f) => f.path)).toEqual([]);
        expect(client.filter((f) => /'NY'[^\n]*'CA'|id: 'NY'/.test(f.text)).map((f) => f.path)).toEqual([]);
        expect(client.filter((f) => /'acknowledgment'|no-assumption|context: '(instrument|grant)'/.test(f.text)).map((f) => f.path)).toEqual([]);
    });
});

describe('legal notes of the written clauses', () => {
    it('name node types the grammar has, each once', () => {
        const types = poaServices().shared.AstReflection.getAllTypes();
        for (const c of WRITTEN_CLAUSES) expect(types, c.id).toContain(c.nodeType);
        expect(new Set(WRITTEN_CLAUSES.map((c) => c.nodeType)).size).toBe(WRITTEN_CLAUSES.length);
    });

    it('are written nowhere but the registry (hover and the outline read them from there)', () => {
        const copies = WRITTEN_CLAUSES.map((c) => c.effect).flatMap((t) => copiesOf(t).map((p) => `${p}: ${t}`));
        expect(copies).toEqual([]);
    });
});

describe('the clause snippets completion offers', () => {
    it('are the registry\'s (language/registry/snippet-catalog.ts); no table of them elsewhere', () => {
        expect(COMPLETION_SNIPPETS.length).toBeGreaterThan(0);
        expect(code.filter((f) => /CLAUSE_SNIPPETS|CLAUSE_NOTES/.test(f.text)).map((f) => f.path)).toEqual([]);
    });
});
