/**
 * The signature dated beneath it and the bare witness block of Tesla's "Limited Power of Attorney -
 * Securities Law Compliance" (Elon Musk, January 10, 2018; test/heldout/texts/tesla-musk-officer-2018.txt):
 * "/s/Elon Musk / January 10, 2018 / WITNESS / Emma Gallagher / January 10, 2018". Expected lines are
 * written from that text, not from the renderer.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, syntaxErrors } from '../helpers.js';

const SOURCE = `poa Test {
    kind section16
    style securities-law-compliance
    principal musk "Elon Musk" { role "Officer" }
    agents severally style and-each-listed { agent a "Todd Maron" agent b "Jonathan Chang" }
    issuer tesla "Tesla Motors, Inc." { defined as "Company" }
    grant { file form3, form4, form5 under section16 }
    phrasing witness style caps-name-date
    executed 2018-01-10 at "3500 Deer Creek Road, Palo Alto CA 94304" {
        signature "/s/Elon Musk" style conformed-dated
        witnesses "Emma Gallagher"
    }
}`;

describe('a signature dated beneath it, and a witness named and dated without attestation', () => {
    test('prints the conformed signature, the date under it, then WITNESS, the name and the date', async () => {
        expect(await syntaxErrors(SOURCE)).toEqual([]);
        const lines = (await renderSource(SOURCE)).split('\n').map((l) => l.trim()).filter(Boolean);
        const at = lines.indexOf('/s/Elon Musk');
        expect(at).toBeGreaterThan(0);
        expect(lines.slice(at, at + 5)).toEqual(['/s/Elon Musk', 'January 10, 2018', 'WITNESS', 'Emma Gallagher', 'January 10, 2018']);
        expect(lines.join(' ')).toContain('This Limited Power of Attorney is executed at 3500 Deer Creek Road, Palo Alto CA 94304, as of the date set forth below.');
        expect(lines.join(' ')).not.toContain('Signed and declared by the principal');
    });
});

describe('the notary certificate "I certify that I know or have satisfactory evidence ..."', () => {
    // Special Limited Power of Attorney of Michael Larson, August 12, 2008 (test/heldout/texts/gates-larson-special-limited-2008.txt).
    const source = `poa Test {
        kind securities
        principal larson "Michael Larson" { pronoun he }
        agents { agent h "Alan D. Heuberger" }
        grant { file form4 under section16a }
        phrasing notary style certify-satisfactory-evidence
        executed 2008-08-12 {
            signature "/s/Michael Larson"
            notary acknowledgment in "Washington" county "King" dated 2008-08-12
        }
    }`;

    test('prints the venue, the certificate in the signer\'s pronoun and the plain date, with no other certificate', async () => {
        expect(await syntaxErrors(source)).toEqual([]);
        const lines = (await renderSource(source)).split('\n').map((l) => l.trim()).filter(Boolean);
        const at = lines.indexOf('State of Washington');
        expect(at).toBeGreaterThan(0);
        expect(lines[at + 1]).toBe('County of King');
        const text = lines.slice(at).join(' ');
        expect(text).toContain('I certify that I know or have satisfactory evidence that Michael Larson is the person who appeared before me, and said person acknowledged that he signed this instrument as his free and voluntary act for the uses and purposes mentioned in the instrument. Dated: August 12, 2008');
        expect(text).not.toContain('This record was acknowledged');
    });

    test('leaves the date blank where the certificate gives none', async () => {
        const text = (await renderSource(source.replace(' dated 2008-08-12', ''))).replace(/\s+/g, ' ');
        expect(text).toMatch(/Dated: _{3,}/);
    });
});
