/**
 * A signature-page power one slip off its styles: the sentence the signature-page reader composes from the
 * appointment, the filing, the incidental authority and the ratification (grant style `one-sentence`) is read
 * tolerantly against the grant's templates, so that it imports as styled clauses with one `as-filed` edit, and the
 * slip is neither dropped nor corrected. Shaped on the signature pages of annual reports on Form 10-K (Medicis 1999),
 * with other names and another slip (a doubled "and").
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/import-document.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderedWords, reproduces } from '../../language/import/verify-rendering.js';

const STYLED = 'KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann B. Carter and Luis D. Moreno, or either of them, as his true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for him and in his name, place and stead, in any and all capacities, to sign any and all amendments to this Annual Report on Form 10-K and any documents related to this report and filed pursuant to the Securities and Exchange Act of 1934, and to file the same, with all exhibits thereto, and other documents in connection therewith, with the Securities and Exchange Commission, granting unto said attorneys-in-fact and agents, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith as fully to all intents and purposes as he might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes may lawfully do or cause to be done by virtue hereof.';
const FILED = STYLED.replace('place and stead', 'place and and stead');

describe('a signature-page power one slip off its styles', () => {
    it('imports the styled clauses with one as-filed edit and renders the filed sentence word for word', async () => {
        const { poa, report } = await importText(`POWER OF ATTORNEY\n\n${FILED}\n`, 'annual-report.txt');
        expect(poa).toContain('grant style one-sentence');
        expect(poa).toContain('phrasing appointment style signatories-as');
        expect(poa).toContain('agent moreno "Luis D. Moreno"');
        expect(poa).not.toContain('worded "KNOW ALL MEN');
        expect(poa).toMatch(/as-filed grant \{\s*reading "[^"]*place and stead[^"]*" as "[^"]*place and and stead[^"]*"\s*\}/);
        expect(report.asFiled).toHaveLength(1);
        const { model, diagnostics } = await loadPoa(poa);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const words = renderedWords(renderDocument(model));
        expect(reproduces(words, FILED)).toBe(true);
        expect(reproduces(words, STYLED)).toBe(false);
    });
});
