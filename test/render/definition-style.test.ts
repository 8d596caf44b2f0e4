/** How a defined term is introduced at its first use: the `definition` clause's style, '(the "X")' or '("X")'. */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { RenderContext } from '../../language/render/render-context.js';

const source = (phrasing: string) => `poa X {
    principal p "Pat Doe"
    issuer acme "ACME, INC." { organized in "Delaware" as corporation defined as "Company" }
    define act1934 "the Securities Exchange Act of 1934, as amended" as "Exchange Act"
    ${phrasing}
}`;

async function context(phrasing: string): Promise<RenderContext> {
    const { model } = await loadPoa(source(phrasing), { validate: false });
    return new RenderContext(model);
}

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('the definition style', () => {
    test('by default the short form is defined with the article', async () => {
        const ctx = await context('');
        expect(text(ctx.term('act1934'))).toBe('the Securities Exchange Act of 1934, as amended (the "Exchange Act")');
        expect(text(ctx.term('act1934'))).toBe('the Exchange Act');
    });

    test('the bare style defines it without the article, and every run of the definition is the term', async () => {
        const ctx = await context('phrasing definition style bare');
        const runs = ctx.term('act1934');
        expect(text(runs)).toBe('the Securities Exchange Act of 1934, as amended ("Exchange Act")');
        expect(runs.every((r) => r.role === 'term' && r.ref === 'act1934')).toBe(true);
        expect(text(ctx.term('act1934'))).toBe('the Exchange Act');
    });

    test('the style words the defined terms only: the issuer keeps its own definition', async () => {
        const ctx = await context('phrasing definition style bare');
        expect(text(ctx.issuer('acme'))).toBe('ACME, INC., a Delaware corporation (the "Company")');
    });
});
