import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STATUTORY_FORMS } from '../../language/forms/form-registry.js';
import { similarity } from '../fidelity.js';
import { ROOT, renderSource } from '../helpers.js';

/** The statute's text as read from its source (header lines start with "# "). */
export function formFixture(id: string): string {
    return readFileSync(join(ROOT, 'test', 'fixtures', 'forms', `${id}.txt`), 'utf8');
}

describe('each statutory form, with no powers initialled and no names filled, reads as the statute', () => {
    for (const form of STATUTORY_FORMS) {
        test(`${form.id} (${form.citation}): similarity >= 0.99`, async () => {
            const rendered = await renderSource(`poa Blank { form ${form.id} }`);
            expect(similarity(formFixture(form.id), rendered)).toBeGreaterThanOrEqual(0.99);
        });
    }

    test('the measure tells a form with a notice removed apart from the statute', async () => {
        const rendered = await renderSource('poa Blank { form sd-59-12-41 }');
        const cut = rendered.replace(/IMPORTANT INFORMATION[\s\S]*?DESIGNATION OF AGENT/, 'DESIGNATION OF AGENT');
        expect(cut).not.toBe(rendered);
        expect(similarity(formFixture('sd-59-12-41'), cut)).toBeLessThan(0.99);
    });
});
