/**
 * A grant whose powers follow the appointment with no list, each with its own "to" (grant styles `joined` and
 * `infinitives`), the principal's role read from an "as-role" opening, and the instrument named in any style of the
 * phrasebook's `instrument-name` in a testimonium.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { joinedGrantStyle, splitJoinedPowers } from '../../language/import/joined-powers.js';
import { createRecogniser } from '../../language/import/recogniser.js';
import { TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS } from '../../language/import/temporary-phrasebook.js';
import { phrasebookTemplates } from '../../language/import/phrasebook-templates.js';
import { readFixture, renderSource } from '../helpers.js';

describe('powers joined with no list', () => {
    it('splits the powers where the renderer joins them, each without its "to"', () => {
        expect(splitJoinedPowers('to complete and execute such forms, and to do all acts necessary in order to file such forms with the SEC'))
            .toEqual(['complete and execute such forms', 'do all acts necessary in order to file such forms with the SEC']);
        // "and" inside a power, not followed by "to", does not split it.
        expect(splitJoinedPowers('to execute Forms 3, 4 and 5 and cause them to be filed')).toEqual(['execute Forms 3, 4 and 5 and cause them to be filed']);
    });

    it('names the grant style: joined with no comma before "to", infinitives with one and a single power', () => {
        expect(joinedGrantStyle('complete ..., and to do all acts ...', false)).toBe('joined');
        expect(joinedGrantStyle('execute Forms 3, 4 and 5', true)).toBe('infinitives');
        // Several powers after a comma are numbered by the infinitives style, never joined: not this reading.
        expect(joinedGrantStyle('complete ..., and to do all acts ...', true)).toBeUndefined();
    });
});

describe('the appointment of a joined grant', () => {
    const source = `poa Joined {
    kind section16
    jurisdiction federal
    style securities-law-compliance

    principal musk "Elon Musk" { role "officer or director" }
    agents {
        agent rive "Lyndon R. Rive"
        agent kelly "Robert D. Kelly"
    }
    issuer solarcity "SolarCity Corporation" { defined as "Company" }
    define act1934 "the Securities Exchange Act of 1934 (as amended)"
    define sec "the Securities and Exchange Commission"

    grant {
        power "to sell the undersigned's shares of the Company"
        power "to do all acts necessary in order to file such forms with the Securities and Exchange Commission"
    }
    executed 2012-08-02 {
        signature "/s/ Elon Musk"
    }
}`;

    it('reads the agents, the principal\'s role and each power of "... attorney-in-fact to X and to Y." into the grant', async () => {
        const rendered = await renderSource(source);
        expect(rendered).toMatch(/true and lawful attorney-in-fact to sell the undersigned's shares of the Company and to do all acts/);
        const { poa } = await importText(rendered, 'joined.txt');
        expect(poa).toMatch(/grant style joined \{/);
        expect(poa).toMatch(/agent rive "Lyndon R\. Rive"/);
        expect(poa).toMatch(/role "officer or director"/);
        expect(poa).toMatch(/power "sell the undersigned's shares of the Company"/);
        // The imported file renders the grant's words again.
        expect(await renderSource(poa)).toContain("attorney-in-fact to sell the undersigned's shares of the Company and to do all acts necessary");
    });
});

describe('the principal\'s role in an "as-role" opening', () => {
    it('is read into the principal, so the Natera power\'s opening renders back (test/fixtures/sec16_natera-botha-exhibit-a-2022.txt, a copy of ../shared/corpus\'s)', async () => {
        const text = readFixture('sec16_natera-botha-exhibit-a-2022.txt');
        const { poa } = await importText(text, 'sec16_natera-botha-exhibit-a-2022.txt');
        expect(poa).toMatch(/principal botha "Roelof Botha" \{ role "Section 16 reporting person" \}/);
        expect(poa).toMatch(/phrasing opening style as-role/);
    });
});

describe('a testimonium naming the instrument in a style of `instrument-name`', () => {
    it('reads "This Limited Power of Attorney is executed ... as of the date set forth below." as the style date-below', () => {
        const recogniser = createRecogniser([...TEMPORARY_PHRASEBOOK, ...phrasebookTemplates(['testimonium'])], TEMPORARY_SLOT_PATTERNS);
        const m = recogniser.match('This Limited Power of Attorney is executed at San Mateo, California, as of the date set forth below.', () => true);
        expect(m).toMatchObject({ clause: 'testimonium', style: 'date-below', slots: { instrument: 'Limited Power of Attorney', place: 'San Mateo, California' } });
    });
});
