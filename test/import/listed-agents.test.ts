/**
 * A grant that names no agents, who are listed after it one name to a line (`language/import/listed-agents.ts`): the
 * grant style `will-confirm` ("... each of the individuals listed below ...") and the `agents-list` style `as-follows`
 * ("The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:").
 */
import { describe, expect, it } from 'vitest';
import { readAgentsList, recogniseListingGrant } from '../../language/import/listed-agents.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// From the Microsoft 2024 letter (../shared/corpus/sec16_microsoft-hoffman-letter-2024.txt, EX-24 to EDGAR accession
// 0001062993-24-020387).
const GRANT = 'This will confirm that, effective as of the date above, I have granted each of the individuals listed below the authority to, on my behalf, execute and file the Statement of Changes in Beneficial Ownership of Securities (Form 4) and the Annual Statement of Changes in Beneficial Ownership (Form 5), in connection with transactions in Microsoft Corporation securities, as my Attorney-In-Fact.';
const LIST = 'The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:';
const NAMES = ['Julia Stark', 'Benjamin O. Orndorff', 'Michael Pressman'];

describe('a grant whose agents are listed below it', () => {
    it('reads the grant style, the powers, the voice and the designation', () => {
        const m = recogniseListingGrant(GRANT);
        expect(m?.slots['grant-style']).toBe('will-confirm');
        expect(m?.slots.voice).toBe('first-person');
        expect(m?.slots['designation-one']).toBe('Attorney-In-Fact');
        expect(m?.slots.powers).toMatch(/^execute and file the Statement of Changes .* Microsoft Corporation securities$/);
        // A grant that names its agents is not this one's.
        expect(recogniseListingGrant('This letter confirms that Ann Lee and Bo Park are authorized and designated to sign all securities and related filings with the Securities and Exchange Commission, including Forms 3, 4 and 5, on my behalf.')).toBeUndefined();
    });

    it('reads the names under the sentence that introduces them, up to the first line that is not a name', () => {
        const list = readAgentsList([LIST, ...NAMES, 'Sincerely,'], 0);
        expect(list?.style).toBe('as-follows');
        expect(list?.names).toEqual(NAMES);
        expect(list?.lines).toBe(4);
        expect(readAgentsList([LIST, 'This Power of Attorney is effective immediately.'], 0)).toBeUndefined();
    });

    const letter = (after: string[]) => ['September 16, 2024', 'Securities and Exchange Commission', 'Re: Microsoft Corporation - Power of Attorney', 'To whom it may concern:', GRANT, LIST, ...NAMES, ...after, 'Sincerely,', '/s/ Reid G. Hoffman', 'Reid G. Hoffman'].join('\n\n');

    it('names the agents from the list before the close, and renders the letter\'s words in order', async () => {
        const { poa, report } = await importText(letter([]), 'letter.txt');
        expect(poa).toContain('grant style will-confirm {');
        expect(poa).toContain('voice first-person');
        expect(poa).toContain('phrasing agents-list style as-follows');
        expect(poa).toContain('agent orndorff "Benjamin O. Orndorff"');
        expect(poa).toContain('called "Attorneys-In-Fact"');
        const kept = report.keptAsWritten.map((k) => k.text);
        for (const line of [GRANT, LIST, ...NAMES]) expect(kept).not.toContain(line);
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words([GRANT, LIST, ...NAMES].join(' ')));
    });

    it('keeps the list as written when text it cannot print after the list follows it', async () => {
        const other = 'Please direct any questions about these filings to my assistant.';
        const { poa, report } = await importText(letter([other]), 'letter.txt');
        expect(poa).not.toContain('agents-list');
        expect(report.keptAsWritten.map((k) => k.text)).toContain(LIST);
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words([LIST, ...NAMES, other].join(' ')));
    });

    it('reads the list when the effective line, which the renderer prints after it, alone follows it', async () => {
        const effective = 'This Power of Attorney is effective immediately upon filing with the Securities Exchange Commission and for purposes of my future Form 4 and Form 5 filings relating to Microsoft securities and transactions.';
        const { poa, report } = await importText(letter([effective]), 'letter.txt');
        expect(poa).toContain('phrasing agents-list style as-follows');
        expect(poa).toContain('phrasing effective-line style upon-filing');
        expect(report.keptAsWritten.map((k) => k.text)).toEqual([]);
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words([LIST, ...NAMES, effective].join(' ')));
    });
});
