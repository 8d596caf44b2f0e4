/**
 * A printed form that names its principal at its head in captioned blanks, above an opening in which the person
 * authorized to sign for it speaks: the DEA's format of 21 CFR 1315.33(c) (other_dea-quota-certification-poa-21cfr1315-33
 * in ../shared/corpus), read from that stored text; the purpose is ours.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { readPrincipalHeading } from '../../language/import/principal-heading.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const HEADING = '_____________ (Name of registrant)____________ (Address of registrant)______ (DEA registration number)';
const GRANT = 'I, ____________ (name of person granting power), the undersigned, who am authorized to sign the current application for registration of the above-named registrant under the Controlled Substances Act, have made, constituted, and appointed, and by these presents, do make, constitute, and appoint ______ (name of attorney-in-fact), my true and lawful attorney for me in my name, place, and stead, to sign orders for the registrant.';
const RATIFICATION = 'I hereby ratify and confirm all that said attorney must lawfully do or cause to be done by virtue hereof.';

describe('a form\'s heading of the principal', () => {
    it('reads a line of captioned blanks as the name, address and registration number the heading style prints', () => {
        expect(readPrincipalHeading(HEADING)).toEqual({
            style: 'name-address-registration',
            name: '_____________ (Name of registrant)',
            address: '____________ (Address of registrant)',
            registration: '______ (DEA registration number)'
        });
        expect(readPrincipalHeading('_____ (Name of registrant)')).toBeUndefined();
        expect(readPrincipalHeading('Power of Attorney for certifications of quota')).toBeUndefined();
    });

    it('makes the registrant the principal, signed for by the person the opening names, and renders the form', async () => {
        const text = ['Power of Attorney for certifications of quota', '', HEADING, '', `${GRANT} ${RATIFICATION}`].join('\n');
        const { poa } = await importText(text, 'dea.txt');
        expect(poa).toContain('title "Power of Attorney for certifications of quota"');
        expect(poa).toContain('principal registrant blank 13 "Name of registrant" entity { address blank 12 "Address of registrant"  registration-number blank 6 "DEA registration number"  signed by blank 12 "name of person granting power" as "authorized to sign the current application for registration of the above-named registrant under the Controlled Substances Act" }');
        expect(poa).toContain('phrasing principal-heading style name-address-registration');
        expect(poa).toContain('voice first-person');
        // The ratification is a sentence of its own after the grant's: the grant style that ends the grant's sentence first.
        expect(poa).toContain('grant style then-ratification {');
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        // The heading prints a line for each blank.
        const heading = '_____________ (Name of registrant) ____________ (Address of registrant) ______ (DEA registration number)';
        expect(rendered).toContain(`Power of Attorney for certifications of quota ${heading} ${GRANT} ${RATIFICATION}`);
        expect(rendered).not.toContain('[PRINCIPAL]');
    });
});
