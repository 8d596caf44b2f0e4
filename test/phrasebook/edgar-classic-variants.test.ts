/**
 * Variants of the classic EDGAR form shared through the edgar-classic set: powers lettered (a)-(d)
 * (Affirm 2021), the appointment that carries substitution and the agents' mode ("each with full
 * power of substitution and resubstitution and full power to act alone ..."), and successor forms
 * named after the statute, which the classic filing style used to drop.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (clauses: string, filing = 'file form3, form4, form5 under section16a') => `poa X {
    kind section16
    style edgar-classic
    ${clauses}
    principal p "Pat Doe" { role "officer and/or director" }
    agents severally { agent a "Ann Lee" agent b "Bob Poe" }
    issuer co "Acme Corp." { defined as "Company" }
    define act1934 "the Securities Exchange Act of 1934"
    define sec "the SEC"
    grant {
        ${filing}
        with sec, exchanges
        any other action
    }
    executed as of 2021-01-12 { signature conformed }
}`;

describe('edgar-classic variants', () => {
    test('lettered powers after an appointment that carries substitution and the mode', async () => {
        const source = power('phrasing opening style know-all-persons-designates\n    phrasing appointment style as-such-persons\n    phrasing grant style lettered').replace('agents severally {', 'agents severally style act-alone {');
        const text = squash(await renderSource(source));
        expect(text).toContain('KNOW ALL PERSONS BY THESE PRESENTS that the undersigned hereby constitutes, designates and appoints Ann Lee and Bob Poe as such person\'s true and lawful attorneys-in-fact and agents, each with full power of substitution and resubstitution and full power to act alone and without the other, for the undersigned and in the undersigned\'s name, place and stead, in any and all capacities, to: (a) execute for and on behalf of the undersigned');
        expect(text).toContain('; (b) do and perform any and all acts');
        expect(text).toContain('; and (c) take any other action of any type whatsoever');
    });

    test('successor forms are named in the classic filing style, in the style chosen for them', async () => {
        const filing = 'file form3, form4, form5 under section16a including successor-forms';
        expect(squash(await renderSource(power('phrasing filing-successor-forms style or-any-successor', filing)))).toContain('Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder (or any successor forms);');
        expect(squash(await renderSource(power('', filing)))).toContain('and the rules thereunder, or any form or forms adopted by');
        expect(squash(await renderSource(power('')))).not.toContain('successor');
    });

    test('an issuer-scoped opening, agents on an annex "as may be amended", substitution and resubstitution or revocation', async () => {
        const source = power('phrasing opening style with-respect-to-holdings\n    phrasing appointment style to-act-as\n    phrasing agents-annex style as-amended\n    incidental authority\n    substitution with revocation and resubstitution')
            .replace('agents severally {', 'agents severally listed in "Annex A" style or-any-signing-singly {');
        const text = squash(await renderSource(source));
        expect(text).toContain('With respect to holdings of and transactions in securities issued by Acme Corp. (the "Company"), the undersigned hereby constitutes and appoints the individuals named on Annex A attached hereto and as may be amended from time to time or any of them signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact to:');
        expect(text).toContain('as the undersigned might or could do if personally present, with full power of substitution and resubstitution or revocation.');
        // Without resubstitution the classic words stay as they were.
        const plain = squash(await renderSource(power('incidental authority\n    substitution with revocation')));
        expect(plain).toContain('if personally present, with full power of substitution or revocation.');
    });
});

