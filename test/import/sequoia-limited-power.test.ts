/**
 * The Sequoia Capital limited power of Roelof F. Botha of April 24, 2017 (test/fixtures/sec16_mongodb-botha-sequoia-2017.txt,
 * a copy of ../shared/corpus's, so the test runs on a clone without the corpus;
 * EX-24.1 to EDGAR accession 0000899243-17-024441), read from the phrasebook: its chained filings with "any Forms 144"
 * and "Rule 144 under" its act (citation `rule-under`), its incidental authority "whatsoever required, necessary, or
 * proper" (`personally-present-required`) with the ratification of "each such" agent and "any such" agent's substitutes
 * (`each-such-or-any-such-substitutes`), its item (2) naming each form after the Section 16 series by its own name
 * (`do-and-perform-each-form`), and its acknowledgment of the responsibilities under Section 13, Section 16 and
 * Rule 144 (`not-assuming-any-issuer-13-16-144`).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { citationStyleOf } from '../../language/import/grant-recogniser.js';
import { readFixture, renderSource, syntaxErrors } from '../helpers.js';

const FILE = 'sec16_mongodb-botha-sequoia-2017.txt';
const words = (s: string) => (s.match(/[A-Za-z0-9'-]+/g) ?? []).join(' ').toLowerCase();

describe('a citation in other words than the catalog\'s', () => {
    it('reads "Rule 144 under" its act as citation rule-under, the catalog\'s words and a section as no style', () => {
        expect(citationStyleOf('Rule 144 under the Securities Act of 1933, as amended (the "1933 Act")', 'rule144')).toBe('rule-under');
        expect(citationStyleOf('Rule 144 promulgated under the Securities Act of 1933', 'rule144')).toBe('promulgated-under');
        expect(citationStyleOf('Rule 144 of the Securities Act of 1933', 'rule144')).toBeUndefined();
        expect(citationStyleOf('Section 16(a) of the Securities Exchange Act of 1934', 'section16a')).toBeUndefined();
        // Words no style has for the statute are no style's.
        expect(citationStyleOf('Section 16(a) under the Securities Exchange Act of 1934', 'section16a')).toBeUndefined();
    });
});

describe('the Sequoia Capital limited power (MongoDB, 2017)', () => {
    it('is read from the phrasebook and renders its sentences back word for word', async () => {
        const text = readFixture(FILE);
        const { poa, report } = await importText(text, 'sec16_mongodb-botha-sequoia-2017.txt');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(poa).toContain('file form144 under rule144 style or-any');
        expect(poa).toContain('phrasing citation style rule-under');
        expect(poa).toContain('incidental authority style personally-present-required');
        expect(poa).toContain('ratification style each-such-or-any-such-substitutes');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-any-issuer-13-16-144');
        expect(poa).toContain('with sec, exchanges style do-and-perform-each-form');
        expect(poa).not.toContain('power worded');
        const kept = report.keptAsWritten.map((k) => k.text).join('\n');
        expect(kept).not.toMatch(/^Execute for and on behalf/m);
        expect(kept).not.toMatch(/hereby grants to each such attorney-in-fact/);
        expect(kept).not.toMatch(/acknowledges that the foregoing/);
        const rendered = words(await renderSource(poa));
        for (const sentence of [
            'or any Forms 144 in accordance with Rule 144 under the Securities Act of 1933, as amended (the "1933 Act")',
            'whatsoever required, necessary, or proper to be done',
            'to complete and execute any such Form 3, 4, or 5, Schedule 13D, Schedule 13G, Form 13F, Form 13H or Form 144 or amendment thereto and timely file such form',
            'hereby ratifying and confirming all that each such attorney-in-fact, or any such attorney-in-fact\'s substitute or substitutes, shall lawfully do',
            'to comply with Section 13 or Section 16 of the 1934 Act or Rule 144 under the 1933 Act.'
        ]) expect(rendered).toContain(words(sentence));
    });
});
