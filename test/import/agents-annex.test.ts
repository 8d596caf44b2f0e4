/**
 * Agents named by an annex: "each of the persons listed on Exhibit A attached hereto" (the phrasebook's
 * `agents-annex`) with the annex after the signature, one name a line, as the Natera 2022 power
 * (../shared/corpus/sec16_natera-botha-exhibit-a-2022.txt) has it, shortened to its appointment, ratification,
 * acknowledgment and annex.
 */
import { describe, expect, it } from 'vitest';
import { annexReference, readAnnexList } from '../../language/import/agents-annex.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ').toLowerCase();

const ACKNOWLEDGMENT = "The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming, nor is the Company assuming, any of the undersigned's responsibilities to comply with the Securities Exchange Act of 1934 (as amended).";

const NATERA = `POWER OF ATTORNEY

The undersigned, as a Section 16 reporting person of Natera, Inc. (the "Company"), hereby constitutes and appoints each of the persons listed on Exhibit A attached hereto, the undersigned's true and lawful attorney-in-fact to:

1. complete and execute Form ID and Forms 3, 4, and 5 and other forms and all amendments thereto as such attorney-in-fact shall in his or her discretion determine to be required or advisable pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned's ownership, acquisition or disposition of securities of the Company; and

2. do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Company and such other person or agency as the attorney-in-fact shall deem appropriate.

The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof. ${ACKNOWLEDGMENT}

IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 7th day of February, 2022.

/s/ Roelof Botha

EXHIBIT A

Daniel Rabinowitz

Tami Chen

Vincent Fontanilla

Jeffrey Thacker
`;

describe('agents named by an annex', () => {
    it('reads the annex the appointment refers to by a style of agents-annex, and its names', () => {
        expect(annexReference('each of the persons listed on Exhibit A attached hereto')).toEqual({ annex: 'Exhibit A', style: 'attached-hereto' });
        expect(annexReference('Daniel Rabinowitz and Tami Chen')).toBeUndefined();
        const lines = ['IN WITNESS WHEREOF, ...', '/s/ Roelof Botha', 'EXHIBIT A', 'Daniel Rabinowitz', 'Tami Chen', 'GDSVF&H\\2490635.1'];
        expect(readAnnexList(lines, 'Exhibit A', 0)).toEqual({ names: ['Daniel Rabinowitz', 'Tami Chen'], indices: [3, 4], heading: 2 });
        // An annex the document does not hold names no one.
        expect(readAnnexList(lines, 'Exhibit B', 0)).toBeUndefined();
    });

    it('writes the agents listed in the annex, so that the appointment, the annex and the sentences in the plural render back', async () => {
        const { poa, report } = await importText(NATERA, 'natera.txt');
        expect(poa).toMatch(/agents listed in "Exhibit A" \{\s+agent \w+ "Daniel Rabinowitz"\s+agent \w+ "Tami Chen"\s+agent \w+ "Vincent Fontanilla"\s+agent \w+ "Jeffrey Thacker"\s+\}/);
        expect(poa).not.toContain('the persons listed on Exhibit A attached hereto"');
        const kept = report.keptAsWritten.map((k) => k.text).join(' ');
        expect(kept).not.toContain('Tami Chen');
        expect(kept).not.toContain('ratifies and confirms');
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words('hereby constitutes and appoints each of the persons listed on Exhibit A attached hereto, the undersigned\'s true and lawful attorney-in-fact'));
        expect(rendered).toContain(words('EXHIBIT A Daniel Rabinowitz Tami Chen Vincent Fontanilla Jeffrey Thacker'));
    });

    it('reads the acknowledgment by its next reading when the first does not render back (the Act, not its Section 16)', async () => {
        const { poa, report } = await importText(NATERA, 'natera.txt');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-act');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(ACKNOWLEDGMENT);
        expect(words(await renderSource(poa))).toContain(words(ACKNOWLEDGMENT));
    });
});
