/**
 * A power given as security, whose words run from the grant's sentence over the sentences after it: the NHTSA's form
 * (49 CFR Part 591, Appendix C; other_nhtsa-securities-bond-poa-49cfr591-appc in ../shared/corpus), read from that
 * stored text. Before, only the grant's first words were read as a power, and the rest was kept as written.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { readSecurityPower } from '../../language/import/security-power.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const GRANT = '______________ does constitute and appoint the Administrator of the National Highway Traffic Safety Administration, United States Department of Transportation, or delegate, as attorney for the undersigned, for and in the name of the undersigned to collect or to sell, assign, and transfer the securities described below as follows:';
const DEPOSITED = 'The securities having been deposited by it as security for the performance of the agreements undertaken in a bond with the United States, executed on the date of __________ , ______, the terms and conditions of which are incorporated by reference into this power of attorney and agreement and made a part hereof.';
const DEFAULT = 'The undersigned agrees that in case of any default in the performance of any of the agreements the attorney shall have full power to collect the securities or any part thereof, or to sell, assign, and transfer the securities or any part thereof, or to sell, assign, and transfer the securities of any part thereof at public or private sale, without notice, free from any equity of redemption and without appraisement or valuation, notice and right to redeem being waived and to apply the proceeds of the sale or collection in whole or in part to the satisfaction of any obligation arising by reason of default.';
const IRREVOCABLE = 'The undersigned further agrees that the authority granted by this agreement is irrevocable.';
const RATIFICATION = 'The undersigned ratifies and confirms whatever the attorney shall do by virtue of this agreement.';

describe('a power given as security', () => {
    it('reads the obligation, its date, the waiver of notice and the irrevocability, over the sentences it takes', () => {
        const powers = 'to collect or to sell, assign, and transfer the securities described below as follows:';
        expect(readSecurityPower(powers, [DEPOSITED, DEFAULT, IRREVOCABLE, RATIFICATION])).toMatchObject({
            line: 'secures "a bond with the United States" dated blank 10 without notice irrevocable', sentences: 3, pronoun: 'it'
        });
        // Without the sentence that makes it irrevocable, the power is read without it.
        expect(readSecurityPower(powers, [DEPOSITED, DEFAULT, RATIFICATION])).toMatchObject({ line: 'secures "a bond with the United States" dated blank 10 without notice', sentences: 2 });
        expect(readSecurityPower('to sign Forms 3, 4 and 5', [DEPOSITED])).toBeUndefined();
    });

    it('is an item of the grant, and the form renders back from structure', async () => {
        const text = ['Power of Attorney and Agreement', '', GRANT, '', `${DEPOSITED} ${DEFAULT} ${IRREVOCABLE} ${RATIFICATION}`].join('\n');
        const { poa, report } = await importText(text, 'nhtsa.txt');
        expect(poa).toContain('grant style joined {\n        secures "a bond with the United States" dated blank 10 without notice irrevocable\n    }');
        expect(poa).toMatch(/principal \w+ blank 14 \{ pronoun it \}/);
        expect(report.keptAsWritten).toEqual([]);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        // The date's blank prints as the renderer prints a blank date ("__________, ______"), without the space before the comma.
        expect(rendered).toContain(`${GRANT} ${DEPOSITED.replace('__________ , ______', '__________, ______')} ${DEFAULT} ${IRREVOCABLE} ${RATIFICATION}`);
    });
});
