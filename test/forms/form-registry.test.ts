import { describe, expect, test } from 'vitest';
import { STATUTORY_FORM_IDS, statutoryForm } from '../../language/forms/form-registry.js';

describe('the statutory form registry (forms built on first use)', () => {
    test('each id listed builds the form of that id, once', () => {
        expect(STATUTORY_FORM_IDS.length).toBeGreaterThan(0);
        for (const id of STATUTORY_FORM_IDS) {
            const form = statutoryForm(id);
            expect(form?.id, id).toBe(id);
            expect(statutoryForm(id), `${id} is kept, not built again`).toBe(form);
        }
    });

    test('no id, an unknown id or a name of Object.prototype finds no form', () => {
        expect(statutoryForm(undefined)).toBeUndefined();
        expect(statutoryForm('xx-1-2')).toBeUndefined();
        expect(statutoryForm('constructor')).toBeUndefined();
        expect(statutoryForm('toString')).toBeUndefined();
    });
});
