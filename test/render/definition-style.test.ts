/** How a defined term is introduced at its first use: the `definition` clause's style, '(the "X")' or '("X")'. */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { RenderContext } from '../../language/render/render-context.js';
import { renderSource } from '../helpers.js';

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

describe('the deferred definition style', () => {
    // The shape of sec16_yahoo-levchin-5yr-expiry-2012 (../shared/corpus): "... in accordance with Section 16(a) of
    // the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act"); ...".
    const deferred = (meaning: string) => `poa X {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    issuer acme "ACME, INC."
    define act1934 "${meaning}" as "1934 Act"
    phrasing definition style deferred
    grant style numbered-capitals {
        file form3, form4, form5 under section16a style classic-with-respect-to
    }
    acknowledgment no-assumption by a
}`;

    test('says the definition at the end of the power that first names the term, and the short form afterwards', async () => {
        const rendered = await renderSource(deferred('the Securities Exchange Act of 1934, as amended'));
        const flat = rendered.replace(/\s+/g, ' ');
        expect(flat).toContain('in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act")');
        expect(flat).toContain('to comply with Section 16 of the 1934 Act.');
        expect(flat.match(/\(the "1934 Act"\)/g)).toHaveLength(1);
    });

    test('outside any phrase the definition follows the name, as the article style would', async () => {
        const { model } = await loadPoa(deferred('the Securities Exchange Act of 1934, as amended'), { validate: false });
        const ctx = new RenderContext(model);
        expect(text(ctx.term('act1934'))).toBe('the Securities Exchange Act of 1934, as amended (the "1934 Act")');
    });
});
