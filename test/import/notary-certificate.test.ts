/**
 * The execution of a printed form in phrasebook words: a testimonium whose date is left blank ("Witnessed and signed
 * this __________ day of __________, ______.", the testimonium style `witnessed-signed`) and the notary's certificate
 * in the notary style `before-me-personally-appeared`, read from the NHTSA's form (49 CFR Part 591, Appendix C;
 * other_nhtsa-securities-bond-poa-49cfr591-appc in ../shared/corpus). Before, these sentences were kept as written.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { isFurniture } from '../../language/import/normalise-text.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const GRANT = '______________ does constitute and appoint the Administrator of the National Highway Traffic Safety Administration, United States Department of Transportation, or delegate, as attorney for the undersigned, for and in the name of the undersigned to collect or to sell, assign, and transfer the securities described below as follows:';
const BODY = 'The securities having been deposited by it as security for the performance of the agreements undertaken in a bond with the United States, executed on the date of __________ , ______, the terms and conditions of which are incorporated by reference into this power of attorney and agreement and made a part hereof. The undersigned agrees that in case of any default in the performance of any of the agreements the attorney shall have full power to collect the securities or any part thereof, or to sell, assign, and transfer the securities or any part thereof, or to sell, assign, and transfer the securities of any part thereof at public or private sale, without notice, free from any equity of redemption and without appraisement or valuation, notice and right to redeem being waived and to apply the proceeds of the sale or collection in whole or in part to the satisfaction of any obligation arising by reason of default. The undersigned further agrees that the authority granted by this agreement is irrevocable. The undersigned ratifies and confirms whatever the attorney shall do by virtue of this agreement.';
const WITNESSED = 'Witnessed and signed this __________ day of __________, ______.';
const CERTIFICATE = 'Before me, the undersigned, a notary public within and for the County of ____________ in the State of ____________, personally appeared ______________ and acknowledged the execution of the foregoing power of attorney.';
const SEAL = 'Witness my hand and notarial seal this __________ day of __________, 199__.';

const form = (...execution: string[]) => ['Power of Attorney and Agreement', '', GRANT, '', BODY, '', ...execution.flatMap((p) => [p, '']), '[58 FR 12909, Mar. 8, 1993]'].join('\n');

describe('a printed form executed in phrasebook words', () => {
    it('reads a blank testimonium date and the notary\'s certificate with blank county, state and date', async () => {
        const { poa, report } = await importText(form(WITNESSED, CERTIFICATE, SEAL), 'nhtsa.txt');
        expect(report.keptAsWritten).toEqual([]);
        expect(poa).toContain('phrasing notary style before-me-personally-appeared');
        // The form prints no signature line: the signature style that prints none while unsigned.
        expect(poa).toContain('executed style witnessed-signed blank 10 {\n        signature style conformed-only\n        notary acknowledgment in blank 12 county blank 12 dated blank 10 "199__"\n    }');
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(`${WITNESSED} ${CERTIFICATE}`);
        // The year printed in part ("199__") prints as the form prints it.
        expect(rendered).toContain(SEAL);
        expect(rendered).not.toContain('58 FR');
    });

    it('reads a certificate whose county, state and date are filled in', async () => {
        const certificate = CERTIFICATE.replace('County of ____________', 'County of Westchester').replace('State of ____________', 'State of New York');
        const { poa, report } = await importText(form(WITNESSED, certificate, 'Witness my hand and notarial seal this 4th day of May, 2022.'), 'nhtsa.txt');
        expect(report.keptAsWritten).toEqual([]);
        expect(poa).toContain('notary acknowledgment in "New York" county "Westchester" dated 2022-05-04');
        expect(await syntaxErrors(poa)).toEqual([]);
    });

    it('sets aside the Federal Register note under a CFR text', () => {
        expect(isFurniture('[58 FR 12909, Mar. 8, 1993]')).toBe(true);
        expect(isFurniture('[58 FR 12909]: the power is irrevocable')).toBe(false);
    });
});
