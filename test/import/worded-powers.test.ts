/**
 * A listed power kept in its own words that introduces a defined term ('... Section 16(a) of the Securities Exchange
 * Act of 1934, as amended (the "1934 Act") ...') is written `power worded "... {act1934} ..."`: the term is introduced
 * there, and the other powers of the grant keep their structure (before, such a power turned the whole grant into
 * text as written).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { keptPowerLines } from '../../language/import/worded-powers.js';
import { quote } from '../../language/import/recognise-document.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The shape of sec16_mongodb-botha-sequoia-2017 (../shared/corpus): a first power no style words, which defines the
// Acts, then the "do and perform" power, which names "any such Form 3, 4, or 5" of a filing no style recognised and is
// kept too (defining the SEC), and the catch-all; names and the class of issuers are our own.
const SHAPE = [
    'LIMITED POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, her true and lawful attorney-in-fact to:',
    '',
    '(1) Execute for and on behalf of the undersigned, in the undersigned\'s capacity as a stockholder of any company in which a fund advised by Example Partners invests, Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act"), and the rules thereunder, and any reports on Schedule 13D in accordance with Section 13 of the 1934 Act;',
    '',
    '(2) Do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5 and timely file such form with the United States Securities and Exchange Commission (the "SEC") and any stock exchange or similar authority; and',
    '',
    '(3) Take any other action of any type whatsoever which, in the opinion of such attorney-in-fact, may be necessary or desirable in connection with the foregoing authority, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Limited Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve.',
    '',
    'The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming any of the undersigned\'s responsibilities to comply with Section 16 of the 1934 Act.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Limited Power of Attorney to be executed as of April 24, 2017.',
    '',
    '/s/ Carla Diaz',
    'Carla Diaz'
].join('\n');

describe('powers kept as written that introduce a defined term', () => {
    it('replace the first use of each definition by a reference, once, escaping what a worded string would read', () => {
        const definitions = [['the Securities Exchange Act of 1934, as amended (the "1934 Act")', 'act1934'], ['the SEC (the "Commission")', 'sec']] as const;
        const taken = new Set<string>();
        const lines = keptPowerLines([
            'file {x} "reports" under Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act")',
            'sign under the Securities Exchange Act of 1934, as amended (the "1934 Act")',
            'sign anything'
        ], definitions, taken, quote);
        expect(lines).toEqual([
            String.raw`power worded "file \{x} \"reports\" under Section 16(a) of {act1934}"`,
            // Introduced once: the second power says it in its own words, as the document does.
            String.raw`power "sign under the Securities Exchange Act of 1934, as amended (the \"1934 Act\")"`,
            'power "sign anything"'
        ]);
        expect([...taken]).toEqual([definitions[0][0]]);
    });

    it('keep the other powers of the grant recognised, and render the document\'s words', async () => {
        const { poa, report } = await importText(SHAPE, 'shape.txt');
        expect(poa).toMatch(/power worded "Execute for and on behalf of the undersigned, .* in accordance with Section 16\(a\) of \{act1934\}, and the rules thereunder, .* Section 13 of the 1934 Act"/);
        expect(poa).toMatch(/power worded "Do and perform .* timely file such form with \{sec\} and any stock exchange or similar authority"/);
        expect(poa).toContain('define sec "the United States Securities and Exchange Commission" as "SEC"');
        expect(poa).toContain('any other action style necessary-or-desirable');
        expect(poa).not.toMatch(/grant[^\n]*\}\s*worded/);
        // The two powers are kept as written; the catch-all, the appointment and the acknowledgment are recognised.
        expect(report.keptAsWritten.map((k) => k.text.slice(0, 20))).toEqual(['Execute for and on b', 'Do and perform any a']);
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words('Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act"), and the rules thereunder, and any reports on Schedule 13D in accordance with Section 13 of the 1934 Act; (2) Do and perform'));
        expect(rendered).toContain(words('to comply with Section 16 of the 1934 Act.'));
    });
});
