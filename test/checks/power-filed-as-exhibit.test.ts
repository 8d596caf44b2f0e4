/**
 * Regulation S-K Item 601(b)(24) (read in an eCFR copy of 17 C.F.R. § 229.601): a power under which a
 * name is signed to a registration statement or report is filed with it. Item 601 applies only to the
 * forms in its exhibit table (601(a)(3)), so a power for Schedules 13D and 13G, or a Section 16 power,
 * gets no such note.
 */
import { describe, expect, it } from 'vitest';
import { check, readFixture } from './check-helpers.js';

const codes = async (text: string) => (await check(text)).diagnostics.map((d) => d.code);

describe('poa/power-filed-as-exhibit', () => {
    it('notes the exhibit for a power to sign a registration statement', async () => {
        expect(await codes(readFixture('poa/power-filed-as-exhibit'))).toContain('poa/power-filed-as-exhibit');
    });
    it('says nothing of Item 601 for a power that also covers Schedules 13D and 13G', async () => {
        expect(await codes(readFixture('poa/registration-without-amendments'))).not.toContain('poa/power-filed-as-exhibit');
    });
    it('says nothing of Item 601 for a Section 16 power', async () => {
        expect(await codes(readFixture('poa/missing-section16-forms'))).not.toContain('poa/power-filed-as-exhibit');
    });
});
