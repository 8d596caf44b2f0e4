/**
 * A power naming the forms of every filing together, then their statutes together (the securities-power style
 * `forms-together`, the "Securities Law Compliance" form), read as one `file` line per statute.
 */
import { describe, expect, it } from 'vitest';
import { recogniseFormsTogether } from '../../language/import/forms-together.js';

// The Palantir 2020 power of Peter A. Thiel (../shared/corpus/sec16_palantir-thiel-lawfirm-agents-2020.txt, EX-24,
// EDGAR accession 0001209191-20-051619): the first power of its grant, after "attorneys-in-fact and agents to".
const PALANTIR_POWER = "complete and execute such Forms 144, Form ID, Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in his or her discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933, as amended, Section 16 of the Securities Exchange Act of 1934, as amended, and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned's ownership, acquisition or disposition of securities of the Corporation";

// The SolarCity 2012 power of Elon Musk (../shared/corpus/sec16_solarcity-musk-witness-2012.txt, EX-24, EDGAR accession
// 0001181431-12-064161): the same form as the 2012 filing words it, "as such attorney shall in his discretion".
const SOLARCITY_POWER = "complete and execute such Forms 144, Forms 3, 4 and 5 and other forms as such attorney shall in his discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933 (as amended), Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned's ownership, acquisition or disposition of securities of the Company";

const ctx = { issuerRef: (text: string) => (text === 'the Corporation' ? 'palantir' : text === 'the Company' ? 'solarcity' : undefined) };

describe('the forms and statutes of every filing named together', () => {
    it('reads Forms 144 under Rule 144, Form ID under Regulation S-T and Forms 3, 4 and 5 under Section 16(a)', () => {
        expect(recogniseFormsTogether(PALANTIR_POWER, ctx)).toMatchObject({
            clause: 'securities-power',
            style: 'forms-together',
            line: 'file form144 under rule144\nfile formID under regulationST\nfile form3, form4, form5 under section16a',
            // "Rule 144 promulgated under ...", "Section 16 of ..." for Section 16(a): the citation style that says so.
            phrasings: ['phrasing securities-power style forms-together', 'phrasing citation style promulgated-under-section-16']
        });
    });

    it('reads the 2012 wording, "such attorney ... in his discretion", with the agents\' pronoun it uses', () => {
        expect(recogniseFormsTogether(SOLARCITY_POWER, ctx)).toMatchObject({
            style: 'forms-together-such-attorney',
            line: 'file form144 under rule144\nfile form3, form4, form5 under section16a',
            phrasings: ['phrasing securities-power style forms-together-such-attorney', 'phrasing citation style promulgated-under-section-16'],
            agentPossessive: 'his'
        });
    });

    it('reads nothing where the power names an issuer the instrument does not know', () => {
        expect(recogniseFormsTogether(PALANTIR_POWER.replace(/the Corporation$/, 'Another Company, Inc.'), ctx)).toBeUndefined();
    });

    it('reads nothing where a form is cited under no statute the list names', () => {
        // Forms 3, 4 and 5 with Rule 144 alone: Section 16 is not cited, so their statute is not the text's.
        const text = PALANTIR_POWER.replace(', Section 16 of the Securities Exchange Act of 1934, as amended', '');
        expect(recogniseFormsTogether(text, ctx)).toBeUndefined();
    });
});
