/**
 * A starter from `poa new` is the first file a lawyer checks: for every kind and every jurisdiction the
 * rules know, it checks with no error and no warning (information, such as a note to confirm who the
 * witnesses are once they are chosen, may remain).
 */
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { JURISDICTIONS } from '../../language/rules/jurisdictions.js';
import { KINDS, starterSource } from '../../language/starter-templates.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderText } from '../../language/render/writers/render-text.js';

const cases = KINDS.flatMap((kind) => JURISDICTIONS.map((j) => [kind, j.id] as const));

describe('starter instruments', () => {
    it.each(cases)('of kind %s in %s check without errors or warnings', async (kind, jurisdiction) => {
        const { diagnostics } = await loadPoa(starterSource(kind, 'x', jurisdiction));
        expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    });
});

describe('starters of powers signed in ink', () => {
    // A trial found "/s/ Jane Q. Principal" above the witnesses and notary of a general power: a filing's
    // conformed signature, where the principal signs on a line.
    it.each(['general', 'limited', 'healthcare'] as const)('a %s starter gives the principal a line to sign, not "/s/"', async (kind) => {
        const { model } = await loadPoa(starterSource(kind, 'x'), { validate: false });
        const text = renderText(renderDocument(model), { width: 0 });
        expect(text).toMatch(/_{10,}\nJane Q\. Principal/);
        expect(text).not.toContain('/s/');
    });
});
