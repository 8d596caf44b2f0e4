/**
 * A line of a signature style's own words just under the conformed signature ("Signature" under "/s/ ...", then
 * "Printed Name: ..."): the style that prints it there (`signature-printed-name`), not text kept as written.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');
const body = [
    'POWER OF ATTORNEY', '',
    'The undersigned hereby constitutes and appoints Ann Lee the undersigned\'s true and lawful attorney-in-fact to execute Forms 3, 4 and 5.', '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 29th day of June, 2023.', ''
];

describe('a caption line under the conformed signature', () => {
    it('reads "/s/ ...", "Signature" and "Printed Name: ..." as the style signature-printed-name', async () => {
        // The block of the Rumble 2023 power (../shared/corpus/sec16_rumble-sacks-13d13g-2023.txt), with another name.
        const block = ['/s/ Carla Diaz', '', 'Signature', '', 'Printed Name: Carla Diaz'];
        const { poa, report } = await importText([...body, ...block].join('\n'), 'printed.txt');
        expect(poa).toContain('signature "/s/ Carla Diaz" style signature-printed-name');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain('Signature');
        expect(poa).not.toMatch(/worded "[^"]*Printed Name/);
        expect(words(await renderSource(poa))).toContain('Carla Diaz Signature Printed Name Carla Diaz');
    });

    it('keeps the caption as written when no conformed signature is just above it', async () => {
        const block = ['/s/ Carla Diaz', '', 'Witnessed by the notary below', '', 'Signature'];
        const { poa } = await importText([...body, ...block].join('\n'), 'printed.txt');
        expect(poa).not.toContain('signature-printed-name');
        expect(words(await renderSource(poa))).toContain('Signature');
    });
});
