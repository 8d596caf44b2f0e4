import { describe, expect, test } from 'vitest';
import { readExample, readFixture, renderSource } from '../helpers.js';
import { similarity } from '../fidelity.js';

describe('the reference instrument', () => {
    test('renders back to the Hartford 2007 Section 16 POA (word-level similarity >= 0.98)', async () => {
        const rendered = await renderSource(readExample('hartford-2007-section16.poa'));
        const reference = readFixture('hartford-2007-section16-poa.txt');
        expect(similarity(reference, rendered)).toBeGreaterThanOrEqual(0.98);
    });

    test('the fidelity measure itself tells a different text apart', () => {
        const reference = readFixture('hartford-2007-section16-poa.txt');
        expect(similarity(reference, reference)).toBe(1);
        const withoutDuration = reference.replace(/This authorization[\s\S]*?attorneys-in-fact\./, '');
        expect(withoutDuration).not.toBe(reference);
        expect(similarity(reference, withoutDuration)).toBeLessThan(0.9);
    });

    test('the example holds no string literal longer than eight words apart from names', () => {
        const source = readExample('hartford-2007-section16.poa').replace(/\/\/.*$/gm, '');
        const literals = [...source.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
        const long = literals.filter((l) => l.split(/\s+/).length > 8);
        expect(long).toEqual([]);
    });
});

describe('half-typed instruments', () => {
    test('every prefix of the reference example renders without throwing', async () => {
        const { loadPoa } = await import('../../language/poa-document.js');
        const { renderDocument } = await import('../../language/render/render-document.js');
        const source = readExample('hartford-2007-section16.poa');
        for (let end = 0; end <= source.length; end += 7) {
            const { model } = await loadPoa(source.slice(0, end), { validate: false });
            expect(() => renderDocument(model)).not.toThrow();
        }
    });

    test('a clause with `worded` and no text yet keeps its standard wording (found by npm run fuzz)', async () => {
        const text = await renderSource('poa X { principal p "Pat Doe" agents { agent a "Ann Lee" } third-party reliance worded\n}');
        expect(text).toContain('Any third party may rely upon this power of attorney');
    });

    test('a filing with no statute yet shows a marked gap', async () => {
        const text = await renderSource('poa X { issuer co "Co" grant { file form4 under } }');
        expect(text).toContain('[STATUTE]');
    });
});
