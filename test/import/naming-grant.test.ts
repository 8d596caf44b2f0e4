/**
 * A grant whose one sentence names the agents and the powers ("This letter confirms that A and B are authorized and
 * designated to sign all securities and related filings with the Securities and Exchange Commission, including Forms
 * 3, 4 and 5, on my behalf."): the grant style, the agents, the voice and the filing are read; the addressee's line
 * "Securities and Exchange Commission" is an address, not the first mention of the SEC.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { recogniseNamingGrant } from '../../language/import/naming-grant.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The shape of sec16_tpg-boyce-letter-3yr-2003 (../shared/corpus), with names of our own.
const GRANT = 'This letter confirms that Ann Lee, Bo Chan and Dee Park are authorized and designated to sign all securities and related filings with the Securities and Exchange Commission, including Forms 3,4 and 5, on my behalf.';
const LETTER = [
    'March 3, 2020',
    '',
    'Securities and Exchange Commission',
    '100 F Street, N.E.',
    'Washington, D.C. 20549',
    '',
    `${GRANT} This authorization and designation shall be valid for two years from the date of this letter.`,
    '',
    'Very truly yours,',
    '/s/ Carla Diaz',
    'Carla Diaz'
].join('\n');

describe('a grant that names the agents and the powers', () => {
    it('reads the grant style, the agents, the powers and the voice from the sentence', () => {
        expect(recogniseNamingGrant(GRANT)).toMatchObject({
            clause: 'grant',
            style: 'naming',
            slots: {
                'grant-style': 'letter-confirms',
                agents: 'Ann Lee, Bo Chan and Dee Park',
                powers: 'all securities and related filings with the Securities and Exchange Commission, including Forms 3,4 and 5',
                voice: 'first-person'
            }
        });
        expect(recogniseNamingGrant('The undersigned appoints Ann Lee to sign all filings.')).toBeUndefined();
    });

    it('imports the letter with its filing recognised, and renders its words', async () => {
        const { poa, report } = await importText(LETTER, 'letter.txt');
        expect(poa).toContain('voice first-person');
        expect(poa).toMatch(/agent lee "Ann Lee"[^]*agent chan "Bo Chan"[^]*agent park "Dee Park"/);
        expect(poa).toContain('grant style letter-confirms {');
        expect(poa).toContain('file form3, form4, form5 under section16a style all-filings');
        // The filing is the thing filed, with no frame of the securities power around it.
        expect(poa).toContain('phrasing securities-power style classic');
        // The SEC as the sentence names it, not as the addressee's line does.
        expect(poa).toContain('define sec "the Securities and Exchange Commission"');
        expect(report.keptAsWritten).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(GRANT));
    });
});
