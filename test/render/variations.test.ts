/**
 * Changing one fact of the reference instrument changes exactly the words it
 * should: another issuer, "she", two agents acting jointly, first person.
 * Expected wording is written by hand from the reference filing.
 */
import { describe, expect, test } from 'vitest';
import { readExample, renderSource, squash } from '../helpers.js';

const reference = readExample('hartford-2007-section16.poa');

async function variant(edit: (source: string) => string, options = {}) {
    return squash(await renderSource(edit(reference), options));
}

describe('variations of the reference instrument', () => {
    test('another issuer is named and defined once, then called by its defined term', async () => {
        const text = await variant((s) => s
            .replace('"THE HARTFORD FINANCIAL SERVICES GROUP, INC."', '"ACME WIDGETS, INC."')
            .replace('organized in "Delaware" as corporation', 'organized in "Ohio" as corporation'));
        expect(text).toContain('securities of ACME WIDGETS, INC., an Ohio corporation (the "Company"), that the undersigned');
        expect(text).toContain('relating to sales of securities of the Company, hereby ratifying');
        expect(text).not.toContain('HARTFORD');
        expect(text.match(/ACME WIDGETS/g)).toHaveLength(1);
    });

    test('"she" changes every pronoun and nothing else', async () => {
        const he = await variant((s) => s);
        const she = await variant((s) => s.replace('pronoun he', 'pronoun she'));
        expect(she).toContain('or any one or more of them, her true and lawful attorneys and agents');
        expect(she).toContain('(in her individual capacity or in a fiduciary or any other capacity)');
        expect(she).not.toMatch(/\bhis\b/);
        expect(she.replace(/\bher\b/g, 'his')).toBe(he);
    });

    test('two agents acting jointly', async () => {
        const text = await variant((s) => s
            .replace('agents any-one-or-more {', 'agents jointly {')
            .replace(/\s*agent aquino .*\n\s*agent hunt .*\n\s*agent shields .*\n/, '\n')
            .replace('agent costello "Richard G. Costello"', 'agent costello "Richard G. Costello"'));
        expect(text).toContain('appoint Ricardo A. Anzaldua and Richard G. Costello, acting jointly, his true and lawful attorneys and agents, to do');
        expect(text).not.toContain('any one or more of them');
    });

    test('one agent: singular designation, no "or any of them"', async () => {
        const text = await variant((s) => s.replace(/\s*agent (costello|aquino|hunt|shields) .*\n/g, '\n'));
        expect(text).toContain('appoint Ricardo A. Anzaldua, his true and lawful attorney and agent, to do any and all acts');
        expect(text).toContain('which said attorney and agent may deem necessary or advisable');
        expect(text).toContain('ratifying and confirming all that said attorney and agent shall do or cause to be done');
        expect(text).toContain('delivered to the foregoing attorney-in-fact.');
    });

    test('first-person voice', async () => {
        const text = await variant((s) => s.replace('voice undersigned', 'voice first-person'));
        expect(text).toContain('I, Alan J. Kreczko, do hereby nominate, constitute and appoint Ricardo A. Anzaldua');
        expect(text).toContain('my true and lawful attorneys and agents');
        expect(text).toContain('to enable me (in my individual capacity or in a fiduciary or any other capacity) to comply with');
        expect(text).toContain('that I (in my individual capacity or in a fiduciary or any other capacity) may be required to file');
        expect(text).toContain('full power and authority to sign my name, in my individual capacity');
        expect(text).toContain('to act for me with respect to securities of the Company');
        expect(text).toContain('for so long as I (in my individual capacity or in a fiduciary or any other capacity) have any obligations under Section 16');
        expect(text).toContain('unless earlier revoked by me in a signed writing');
        expect(text).not.toContain('undersigned');
    });

    test('the preview can switch the voice without editing the file', async () => {
        const text = await variant((s) => s, { voice: 'first-person' });
        expect(text).toContain('I, Alan J. Kreczko, do hereby');
    });

    test('plain date style and "as of"', async () => {
        const text = await variant((s) => s.replace('executed 2007-07-26 {', 'executed as of 2007-07-26 {').replace('voice undersigned', 'voice undersigned\n    dates plain'));
        expect(text).toContain('IN WITNESS WHEREOF, I have hereunto set my hand as of July 26, 2007.');
    });

    test('numbered layout numbers the body paragraphs only', async () => {
        const text = await renderSource(reference, { layout: 'numbered' });
        expect(text).toMatch(/^1\. The undersigned does hereby/m);
        expect(text).toMatch(/^2\. This authorization shall supersede/m);
        expect(text).not.toMatch(/^3\. /m);
    });
});
