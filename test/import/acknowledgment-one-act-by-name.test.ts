/**
 * An acknowledgment that calls several agents "the foregoing attorney-in-fact ... is not assuming" and names the Act
 * by its name ("Section 16 of the Securities Exchange Act of 1934") where the grant named it "the Securities Act of
 * 1934": the acknowledgment style not-assuming-one-act-by-name. The text has the shape of
 * sec16_eventbrite-botha-2018 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const ACK = 'The undersigned acknowledges that the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934.';

const text = (ack: string) => [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby authorizes Ann Lee and Bo Chan of Example Technologies, Inc., a Delaware corporation (the "Company"), to execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director and/or officer of the Company, Forms 3, 4 and 5, and any amendments thereto, and cause such form(s) to be filed with the United States Securities and Exchange Commission pursuant to Section 16(a) of the Securities Act of 1934, relating to the undersigned\'s beneficial ownership of securities in the Company. ' + ack,
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 9th day of January, 2023.',
    '',
    '/s/ Carla Diaz',
    '---------------------',
    'Carla Diaz'
].join('\n');

describe('an acknowledgment naming several agents in the singular and the Act by its name', () => {
    it('is read as the style that words it so, and renders back word for word', async () => {
        const { poa, report } = await importText(text(ACK), 'ack-one.txt');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-one-act-by-name');
        expect(poa).toContain('define act1934 "the Securities Act of 1934"');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(ACK);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(ACK);
        expect(rendered).toContain('pursuant to Section 16(a) of the Securities Act of 1934');
    });

    it('is not read so when the sentence names the agents in the plural', async () => {
        const plural = ACK.replace('attorney-in-fact, in serving', 'attorneys-in-fact, in serving').replace(', is not assuming', ', are not assuming');
        const { poa } = await importText(text(plural), 'ack-plural.txt');
        expect(poa).not.toContain('not-assuming-one-act-by-name');
    });
});
