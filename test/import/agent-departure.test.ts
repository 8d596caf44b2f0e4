/**
 * An agent's authority ending when that agent leaves the company (the phrasebook's `agent-departure`), read in the
 * term's sentence it continues (", except that in respect of any person herein appointed ...") as
 * `lapses for any agent on leaving ...`, the employers and the role read back as the renderer words them.
 */
import { describe, expect, it } from 'vitest';
import { departureLine } from '../../language/import/agent-departure.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');
const company = (t: string) => (t === 'the Company' ? 'acme' : undefined);

describe('the words of an agent departure', () => {
    it('reads the issuer with its subsidiaries, and the role without its article', () => {
        expect(departureLine({ 'departure-role': 'an officer and/or director', 'departure-employers': 'the Company or its subsidiaries' }, company))
            .toBe('lapses for any agent on leaving acme and subsidiaries as "officer and/or director"');
        expect(departureLine({ 'departure-role': 'an employee', 'departure-employers': 'the Company' }, company)).toBe('lapses for any agent on leaving acme');
    });

    it('reads several employers only with the ", as applicable" the renderer prints after them', () => {
        expect(departureLine({ 'departure-role': 'an employee', 'departure-employers': 'the Company, or any of its subsidiaries, or Cooley LLP, as applicable' }, company))
            .toBe('lapses for any agent on leaving acme and subsidiaries, "Cooley LLP"');
        expect(departureLine({ 'departure-role': 'an employee', 'departure-employers': 'the Company, or Cooley LLP' }, company)).toBeUndefined();
        expect(departureLine({ 'departure-role': 'employee', 'departure-employers': 'the Company' }, company)).toBeUndefined();
    });
});

// The Affirm 2021 term (../shared/corpus/sec16_affirm-levchin-2021.txt, EX-24, EDGAR accession 0001209191-21-003525),
// in a classic power whose filings are recognised (the end names the grant's forms).
const TERM = "This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4, and 5 with respect to the undersigned's holdings of and transactions in securities issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact, except that in respect of any person herein appointed as an attorney-in-fact of the undersigned, this Power of Attorney shall be revoked and shall cease to be effective immediately with respect to such person at such time as such person shall no longer be an officer and/or director of the Company or its subsidiaries.";

/** A classic power whose filings are recognised, with the term given. */
function classicPower(term: string): string {
    return [
        'POWER OF ATTORNEY',
        'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Park or any of them signing singly, and with full power of substitution, the undersigned\'s true and lawful attorney-in-fact to:',
        '(1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as an officer and/or director of Acme Holdings, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;',
        '(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any stock exchange or similar authority.',
        term,
        'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 28th day of April, 2021.',
        '/s/ Cy Doe'
    ].join('\n\n');
}

describe('a term continued by an agent departure', () => {
    it('is recognised whole, the departure a part of the term', async () => {
        const { poa, report } = await importText(classicPower(TERM), 'acme.txt');
        expect(poa).toMatch(/term \{ ends when no longer subject to section16 for (\w+)\s+lapses for any agent on leaving \1 and subsidiaries as "officer and\/or director" \}/);
        expect(poa).toContain('phrasing agent-departure style except-in-respect');
        expect(report.keptAsWritten.some((k) => k.text.startsWith('This Power of Attorney shall remain'))).toBe(false);
        expect(words(await renderSource(poa))).toContain(words(TERM));
    });
});

// A term-end style that words an agent's departure as one of its ends ("until the earliest to occur of (a) ..., (b)
// revocation ... or (c) as to any attorney-in-fact individually, until such attorney-in-fact is no longer employed by
// ..."): the departure is read from its {departure-employers}, with no role (the style names none).
describe('an agent departure with no role of its own', () => {
    it('is the default role (the renderer prints none)', () => {
        expect(departureLine({ 'departure-employers': 'the Company, or any of its subsidiaries, or Baker Botts LLP, as applicable' }, company))
            .toBe('lapses for any agent on leaving acme and subsidiaries, "Baker Botts LLP"');
        expect(departureLine({ 'departure-employers': 'the Company' }, company)).toBe('lapses for any agent on leaving acme');
    });
});

// The term of the MongoDB 2020 power (../shared/corpus/sec16_mongodb-botha-cooley-form5-2020.txt, EX-24 to EDGAR
// accession 0001441816-20-000060), with another firm.
const EARLIEST_TERM = "This Power of Attorney shall remain in full force and effect until the earliest to occur of (a) the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned's holdings of and transactions in securities issued by the Company, (b) revocation by the undersigned in a signed writing delivered to the Company and the foregoing attorneys-in-fact or (c) as to any attorney-in-fact individually, until such attorney-in-fact is no longer employed by the Company, or any of its subsidiaries, or Baker Botts LLP, as applicable.";

describe('a term that lists an agent leaving among its ends', () => {
    it('is recognised whole: the status, the revocation and the departure', async () => {
        const { poa, report } = await importText(classicPower(EARLIEST_TERM), 'acme.txt');
        expect(poa).toMatch(/term \{ ends when no longer subject to section16 for (\w+)\s+lapses for any agent on leaving \1 and subsidiaries, "Baker Botts LLP" \}/);
        expect(poa).toContain('phrasing term-end style earliest-to-occur');
        expect(poa).toMatch(/revocation by signed-writing delivered to issuer, agents/);
        expect(report.keptAsWritten.some((k) => k.text.startsWith('This Power of Attorney shall remain'))).toBe(false);
        expect(words(await renderSource(poa))).toContain(words(EARLIEST_TERM));
    });
});
