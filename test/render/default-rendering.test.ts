/** The rendering with default options is made once per model and is what renderDocument gives. */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { defaultRendering } from '../../language/render/default-rendering.js';
import { renderDocument } from '../../language/render/render-document.js';
import { readExample } from '../helpers.js';

describe('defaultRendering', () => {
    test('one tree per model, equal to a fresh rendering; a new model gets its own', async () => {
        const text = readExample('hartford-2007-section16.poa');
        const { model } = await loadPoa(text, { validate: false });
        const first = defaultRendering(model);
        expect(defaultRendering(model)).toBe(first);
        expect(first).toEqual(renderDocument(model));
        const { model: edited } = await loadPoa(text.replaceAll('Alan J. Kreczko', 'Alan J. Kreczko Jr.'), { validate: false });
        const second = defaultRendering(edited);
        expect(second).not.toBe(first);
        expect(JSON.stringify(second)).toContain('Kreczko Jr.');
    });
});
