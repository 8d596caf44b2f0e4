/**
 * A standard term named in a recognised clause's own slot in words the catalog's names do not read ("the Securities
 * and Exchange Act of 1934" in a Form 10-K's signature page) is defined as written, so that the clause renders the
 * document's words back; and a slot of any text never reads mere spaces, the spaces being the template's.
 */
import { describe, expect, it } from 'vitest';
import { compileComposed, ComposedRecogniser, matchComposed } from '../../language/import/composed-template.js';
import { importText } from '../../language/import/index.js';
import { termsNamedInSlots } from '../../language/import/slot-terms.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// Shaped on the signature-page power of Medicis Pharmaceutical Corporation's 1999 Form 10-K
// (../shared/corpus/regstmt_medicis-10k-1999.txt), with other agents and without the source's slip
// "in any and a all capacities": it names the 1934 Act "the Securities and Exchange Act of 1934".
const TEN_K = `POWER OF ATTORNEY

KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann B. Lee and Carl Dunn, Jr., or either of them, as his true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for him and in his name, place and stead, in any and all capacities, to sign any and all amendments to this Annual Report on Form 10-K and any documents related to this report and filed pursuant to the Securities and Exchange Act of 1934, and to file the same, with all exhibits thereto, and other documents in connection therewith, with the Securities and Exchange Commission, granting unto said attorneys-in-fact and agents, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith as fully to all intents and purposes as he might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes may lawfully do or cause to be done by virtue hereof.
`;

describe('standard terms named in a clause\'s slots', () => {
    it('defines a term the signature page names in its own words, and the power renders back whole', async () => {
        const { poa, report } = await importText(TEN_K, 'ten-k.txt');
        expect(poa).toContain('define act1934 "the Securities and Exchange Act of 1934"');
        expect(poa).toContain('file form10K under section13a');
        expect(report.keptAsWritten).toEqual([]);
        expect(words(await renderSource(poa))).toBe(words(TEN_K));
    });

    it('takes a name, not a slot that holds more than one, nor the catalog\'s own name', () => {
        expect(termsNamedInSlots({ act1934: 'the Securities and Exchange Act of 1934' })).toEqual([
            { id: 'act1934', meaning: 'the Securities and Exchange Act of 1934', text: 'the Securities and Exchange Act of 1934' }
        ]);
        expect(termsNamedInSlots({ act1934: 'the Securities Exchange Act of 1934, as amended' })).toEqual([]);
        expect(termsNamedInSlots({ sec: 'the Securities and Exchange Commission and any stock exchange' })).toEqual([]);
        expect(termsNamedInSlots({ act1933: 'the rules thereunder' })).toEqual([]);
    });
});

describe('slots of any text and the spaces around them', () => {
    it('reads no value made of the spaces between two words of the template', () => {
        const compiled = compileComposed('test', 'by-name', 'signed by {name} on', undefined);
        expect(matchComposed(compiled, 'signed by Ann Lee on')?.slots).toEqual({ name: 'Ann Lee' });
        expect(matchComposed(compiled, 'signed by   on')).toBeUndefined();
    });

    it('still reads a value the template glues to the word before it ("substitution[{and-resubstitution}]")', () => {
        const all = new ComposedRecogniser(['substitution']).matchAll('with full power of substitution and resubstitution in each of them');
        expect(all.map((m) => m.style)).toContain('in-each');
    });
});
