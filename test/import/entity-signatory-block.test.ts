/**
 * An entity's signatory block with a rule under each line ("By: /s/ ...", "-----", "Print Name: ...", "-----",
 * "Title: ...", "-----"), read as the signature style that prints those lines; and two sentences as some filed powers
 * word them, with a number that does not agree ("said attorneys-in-fact and agent", "the foregoing attorneys-in-fact
 * ... is not assuming"). The text has the shape of sec16_linkedin-hoffman-trust-2011 (../shared/corpus), with names
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { entitySignatureStyle } from '../../language/import/entity-signature-block.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];
const RULE = '-'.repeat(39);

const TRUST = [
    'POWER OF ATTORNEY',
    '',
    'The undersigned, as a Section 16 reporting person of Example Corporation (the "Company"), hereby constitutes and appoints Ann Lee and Bo Chan, the undersigned\'s true and lawful attorneys-in-fact to:',
    '',
    '1. complete and execute Forms 3, 4 and 5 and other forms and all amendments thereto as such attorneys-in-fact shall in their discretion determine to be required or advisable pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Company; and',
    '',
    '2. do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Company and such other person or agency as the attorneys-in-fact shall deem appropriate.',
    '',
    'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agent shall do or cause to be done by virtue hereof. The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, is not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934 (as amended).',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 17th day of May, 2011.',
    '',
    'THE CARLA DIAZ AND DAN ROE FAMILY',
    'TRUST DATED MARCH 3, 2009',
    '',
    'By: /s/ Carla Diaz',
    RULE,
    '',
    'Print Name: Carla Diaz',
    RULE,
    '',
    'Title: Trustee',
    RULE
].join('\n');

describe('an entity\'s signatory block', () => {
    it('names the signature style whose lines are the lines read, rules of any width as one', () => {
        expect(entitySignatureStyle(['By: {conformed}', '{rule}', 'Print Name: {name}', '{rule}', 'Title: {title}', '{rule}'])).toBe('by-print-name-title-ruled');
        expect(entitySignatureStyle(['By: {conformed}', '{rule}', 'Name: {name}', '{rule}'])).toBe('by-name-ruled');
        // The lines the entity block prints by default name no style; lines no style prints name none.
        expect(entitySignatureStyle(['By: {conformed}', 'Name: {name}', 'Title: {title}'])).toBeUndefined();
        expect(entitySignatureStyle(['By: {conformed}', '{rule}', 'Title: {title}', 'Print Name: {name}'])).toBeUndefined();
    });

    it('writes the entity\'s signature in that style, the ratification and acknowledgment as filed, and renders every word', async () => {
        const { poa, report } = await importText(TRUST, 'trust-ruled.txt');
        expect(poa).toMatch(/principal (\w+) "THE CARLA DIAZ AND DAN ROE FAMILY TRUST DATED MARCH 3, 2009" entity \{[^}]*signed by "Carla Diaz" as "Trustee"/);
        expect(poa).toMatch(/signature by \w+ "\/s\/ Carla Diaz" style by-print-name-title-ruled/);
        expect(poa).toContain('ratification style ratifies-sentence-and-agent');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-is');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = await renderSource(poa);
        expect(rendered).toContain('Print Name: Carla Diaz');
        expect(rendered.replace(/\s+/g, ' ')).toContain('all that said attorneys-in-fact and agent shall do');
        expect(rendered.replace(/\s+/g, ' ')).toContain('the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, is not assuming');
        const renderedWords = words(rendered);
        for (const w of words(TRUST)) expect(renderedWords).toContain(w);
    });

    it('does not read "such laws" as the Section 16 an acknowledgment style cites', async () => {
        // The shape of sec16_gates-foundation-trust-cotrustees-2007, with names of our own: the laws are those the grant names.
        const text = [
            'Special Power of Attorney',
            '',
            'The undersigned, as Co-Trustees of the Example Family Trust (the "Trust"), do hereby constitute and appoint Ann Lee as the true and lawful attorney of the undersigned, with full power of substitution, to execute and file any documents required under applicable laws (including the Securities Exchange Act of 1934, as amended, and rules and regulations under each of such laws). The undersigned acknowledge that the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming any of the undersigned\'s responsibilities to comply with such laws.'
        ].join('\n');
        const { poa } = await importText(text, 'such-laws.txt');
        expect(poa).not.toContain('style not-assuming-is');
    });
});
