/**
 * What a file fills in is printed in the form's blanks, and what the form has no blank for is reported
 * (poa/form-value-not-printed) rather than dropped without a word. A trial filled in the District of
 * Columbia form and found its special instructions (a $5,000 limit on gifts) missing from every format,
 * with the signature block's name and address left blank; on the Connecticut form the witnesses' names
 * were not printed and the venue ran together ("STATE OFConnecticutss:COUNTY OFHartford").
 */
import { describe, expect, it } from 'vitest';
import { renderSource, squash } from '../helpers.js';
import { check } from '../checks/check-helpers.js';

const dc = (agents: string, instructions = '') => `poa Client {
    form dc-21-2603-01
    kind general
    jurisdiction DC
    principal marcus "Marcus D. Greene" {
        pronoun he
        address "1822 Wyoming Avenue NW, Washington, D.C. 20009"
    }
    agents severally {
        ${agents}
    }
    initials banks, gifts
    ${instructions}
    executed 2025-03-12 {
        signature
        notary acknowledgment in "District of Columbia"
    }
}`;

const ct = `poa Client {
    form ct-1-352
    kind general
    jurisdiction CT
    principal helen "Helen R. Whitcomb" { pronoun she  address "14 Elm Street, West Hartford, Connecticut 06107" }
    agents { agent david "David J. Whitcomb" }
    executed 2025-03-12 {
        signature
        witnesses "Maria T. Delgado", "Samuel O. Bright"
        notary acknowledgment in "Connecticut" county "Hartford"
    }
}`;

describe('the District of Columbia form filled in', () => {
    it('prints the special instructions, and the principal\'s name, address and date in the signature block', async () => {
        const text = squash(await renderSource(dc('agent alicia "Alicia M. Greene"', 'instructions "Gifts under this power may not exceed $5,000 per donee in any calendar year."')));
        expect(text).toContain('You may give special instructions on the following lines: Gifts under this power may not exceed $5,000 per donee in any calendar year.');
        expect(text).toMatch(/_{20,} March 12, 2025 Your Signature Date Marcus D. Greene Your Name Printed 1822 Wyoming Avenue NW, Washington, D.C. 20009 Your Address/);
        expect(text).toContain('by Marcus D. Greene. (Name of Principal)');
    });

    it('keeps the statute\'s blanks where nothing is filled in', async () => {
        const text = squash(await renderSource('poa Blank { form dc-21-2603-01 }'));
        expect(text).toMatch(/You may give special instructions on the following lines: _{100,} _{100,} EFFECTIVE DATE/);
        expect(text).toMatch(/_{90,} Your Name Printed _{90,} Your Address/);
    });

    it('reports a second agent, which the form has no blank for, instead of dropping it', async () => {
        const { diagnostics } = await check(dc('agent alicia "Alicia M. Greene"\n        agent ben "Benjamin Greene"'));
        const found = diagnostics.filter((d) => d.code === 'poa/form-value-not-printed').map((d) => d.message);
        expect(found).toHaveLength(1);
        expect(found[0]).toContain('a second agent (Benjamin Greene)');
        const text = squash(await renderSource(dc('agent alicia "Alicia M. Greene"\n        agent ben "Benjamin Greene"')));
        expect(text).not.toContain('Benjamin Greene');
    });
});

describe('the Connecticut short form filled in', () => {
    it('prints the witnesses\' names on their lines and the venue one part to a line', async () => {
        const rendered = await renderSource(ct);
        expect(squash(rendered)).toContain('(Signature of Principal) (Seal) Maria T. Delgado Witness Samuel O. Bright Witness');
        expect(rendered).toMatch(/STATE OF Connecticut\s*\n\s*ss:\s*\n\s*COUNTY OF Hartford/);
        expect(rendered).not.toContain('”');
        const { diagnostics } = await check(ct);
        expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code)).toEqual([]);
    });
});

describe('dates and second witnesses', () => {
    it('prints the South Carolina form\'s year whole ("2025", not "20 25")', async () => {
        const text = squash(await renderSource(`poa Client {
    form sc-62-5-504
    kind healthcare
    jurisdiction SC
    principal dorothy "Dorothy H. Pinckney" { pronoun she }
    agents { agent william "William H. Pinckney" }
    initials withholdTreatment
    executed 2025-03-12 { signature  witnesses "Harriet L. Boone", "Gregory T. Vance" }
}`));
        expect(text).toContain('on this 12th day of March, 2025. My current home address is:');
        expect(squash(await renderSource('poa Blank { form sc-62-5-504 }'))).toContain('day of __________, 20 __. My current home address is:');
    });

    it('names the principal and the date in the Illinois form\'s second witness certificate when there is a second witness', async () => {
        const text = squash(await renderSource(`poa Client {
    form il-3-3
    kind general
    jurisdiction IL
    principal eleanor "Eleanor M. Kowalski" { pronoun she }
    agents { agent david "David J. Kowalski" }
    executed 2025-03-12 {
        signature
        witnesses "Margaret L. Chen", "Robert L. Nakamura"
        notary acknowledgment in "Illinois" county "Cook"
    }
}`));
        expect(text).toContain('(Second witness) The undersigned witness certifies that Eleanor M. Kowalski, known to me');
        expect(text).toMatch(/or successor agent under the foregoing power of attorney\. Dated: March 12, 2025 \.+ Witness/);
    });
});
