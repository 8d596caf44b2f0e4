/**
 * `comply with NAME` is a cross-reference resolved by Langium's linker and
 * scope: to a term the file defines, an issuer or principal, or a standard term
 * of the built-in library (language/standard-terms-library.ts).
 */
import { describe, expect, test } from 'vitest';
import { isTermDefinition, type Compliance, type Instrument } from '../../language/generated/ast.js';
import { loadPoa } from '../../language/poa-document.js';
import { STANDARD_TERMS_URI } from '../../language/standard-terms-library.js';
import { STANDARD_TERMS } from '../../language/catalog/standard-terms.js';

function laws(root: Instrument) {
    return root.clauses.flatMap((c) => ('powers' in c ? (c.powers as unknown[]) : [])).flatMap((p) => ((p as Compliance).$type === 'Compliance' ? (p as Compliance).laws : []));
}

describe('term references', () => {
    test("the library's names are unique (its scope is keyed by name)", () => {
        const ids = STANDARD_TERMS.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeGreaterThan(2);
    });

    test('a standard term resolves to its definition in the built-in library', async () => {
        const { document, diagnostics } = await loadPoa('poa X { grant { comply with act1934, sec } }', { validate: false });
        const [act, sec] = laws(document.parseResult.value).map((l) => l.term.ref);
        expect(isTermDefinition(act) && act.meaning).toBe('the Securities Exchange Act of 1934, as amended');
        expect(isTermDefinition(sec) && sec.term).toBe('SEC');
        expect(act?.$container.$document?.uri.toString()).toBe(STANDARD_TERMS_URI.toString());
        expect(diagnostics).toEqual([]);
    });

    test("a file's own definition takes precedence over the library's", async () => {
        const { document } = await loadPoa('poa X { define act1934 "the Exchange Act" as "Act" grant { comply with act1934 } }', { validate: false });
        const ref = laws(document.parseResult.value)[0].term.ref;
        expect(isTermDefinition(ref) && ref.term).toBe('Act');
        expect(ref?.$container).toBe(document.parseResult.value);
    });

    test('an issuer is a term too', async () => {
        const { document } = await loadPoa('poa X { issuer acme "ACME" grant { comply with acme } }', { validate: false });
        expect(laws(document.parseResult.value)[0].term.ref?.$type).toBe('Issuer');
    });

    test('an undefined term is a linking error with the rule code, at the name, offering to define it', async () => {
        const text = 'poa X { grant { comply with nyseRules } }';
        const { document, diagnostics } = await loadPoa(text, { validate: false });
        const [d] = diagnostics.filter((x) => x.code === 'poa/undefined-term');
        expect(d.message).toMatch(/^"nyseRules" is used but never defined\./);
        expect(d.range.start.character).toBe(text.indexOf('nyseRules'));
        const raw = document.diagnostics!.find((x) => x.code === 'poa/undefined-term')!;
        expect(raw.data).toMatchObject({ fix: { fix: 'define-term', args: { id: 'nyseRules' } } });
    });

    test('of two things with one name, a reference resolves to the first written (as Langium\'s own scope did)', async () => {
        const text = 'poa X { define rules "the first rules" as "First" define rules "the second rules" as "Second" grant { comply with rules } }';
        const { document } = await loadPoa(text, { validate: false });
        const ref = laws(document.parseResult.value)[0].term.ref;
        expect(isTermDefinition(ref) && ref.term).toBe('First');
    });
});
