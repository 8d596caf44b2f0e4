/**
 * A document that shows no execution: a text cut before its signature (smith-limited-section16-2007 in
 * test/heldout/texts, sec16_gates-foundation-trust-cotrustees-2007 in ../shared/corpus), or a signature-page power
 * whose signature table is not part of the text (regstmt_medicis-10k-1999). The shape is theirs, with names of our
 * own. Before, the file had no `executed` clause and the rendering added a testimonium with a blank date and a
 * signature line for "[PRINCIPAL]" that the document does not have.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const GRANT = 'The undersigned, as Co-Trustees of the Example Family Trust (the "Trust"), do hereby constitute and appoint Lee Park as the true and lawful attorney of the undersigned, with full power of substitution, to execute and file any documents in respect of any securities held by the Trust.';
const TERM = 'This Special Power of Attorney shall remain in full force and effect until withdrawn by the undersigned.';

describe('a document that shows no execution', () => {
    it('is written `executed none`, with a comment that says so, and renders no testimonium or [PRINCIPAL] line', async () => {
        const { poa } = await importText(['Special Power of Attorney', '', GRANT, '', TERM].join('\n'), 'cut.txt');
        expect(poa).toMatch(/\/\/ No date, testimonium or signature of execution was read[^\n]*\n\s*executed none\n/);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).not.toContain('[PRINCIPAL]');
        expect(rendered).not.toContain('IN WITNESS WHEREOF');
        expect(rendered.trim().endsWith(TERM)).toBe(true);
    });

    it('still reports the principal the importer could not read', async () => {
        const { poa } = await importText(['Special Power of Attorney', '', GRANT, '', TERM].join('\n'), 'cut.txt');
        const codes = (await loadPoa(poa)).diagnostics.map((d) => d.code);
        expect(codes).toContain('poa/missing-principal');
    });

    it('keeps the execution clause where the document dates and signs it', async () => {
        const text = ['Special Power of Attorney', '', GRANT, '', TERM, '', 'IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney this 3rd day of March, 2008.', '', '/s/ Dana Wu', 'Dana Wu'].join('\n');
        const { poa } = await importText(text, 'signed.txt');
        expect(poa).not.toContain('executed none');
        expect(poa).toMatch(/executed[^\n]*2008-03-03/);
    });
});
