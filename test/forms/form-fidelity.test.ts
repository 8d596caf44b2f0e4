import { describe, expect, test } from 'vitest';
import { statutoryForms } from '../../language/forms/form-registry.js';
import { similarity } from '../fidelity.js';
import { renderSource } from '../helpers.js';
import { formFixture } from './form-fixture.js';

describe('each statutory form, with no powers initialled and no names filled, reads as the statute', () => {
    for (const form of statutoryForms()) {
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
