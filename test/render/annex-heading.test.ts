/**
 * The annex that names the agents (`agents listed in "Annex A"`), printed after the signatures: its
 * heading in capitals (Natera 2022: "EXHIBIT A") or as the appointment names it, with the title the
 * filing prints under it (Joby 2021: "Annex A" / "Individuals Appointed as Attorney-in-Fact with Full
 * Power of Substitution and Resubstitution"; Bird Global 2021, held out: "Schedule A" and the same
 * title). Expected lines are written from those instruments' texts, not copied from the renderer.
 */
import { describe, expect, test } from 'vitest';
import { renderSource } from '../helpers.js';

const TITLE = 'Individuals Appointed as Attorney-in-Fact with Full Power of Substitution and Resubstitution';

function poa(agents: string, extra = ''): string {
    return `poa Test {
        kind section16
        principal p "Pat Doe"
        ${agents} { agent ling "Yibo Ling" agent lee "Kevin Lee" }
        phrasing agents-annex style as-amended
        ${extra}
        grant { file form3, form4, form5 under section16 }
        executed as of 2021-10-26 { signature conformed }
    }`;
}

/** The lines after the principal's signature, blank lines dropped. */
async function annexLines(source: string): Promise<string[]> {
    const lines = (await renderSource(source)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    return lines.slice(lines.indexOf('/s/ Pat Doe') + 1);
}

describe('the annex that names the agents', () => {
    test('by default its heading is in capitals, with no title, then the agents', async () => {
        expect(await annexLines(poa('agents severally listed in "Exhibit A"'))).toEqual(['EXHIBIT A', 'Yibo Ling', 'Kevin Lee']);
    });

    test('`phrasing annex-heading style as-named` prints the heading as the appointment names it', async () => {
        const lines = await annexLines(poa('agents severally listed in "Schedule A"', 'phrasing annex-heading style as-named'));
        expect(lines).toEqual(['Schedule A', 'Yibo Ling', 'Kevin Lee']);
    });

    test('`titled` prints the annex\'s title under its heading, before the agents', async () => {
        const source = poa(`agents severally listed in "Schedule A" titled "${TITLE}"`, 'phrasing annex-heading style as-named');
        const text = (await annexLines(source)).join(' ');
        expect(text).toBe(`Schedule A ${TITLE} Yibo Ling Kevin Lee`);
        // The appointment still names the annex, and the mode and style still follow `titled`.
        expect(await renderSource(source)).toContain('the individuals named on Schedule A attached hereto');
        const styled = poa(`agents severally listed in "Annex A" titled "${TITLE}" style or-any-signing-singly`);
        expect((await renderSource(styled)).replace(/\s+/g, ' ')).toContain('as may be amended from time to time or any of them signing singly');
    });
});
