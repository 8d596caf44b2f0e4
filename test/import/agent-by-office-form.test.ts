/**
 * An agent named by office, not by name: "the Administrator of the National Highway Traffic Safety Administration,
 * United States Department of Transportation, or delegate", as the NHTSA's form (49 CFR Part 591, Appendix C;
 * other_nhtsa-securities-bond-poa-49cfr591-appc in ../shared/corpus) appoints one, read from that stored text. The
 * power that follows is ours. Before, no agent was read, and the rendering printed "[ATTORNEY-IN-FACT]" and "[POWERS
 * GRANTED]" before the ratification.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const AGENT = 'the Administrator of the National Highway Traffic Safety Administration, United States Department of Transportation, or delegate';
const GRANT = `______________ does constitute and appoint ${AGENT}, as attorney for the undersigned, for and in the name of the undersigned to collect the securities deposited by the undersigned.`;

describe('an agent named by office on a printed form', () => {
    it('is written `agent ... office ... of ... or delegate`, with the form\'s blank principal, and renders the appointment', async () => {
        const { poa } = await importText(['Power of Attorney and Agreement', '', GRANT].join('\n'), 'office.txt');
        expect(poa).toMatch(/agent \w+ office "Administrator" of "the National Highway Traffic Safety Administration, United States Department of Transportation" or delegate\n/);
        expect(poa).toMatch(/principal \w+ blank 14\n/);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(GRANT);
        expect(rendered).not.toMatch(/\[ATTORNEY-IN-FACT\]|\[POWERS GRANTED\]|\[PRINCIPAL\]/);
    });
});
