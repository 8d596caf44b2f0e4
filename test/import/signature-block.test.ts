/**
 * A signature block dated under the signature, and the witness's block under it, read whole against the phrasebook's
 * `signature` and `witness` styles (`language/import/signature-block.ts`), under a testimonium that dates the power
 * "as of the date set forth below".
 */
import { describe, expect, it } from 'vitest';
import { signatureDatedBelow, witnessBlock } from '../../language/import/signature-block.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The end of the SolarCity 2012 power (../shared/corpus/sec16_solarcity-musk-witness-2012.txt, EX-24 to EDGAR
// accession 0001181431-12-064161), its rules as filed, of several widths.
const SIGNATURE = ['/s/ Elon Musk', '----------------------------------------', 'Elon Musk', 'Dated: August 2, 2012', '---------------------------------'];
const WITNESS = ['Witness:', '/s/ Mary Beth Brown', '------------------------------------', 'Signature', 'Mary Beth Brown', '------------------------------------', 'Type or Print Name', 'Dated: August 2, 2012', '--------------------------------'];

describe('a signature block dated under the signature', () => {
    it('is read whole: the style, the signature and the date', () => {
        const block = signatureDatedBelow(SIGNATURE, 0);
        expect(block?.style).toBe('typed-name-dated-ruled');
        expect(block?.lines).toBe(5);
        expect(block?.signature).toBe('/s/ Elon Musk');
        expect(block?.date).toBe('2012-08-02');
    });

    it('is not read when the name printed is not the name signed, nor from a date that does not parse', () => {
        expect(signatureDatedBelow(SIGNATURE.map((l) => (l === 'Elon Musk' ? 'Kimbal Musk' : l)), 0)).toBeUndefined();
        expect(signatureDatedBelow(SIGNATURE.map((l) => l.replace('August 2, 2012', 'the date above')), 0)).toBeUndefined();
        // A block with its date above the signature is the line-by-line reader's (dated-signature.ts), not this one's.
        expect(signatureDatedBelow(['Dated: October 13, 2021', 'By: /s/ Jack Selby', 'Name: Jack Selby'], 0)).toBeUndefined();
    });

    it('reads a witness block of the witness styles, the witness signing the name printed on the date of execution', () => {
        const witness = witnessBlock(WITNESS, 0, '2012-08-02');
        expect(witness?.style).toBe('signature-name-date-ruled');
        expect(witness?.witness).toBe('Mary Beth Brown');
        expect(witness?.lines).toBe(9);
        expect(witnessBlock(WITNESS, 0, '2012-08-03')).toBeUndefined();
        expect(witnessBlock(WITNESS.map((l) => l.replace('/s/ Mary Beth Brown', '/s/ Ann Lee')), 0, '2012-08-02')).toBeUndefined();
    });
});

describe('a power executed as of the date set forth below', () => {
    const text = [
        'LIMITED POWER OF ATTORNEY',
        'The undersigned hereby constitutes and appoints Lyndon R. Rive and Robert D. Kelly, and each of them, the undersigned\'s true and lawful attorney-in-fact and agent to execute Forms 3, 4 and 5.',
        'This Limited Power of Attorney is executed at San Mateo, California, as of the date set forth below.',
        ...SIGNATURE,
        ...WITNESS
    ].join('\n\n');

    it('is executed on the date under the signature, witnessed, and renders the blocks\' words', async () => {
        const { poa, report } = await importText(text, 'musk.txt');
        expect(poa).toContain('executed style date-below 2012-08-02 at "San Mateo, California" {');
        expect(poa).toContain('signature "/s/ Elon Musk" style typed-name-dated-ruled');
        expect(poa).toContain('witnesses "Mary Beth Brown"');
        expect(poa).toContain('phrasing witness style signature-name-date-ruled');
        const kept = report.keptAsWritten.map((k) => k.text);
        for (const line of [...SIGNATURE, ...WITNESS]) expect(kept).not.toContain(line);
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words([...SIGNATURE, ...WITNESS].join('\n')));
    });

    it('is not dated by a date under the signature when no testimonium dates it below', async () => {
        const { poa } = await importText(text.replace('This Limited Power of Attorney is executed at San Mateo, California, as of the date set forth below.\n\n', ''), 'musk.txt');
        expect(poa).not.toContain('2012-08-02');
        expect(poa).not.toContain('phrasing witness style');
    });
});
