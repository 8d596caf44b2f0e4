/**
 * A term that ends at the earliest of three events, the third an agent's leaving the company ("(c) as to any
 * attorney-in-fact individually, until such attorney-in-fact is no longer employed by the Company or its
 * subsidiaries"), its revocation delivered to "the foregoing attorney-in-fact" in the singular though the agents are
 * two. The text has the shape of sec16_rubicon-selby-ratify-2023 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

const TERM = 'This Power of Attorney shall remain in full force and effect until the earliest to occur of (a) the undersigned is no longer required to file Forms 3, 4, and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Company, (b) revocation by the undersigned in a signed writing delivered to the foregoing attorney-in-fact or (c) as to any attorney-in-fact individually, until such attorney-in-fact is no longer employed by the Company or its subsidiaries.';

const text = (term: string) => [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, as the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    '1. execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director and/or officer of Example Technologies, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder; and',
    '',
    '2. do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any securities exchange or similar authority.',
    '',
    term,
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 9th day of January, 2023.',
    '',
    '/s/ Carla Diaz',
    '',
    'Name: Carla Diaz'
].join('\n');

describe('a term ending at the earliest of three events, the third an agent\'s departure', () => {
    it('writes the departure, the revocation and the style that names the agents in the singular, and renders every word', async () => {
        const source = text(TERM);
        const { poa, report } = await importText(source, 'earliest.txt');
        expect(poa).toMatch(/term \{ ends when no longer subject to section16 for (\w+)\s+lapses for any agent on leaving \1 and subsidiaries \}/);
        expect(poa).toContain('revocation by signed-writing delivered to agents');
        expect(poa).toContain('phrasing revocation style to-attorney-in-fact');
        expect(poa).toContain('phrasing term-end style earliest-to-occur');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(TERM);
        const rendered = await renderSource(poa);
        expect(rendered.replace(/\s+/g, ' ')).toContain(TERM);
        const renderedWords = words(rendered);
        for (const w of words(source)) expect(renderedWords).toContain(w);
    });
});
