/**
 * A ratification said as a sentence of its own that names the agents as the appointment calls them: "said
 * attorneys-in-fact and agents" for agents appointed "attorney-in-fact and agent" (the ratification style
 * `ratifies-designation-sentence`), not `ratifies-sentence`, which adds "and agents" to the designation itself.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The ratification of the SolarCity 2012 power (../shared/corpus/sec16_solarcity-musk-witness-2012.txt, EX-24 to
// EDGAR accession 0001181431-12-064161), after an appointment of the same shape with one power.
const RATIFICATION = 'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof.';

describe('a ratification naming the agents as "attorneys-in-fact and agents"', () => {
    const text = [
        'LIMITED POWER OF ATTORNEY',
        `The undersigned hereby constitutes and appoints Lyndon R. Rive and Robert D. Kelly, and each of them, the undersigned's true and lawful attorney-in-fact and agent to execute Forms 3, 4 and 5. ${RATIFICATION}`
    ].join('\n\n');

    it('is the style whose designation says "and agents", and renders the sentence as written', async () => {
        const { poa, report } = await importText(text, 'ratify.txt');
        expect(poa).toContain('ratification style ratifies-designation-sentence');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(RATIFICATION);
        const rendered = await renderSource(poa);
        expect(words(rendered)).toContain(words(RATIFICATION));
        expect(rendered).not.toContain('agents and agents');
    });
});
