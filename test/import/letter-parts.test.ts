/**
 * A power given as a letter: the date line, addressee, "Re:" line, salutation, close and footer are
 * imported as the parts of `letter { ... }`, the letter is executed on its date line, and the name typed
 * under the conformed signature is the signature style `typed-name`.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { recogniseLetter } from '../../language/import/letter-parts.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

// The shape of sec16_tpg-boyce-letter-3yr-2003 (../shared/corpus), with names of our own.
const LETTER = [
    '[Logo of Example Holdings]',
    '',
    'March 3, 2020',
    '',
    'Securities and Exchange Commission',
    '100 F Street, N.E.',
    'Washington, D.C. 20549',
    '',
    'Re: Example Corp. - Power of Attorney',
    '',
    'To whom it may concern:',
    '',
    'This letter confirms that Ann Lee and Bo Chan are authorized and designated to sign all securities and related filings with the Securities and Exchange Commission, including Forms 3, 4 and 5, on my behalf.',
    '',
    'Very truly yours,',
    '/s/ Carla Diaz',
    'Carla Diaz',
    '',
    '1 Main Street, Suite 100',
    'Springfield, IL 62701'
].join('\n');

describe('letter parts', () => {
    it('recognises each part of a letter by its place', () => {
        const units = LETTER.split(/\n\n/).flatMap((p, paragraph) => p.split('\n').map((text) => ({ text, paragraph })));
        const letter = recogniseLetter(units)!;
        expect(letter).toMatchObject({
            letterhead: ['[Logo of Example Holdings]'],
            dated: '2020-03-03',
            to: ['Securities and Exchange Commission', '100 F Street, N.E.', 'Washington, D.C. 20549'],
            re: 'Example Corp. - Power of Attorney',
            salutation: 'To whom it may concern:',
            close: 'Very truly yours,',
            footer: ['1 Main Street, Suite 100', 'Springfield, IL 62701']
        });
        // The body and the signature block are not the letter's.
        expect([...letter.units].map((i) => units[i].text)).not.toContain('/s/ Carla Diaz');
        expect([...letter.units].map((i) => units[i].text)).not.toContain('Carla Diaz');
    });

    it('is not a letter without a complimentary close, nor without a date line at the top', () => {
        expect(recogniseLetter([{ text: 'March 3, 2020', paragraph: 0 }, { text: 'I appoint Ann Lee.', paragraph: 1 }])).toBeUndefined();
        expect(recogniseLetter([{ text: 'POWER OF ATTORNEY', paragraph: 0 }, { text: 'I appoint Ann Lee.', paragraph: 1 }, { text: 'Sincerely,', paragraph: 2 }])).toBeUndefined();
    });

    it('writes the letter block, executes the letter on its date and renders every word back', async () => {
        const { poa } = await importText(LETTER, 'letter.txt');
        expect(poa).toContain([
            '    letter {',
            '        letterhead "[Logo of Example Holdings]"',
            '        dated 2020-03-03',
            '        to "Securities and Exchange Commission", "100 F Street, N.E.", "Washington, D.C. 20549"',
            '        re "Example Corp. - Power of Attorney"',
            '        salutation "To whom it may concern:"',
            '        close "Very truly yours,"',
            '        footer "1 Main Street, Suite 100", "Springfield, IL 62701"',
            '    }'
        ].join('\n'));
        expect(poa).toContain('executed 2020-03-03 {');
        expect(poa).toContain('signature "/s/ Carla Diaz" style typed-name');
        const { diagnostics } = await loadPoa(poa, { validate: false });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const rendered = words(await renderSource(poa));
        for (const w of words(LETTER)) expect(rendered).toContain(w);
    });

    it('keeps a typed name as written when no execution carries the signature', async () => {
        // No date anywhere: the signature block is kept word for word, the typed name included.
        const text = 'POWER OF ATTORNEY\n\nThe undersigned hereby appoints Ann Lee to sign Forms 3, 4 and 5.\n\n/s/ Carla Diaz\nCarla Diaz\nDirector';
        const { poa } = await importText(text, 'undated.txt');
        const rendered = await renderSource(poa);
        expect(rendered.match(/Carla Diaz/g)?.length).toBeGreaterThanOrEqual(2);
        expect(rendered).toContain('Director');
    });
});
