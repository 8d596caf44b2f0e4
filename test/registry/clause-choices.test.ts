/**
 * The snippets (snippets/poa.json) and the "Insert Clause" choices the server
 * gives (language/registry/clause-choices.ts): every whole-instrument snippet expands to
 * an instrument that parses and checks without errors, every clause snippet
 * parses where the catalog offers it, and the catalog offers what fits where
 * the cursor is.
 */
import { describe, expect, it } from 'vitest';
import snippets from '../../snippets/poa.json';
import { clausesFor, contextAt } from '../../language/registry/clause-choices.js';
import { SNIPPETS } from '../../language/registry/snippet-catalog.js';
import { loadPoa } from '../../language/poa-document.js';

type Snippet = { prefix: string[]; body: string[]; description: string };
const all = snippets as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(body: string): string {
    return body
        .replace(/\$CURRENT_YEAR/g, '2025').replace(/\$CURRENT_MONTH/g, '03').replace(/\$CURRENT_DATE/g, '14')
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:((?:[^{}]|\{[^{}]*\})*)\}/g, (_, d: string) => d.replace(/\$\{\d+:([^}]*)\}/g, '$1'))
        .replace(/\$\d+/g, '');
}

const errorsOf = (diagnostics: { severity?: string; message: string }[]) => diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

const instrumentSnippets = ['Section 16 power of attorney', 'Securities power of attorney', 'General durable power of attorney', 'Limited power of attorney', 'Health care power of attorney'];

describe('snippets', () => {
    it('are the catalog\'s, each with a description and a prefix', () => {
        expect(new Set(SNIPPETS.map((s) => s.name))).toEqual(new Set(Object.keys(all)));
        for (const s of Object.values(all)) {
            expect(s.description.length).toBeGreaterThan(10);
            expect(s.prefix.length).toBeGreaterThan(0);
        }
    });

    it.each(instrumentSnippets)('"%s" expands to an instrument that parses and has no errors', async (name) => {
        const text = expand(all[name].body.join('\n'));
        const { diagnostics } = await loadPoa(text);
        expect(errorsOf(diagnostics)).toEqual([]);
    });

    it('each clause snippet parses where the catalog offers it', async () => {
        // A host instrument per context; @ marks the cursor. The kind line is varied until the clause is offered.
        const hosts: Record<string, string> = {
            instrument: 'poa T {\n    KIND\n    issuer company "C"\n    @\n}',
            grant: 'poa T {\n    KIND\n    issuer company "C"\n    grant {\n        @\n    }\n}',
            term: 'poa T {\n    KIND\n    issuer company "C"\n    term {\n        @\n    }\n}',
            execution: 'poa T {\n    KIND\n    executed 2024-01-02 {\n        @\n    }\n}',
            agents: 'poa T {\n    KIND\n    issuer company "C"\n    agents {\n        @\n    }\n}'
        };
        const kinds = ['kind section16', 'kind general', 'kind limited', 'kind healthcare', ''];
        const failures: string[] = [];
        for (const [name, snippet] of Object.entries(all)) {
            if (instrumentSnippets.includes(name) || name === 'Template') continue;
            let host: string | undefined;
            for (const h of Object.values(hosts)) {
                for (const k of kinds) {
                    const candidate = h.replace('KIND', k);
                    if (clausesFor(candidate.replace('@', ''), candidate.indexOf('@')).some((c) => c.name === name)) host ??= candidate;
                }
            }
            if (!host) { failures.push(`${name}: offered nowhere`); continue; }
            const { diagnostics } = await loadPoa(host.replace('@', expand(snippet.body.join('\n'))), { validate: false });
            const syntax = errorsOf(diagnostics);
            if (syntax.length) failures.push(`${name}: ${syntax.join('; ')}`);
        }
        expect(failures).toEqual([]);
    });
});

describe('Insert Clause', () => {
    const doc = `poa T {
    kind section16
    // a comment with a brace {
    principal p "A { B" { pronoun he }
    grant {
        file form4 under section16a
    }
    revocation by signed-writing delivered to agents
    executed 2024-01-02 {
    }
}
`;
    const at = (marker: string, delta = 0) => doc.indexOf(marker) + delta;

    it('knows which block the cursor is in, ignoring braces in strings and comments', () => {
        expect(contextAt(doc, 0)).toBe('outside');
        expect(contextAt(doc, at('principal'))).toBe('instrument');
        expect(contextAt(doc, at('file form4'))).toBe('grant');
        expect(contextAt(doc, at('revocation'))).toBe('instrument');
        expect(contextAt(doc, at('executed', 'executed 2024-01-02 {\n'.length))).toBe('execution');
        expect(contextAt(doc, doc.length)).toBe('outside');
    });

    it('offers the clauses that fit: no second revocation, no general-power subjects in a Section 16 power', () => {
        const top = clausesFor(doc, at('revocation')).map((c) => c.name);
        expect(top).toContain('term');
        expect(top).toContain('acknowledgment');
        expect(top).not.toContain('revocation');
        expect(top).not.toContain('grant');
        expect(top).not.toContain('file forms');
        const grant = clausesFor(doc, at('file form4')).map((c) => c.name);
        expect(grant).toContain('file Form 144');
        expect(grant).not.toContain('subjects');
        const general = doc.replace('kind section16', 'kind general');
        const generalGrant = clausesFor(general, general.indexOf('file form4')).map((c) => c.name);
        expect(generalGrant).toContain('subjects');
        expect(generalGrant).not.toContain('file Form 144');
        expect(clausesFor(doc, 0).map((c) => c.name)).toContain('Section 16 power of attorney');
    });
});
