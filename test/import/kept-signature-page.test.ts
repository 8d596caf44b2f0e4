/**
 * A signature-page power kept whole because of a slip in its own words ("in any and a all capacities", as filed): it is
 * signed, like one read in its parts, by the report's own signatures, so the file says `executed none`.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';

describe('a signature-page power kept whole', () => {
    const SLIP = `POWER OF ATTORNEY

KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann B. Lee and Carl Dunn, Sr., or either of them, as his true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for him and in his name, place and stead, in any and a all capacities, to sign any and all amendments to this Annual Report on Form 10-K, and to file the same, with all exhibits thereto, and other documents in connection therewith, with the Securities and Exchange Commission, hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes may lawfully do or cause to be done by virtue hereof.
`;

    it('keeps the slip as filed and is executed by no testimonium or signature line of its own', async () => {
        const { poa } = await importText(SLIP, 'slip.txt');
        expect(poa).toContain('in any and a all capacities');
        expect(poa).toContain('executed none');
    });

    it('a power kept whole that one principal grants and signs keeps its signature', async () => {
        const one = SLIP.replace('each person whose signature appears below constitutes', 'the undersigned constitutes');
        const { poa } = await importText(`${one}\nIN WITNESS WHEREOF, the undersigned has executed this Power of Attorney as of March 3, 2020.\n\n/s/ Dana Wu\n`, 'one.txt');
        expect(poa).not.toContain('executed none');
        expect(poa).toContain('executed as of 2020-03-03');
        expect(poa).toContain('signature "/s/ Dana Wu"');
    });

    it('one that shows no execution at all is written executed none, with a note to check the original', async () => {
        const one = SLIP.replace('each person whose signature appears below constitutes', 'the undersigned constitutes');
        const { poa } = await importText(one, 'one.txt');
        expect(poa).toContain('executed none');
        expect(poa).toMatch(/No date, testimonium or signature of execution was read: check the original/);
    });
});
