/** A checkpoint of the rendering context undoes exactly the first uses made after it (an optional group that is dropped defines nothing). */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { RenderContext } from '../../language/render/render-context.js';

const SOURCE = `poa X {
    principal p "Pat Doe"
    issuer acme "ACME, INC." { organized in "Delaware" as corporation defined as "Company" }
    define act1934 "the Securities Exchange Act of 1934, as amended" as "Exchange Act"
    define act1933 "the Securities Act of 1933, as amended" as "Securities Act"
}`;

async function context(): Promise<RenderContext> {
    const { model } = await loadPoa(SOURCE, { validate: false });
    return new RenderContext(model);
}

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('RenderContext.checkpoint', () => {
    test('restoring forgets the terms introduced since the checkpoint and keeps those introduced before', async () => {
        const ctx = await context();
        ctx.term('act1934');
        const restore = ctx.checkpoint();
        ctx.term('act1933');
        ctx.issuer('acme');
        expect(ctx.isIntroduced('act1933')).toBe(true);
        restore();
        expect(ctx.isIntroduced('act1934')).toBe(true);
        expect(ctx.isIntroduced('act1933')).toBe(false);
        expect(ctx.isIntroduced('acme')).toBe(false);
        // Introduced again in full, as at a first use.
        expect(text(ctx.term('act1933'))).toBe('the Securities Act of 1933, as amended (the "Securities Act")');
        expect(text(ctx.issuer('acme'))).toBe('ACME, INC., a Delaware corporation (the "Company")');
        expect(text(ctx.term('act1934'))).toBe('the Exchange Act');
    });

    test('nested checkpoints: an inner restore keeps what the outer group introduced before it', async () => {
        const ctx = await context();
        const outer = ctx.checkpoint();
        ctx.term('act1934');
        const inner = ctx.checkpoint();
        ctx.term('act1933');
        inner();
        expect(ctx.isIntroduced('act1934')).toBe(true);
        expect(ctx.isIntroduced('act1933')).toBe(false);
        ctx.issuer('acme');
        outer();
        expect(['act1934', 'act1933', 'acme'].map((id) => ctx.isIntroduced(id))).toEqual([false, false, false]);
    });

    test('a checkpoint that is never restored changes nothing', async () => {
        const ctx = await context();
        ctx.checkpoint();
        ctx.term('act1934');
        expect(text(ctx.term('act1934'))).toBe('the Exchange Act');
    });
});
