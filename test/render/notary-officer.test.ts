/**
 * The notary who signs the certificate (`notary acknowledgment ... by "Christine Welch" conformed "/s/Christine Welch"`),
 * printed under the certificate by a notary style whose words hold `{notary-signature}` and `{notary-name}`
 * (`certify-satisfactory-evidence`), and not at all by a style without them.
 */
import { describe, expect, it } from 'vitest';
import { renderSource, syntaxErrors } from '../helpers.js';

const poa = (phrasing: string) => `poa Larson {
    kind general
    principal larson "Michael Larson" { pronoun he }
    agents { agent heuberger "Alan D. Heuberger" }
    grant { purpose "acting for the principal" }
    ${phrasing}
    executed 2008-08-12 {
        signature "/s/Michael Larson"
        notary acknowledgment in "Washington" county "King" dated 2008-08-12 by "Christine Welch" conformed "/s/Christine Welch"
    }
}`;

describe('the notary who signs the certificate', () => {
    it('prints the notary\'s conformed signature and name under a certificate whose style holds them', async () => {
        const source = poa('phrasing notary style certify-satisfactory-evidence');
        expect(await syntaxErrors(source)).toEqual([]);
        const rendered = (await renderSource(source)).replace(/\s+/g, ' ');
        expect(rendered).toContain('for the uses and purposes mentioned in the instrument. Dated: August 12, 2008 /s/Christine Welch Christine Welch');
    });

    it('prints neither under a style without them', async () => {
        const source = poa('phrasing notary style before-me-personally-appeared');
        expect(await syntaxErrors(source)).toEqual([]);
        expect(await renderSource(source)).not.toContain('Christine Welch');
    });
});
