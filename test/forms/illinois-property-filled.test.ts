/**
 * The Illinois statutory short form for property (755 ILCS 45/3-3) filled in: what the file says fills the form's
 * blanks (the limitations of paragraph 2, the successors of paragraph 8, the dates, the principal in the witness's
 * and the notary's certificates, the notary's state and county, the witness), and a form not filled in keeps the
 * statute's blanks. A trial filled all of these in and found only the principal and the agent printed.
 */
import { describe, expect, it } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const filled = `poa Client {
    form il-3-3
    kind general
    jurisdiction IL
    principal eleanor "Eleanor M. Kowalski" {
        pronoun she
        address "2417 North Lincoln Avenue, Chicago, Illinois 60614"
    }
    agents {
        agent david "David J. Kowalski" { pronoun he  address "815 Maple Street, Evanston, Illinois 60201" }
    }
    successors {
        agent teresa "Teresa A. Nowak" { address "3300 West Irving Park Road, Chicago, Illinois 60618" }
        agent paul "Paul R. Nowak"
    }
    instructions "My agent shall not sell my residence without the written consent of my successor agent."
    executed 2026-03-12 at "Chicago, Illinois" {
        signature
        witnesses "Margaret L. Chen"
        notary acknowledgment in "Illinois" county "Cook"
    }
}`;

describe('the Illinois property form filled in', () => {
    it('prints what the file fills in, in the statute\'s blanks', async () => {
        const text = squash(await renderSource(filled));
        expect(text).toContain('special rules on borrowing by the agent.) My agent shall not sell my residence without the written consent of my successor agent. 3. In addition');
        expect(text).toContain('as successor(s) to such agent: Teresa A. Nowak, 3300 West Irving Park Road, Chicago, Illinois 60618; Paul R. Nowak For purposes of this paragraph 8');
        expect(text).toContain('included as part of this form. Dated: March 12, 2026 Signed');
        expect(text).toContain('The undersigned witness certifies that Eleanor M. Kowalski, known to me');
        expect(text).toContain('State of Illinois) ) SS. County of Cook)');
        expect(text).toContain('certifies that Eleanor M. Kowalski, known to me to be the same person whose name is subscribed as principal to the foregoing power of attorney, appeared before me and the witness(es) Margaret L. Chen (and ..............) in person');
        // The optional second witness's certificate stays blank when there is no second witness.
        expect(text).toContain('(Second witness) The undersigned witness certifies that ................, known');
    });

    it('keeps the statute\'s blanks where the file fills nothing in', async () => {
        const text = squash(await renderSource(`poa Blank {
    form il-3-3
    kind general
    jurisdiction IL
    principal p "Jan Roe"
    agents { agent a "Sam Roe" }
    executed 2026-03-12 { signature }
}`));
        expect(text).toContain('State of ............) ) SS. County of ...........)');
        expect(text).toContain('appeared before me and the witness(es) ............. (and ..............) in person');
        expect(text).toContain('as successor(s) to such agent: . . . . .');
        expect(text).toContain('special rules on borrowing by the agent.) . . . . .');
    });
});
