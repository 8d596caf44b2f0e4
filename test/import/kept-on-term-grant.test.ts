/**
 * A form whose opening no style reads, with no agent and no grant read, keeps its words on the grant (style `kept-whole`),
 * never on the term beside an empty grant: a grant of no words renders an appointment and powers of its own
 * ("[ATTORNEY-IN-FACT]", "[POWERS GRANTED]") that the source does not have. The shape is that of a published general
 * durable form (test/heldout/texts/uslegal-general-durable-springing-form.txt); the words here are our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const OPENING = 'DURABLE POWER OF ATTORNEY EFFECTIVE UPON INCAPACITY KNOW ALL MEN BY THESE PRESENTS: That I, ______________ of the County of ________ have made and appointed ______________ my true and lawful Attorney and Agent, for me and in my name, and for my benefit, to do any act that I may do, this power to take effect upon my incapacity.';

describe('a form kept whole where no grant was read', () => {
    it('is held by the grant and renders no made-up appointment', async () => {
        const { poa } = await importText(OPENING, 'form.txt');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(poa).not.toMatch(/^\s*term \{ \} worded/m);
        const rendered = await renderSource(poa);
        expect(rendered).not.toMatch(/\[(ATTORNEY-IN-FACT|POWERS GRANTED|PRINCIPAL)\]/);
        expect(rendered.replace(/\s+/g, ' ')).toContain('That I, ______________ of the County of ________ have made and appointed');
    });
});
