/**
 * The catch-all of the "For Executing Form ID and Forms 3, 4 and 5" form (item (3) of sec16_mongodb-botha-cooley-form5-2020,
 * ../shared/corpus/): "in connection with the foregoing that, ...", "legally required of the undersigned" (no comma),
 * and "the attorney-in-fact" where the classic form says "such attorney-in-fact". The sentence is the filing's own.
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser } from '../../language/import/composed-template.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ').toLowerCase();

const ITEM_3 = "Take any other action of any type whatsoever in connection with the foregoing that, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required of the undersigned, it being understood that the documents executed by the attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as the attorney-in-fact may approve in the attorney-in-fact's discretion";

const POA = `poa Cooley {
    kind section16
    jurisdiction federal
    principal botha "Roelof Botha"
    agents severally {
        agent stephens "Andrew Stephens"
        agent hubscher "Sophie Hubscher"
    }
    grant {
        file form3, form4, form5 under section16a
        any other action style classic-that-required-of
    }
    phrasing instrument-name style power-of-attorney
    term { ends when revoked }
}
`;

describe('the catch-all "in connection with the foregoing that, ... legally required of the undersigned"', () => {
    it('is read as its own style, the agent named in the singular and the undersigned as its object', () => {
        const m = new ComposedRecogniser(['catch-all'], [], true).match(ITEM_3);
        expect(m).toMatchObject({ clause: 'catch-all', style: 'classic-that-required-of', slots: { 'designation-one': 'attorney-in-fact', object: 'the undersigned' } });
    });

    it('is not read by the classic style, whose "which" and "required by," it does not say', () => {
        const m = new ComposedRecogniser(['catch-all'], [], true).match(ITEM_3);
        expect(m?.style).not.toBe('classic');
    });

    it('renders back in the words of the filing', async () => {
        const text = await renderSource(POA);
        expect(words(text)).toContain(words(ITEM_3.replace(/^Take/, 'take')));
    });
});
