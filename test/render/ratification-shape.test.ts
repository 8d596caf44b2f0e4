/**
 * The ratification where its grant places it: a phrase after a comma ("..., hereby ratifying ...") or a sentence
 * after the grant's full stop ("... . The undersigned hereby ratifies ..."). A ratification the file leaves to
 * the default takes the first style of the shape its place takes; one the file chooses is printed as chosen, and
 * poa/ratification-shape warns when its shape does not fit (render/ratification-place.ts).
 */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';
import { clausePhrases } from '../../language/phrasebook/index.js';
import { renderSource, squash } from '../helpers.js';

const power = (grantStyle: string, ratification = 'ratification') => `poa X {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    issuer co "Acme Corp." { defined as "Company" }
    grant style ${grantStyle} {
        file form3, form4, form5 under section16a
        any other action
    }
    ${ratification}
    executed 2026-01-02 { signature conformed }
}`;

const shapeCodes = async (source: string) => (await check(source)).diagnostics.filter((d) => d.code === 'poa/ratification-shape');

describe('the ratification takes the shape of its place', () => {
    test('after a grant that ends its sentence, the default ratification is a sentence of its own', async () => {
        const text = squash(await renderSource(power('joined')));
        expect(text).toContain('discretion. The undersigned hereby ratifies and confirms all that said attorney-in-fact and agents shall do or cause to be done by virtue hereof.');
        expect(text).not.toMatch(/\. hereby ratifying/);
    });

    test('after a grant that continues its sentence, the default ratification is still the phrase', async () => {
        const text = squash(await renderSource(power('infinitives')));
        expect(text).toContain(', hereby ratifying and confirming all that said attorney-in-fact shall do or cause to be done by virtue thereof.');
    });

    test.each((clausePhrases('grant')?.styles ?? []).map((s) => s.id))('grant style %s with an unstyled ratification reads as English', async (grantStyle) => {
        const text = squash(await renderSource(power(grantStyle)));
        expect(text).not.toMatch(/\.\s+(hereby|thereby) ratifying/);
        expect(text).not.toMatch(/,\s+The undersigned hereby ratifies/);
        expect(text).not.toMatch(/hereof\.\./);
    });

    test('a ratification the file chooses is printed as chosen, with a warning when its shape does not fit', async () => {
        const phraseAfterStop = power('joined', 'ratification style by-virtue-thereof');
        expect(squash(await renderSource(phraseAfterStop))).toContain('. hereby ratifying and confirming');
        const [after] = await shapeCodes(phraseAfterStop);
        expect(after?.severity).toBe('warning');
        expect(after?.message).toContain('"by-virtue-thereof" is a phrase that continues a sentence, but the grant style "joined" ends its sentence before the ratification');
        expect(after?.message).toContain('`ratifies-sentence`');

        const [before] = await shapeCodes(power('infinitives', 'ratification style ratifies-sentence'));
        expect(before?.message).toContain('"ratifies-sentence" is a sentence of its own, but the grant style "infinitives" continues its sentence with the ratification after a comma, so the rendered text reads ", The undersigned hereby ratifies ..."');
    });

    test('a chosen style that fits its place draws no warning', async () => {
        expect(await shapeCodes(power('joined', 'ratification style ratify-lawfully-sentence'))).toEqual([]);
        expect(await shapeCodes(power('infinitives', 'ratification style lawfully'))).toEqual([]);
        expect(await shapeCodes(power('joined'))).toEqual([]);
    });
});
