/**
 * The District of Columbia is not a State and has no counties. A drafting trial rendered "the laws of the State
 * of the District of Columbia" and a notary's venue "State of District of Columbia / County of ______".
 */
import { describe, expect, it } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (governing: string, notary: string) => `poa Client {
    kind general
    jurisdiction DC
    principal grace "Grace N. Okafor" { pronoun she }
    agents { agent chidi "Chidi E. Okafor" }
    grant { subjects banks, taxes }
    ${governing}
    term { starts immediately durable }
    executed 2025-04-22 {
        signature
        ${notary}
    }
}`;

describe('the District of Columbia in the rendered text', () => {
    it.each(['"District of Columbia"', '"the District of Columbia"'])('is governed by "the laws of the District of Columbia" (written %s)', async (state) => {
        const text = squash(await renderSource(power(`governing law ${state}`, 'notary acknowledgment in "District of Columbia"')));
        expect(text).toContain('in accordance with the laws of the District of Columbia.');
        expect(text).not.toMatch(/State of (the )?District/);
    });

    it('names the District alone as the notary\'s venue, with no county', async () => {
        const rendered = await renderSource(power('', 'notary acknowledgment in "District of Columbia"'));
        expect(rendered).toMatch(/\nDistrict of Columbia\s*\nThis record was acknowledged before me/);
        expect(rendered).not.toContain('County of');
    });

    it('keeps "the State of" for a State', async () => {
        const text = squash(await renderSource(power('governing law "Delaware"', 'notary acknowledgment in "Maryland" county "Montgomery"')));
        expect(text).toContain('the laws of the State of Delaware.');
        expect(text).toContain('State of Maryland County of Montgomery');
    });
});
