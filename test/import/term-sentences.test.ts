/**
 * Supersession, the term's start and end, revocation and durability are recognised from the phrasebook's
 * own styles: the term's sentence as the renderer joins its predicates, and the styles worded as sentences.
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser } from '../../language/import/composed-template.js';
import { importText } from '../../language/import/index.js';
import { TERM_FRAMES, TERM_SENTENCE_CLAUSES } from '../../language/import/term-sentences.js';
import { TEMPORARY_PHRASEBOOK } from '../../language/import/temporary-phrasebook.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ');
const recogniser = new ComposedRecogniser(TERM_SENTENCE_CLAUSES, TERM_FRAMES);

// The term paragraph of the Hartford 2007 Section 16 power (examples/hartford-2007-section16.poa renders it).
const HARTFORD = 'This authorization shall supersede all prior authorizations to act for the undersigned with respect to securities of the Company in these matters, which prior authorizations are hereby revoked, and shall remain in effect for so long as the undersigned (in his individual capacity or in a fiduciary or any other capacity) has any obligations under Section 16 of the 1934 Act with respect to securities of the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.';

describe('the term sentence from the phrasebook', () => {
    it('reads supersession, end and revocation as the styles the renderer joins', () => {
        const m = recogniser.match(HARTFORD)!;
        expect(m).toMatchObject({ clause: 'term', style: 'sentence' });
        expect(m.uses.map((u) => [u.clause, u.style, u.variant])).toEqual(expect.arrayContaining([
            ['supersession', 'supersede', 'all-revoking'],
            ['term-end', 'remain-in-effect', 'section16'],
            ['revocation-frame', 'unless-earlier-revoked', undefined],
            ['revocation', 'by-the-undersigned', undefined]
        ]));
        expect(m.slots).toMatchObject({ 'prior-what': 'authorizations', 'superseded-issuer': 'the Company', 'status-issuer': 'the Company' });
    });

    it('reads a start and an end joined by ", and shall"', () => {
        const m = recogniser.match('This power of attorney shall become effective on March 1, 2024, and shall remain in effect until December 31, 2025.')!;
        expect(m.uses.map((u) => [u.clause, u.variant])).toEqual(expect.arrayContaining([['term-start', undefined], ['term-end', 'date']]));
        expect(m.slots).toMatchObject({ 'start-date': 'March 1, 2024', 'end-date': 'December 31, 2025' });
    });

    it('reads the sentences that stand alone: springing start with its determination, durability, revocation, supersession, confirming statement', () => {
        expect(recogniser.match('This power of attorney shall become effective upon my incapacity, as determined in writing by a licensed physician who has examined me.'))
            .toMatchObject({ clause: 'term-start', variant: 'springing', uses: expect.arrayContaining([expect.objectContaining({ clause: 'determination', variant: 'physician' })]) });
        expect(recogniser.match('This power of attorney shall not be affected by my subsequent disability or incapacity, or by lapse of time.')).toMatchObject({ clause: 'durability', style: 'lapse-of-time' });
        expect(recogniser.match('This power of attorney may be revoked at any time by me in a signed writing.')).toMatchObject({ clause: 'revocation-frame', variant: 'alone' });
        expect(recogniser.match('This power of attorney does not revoke any power of attorney previously granted by me.')).toMatchObject({ clause: 'supersession', variant: 'nothing' });
        expect(recogniser.match('This Limited Power of Attorney may be filed with the SEC as a confirming statement of the authority granted herein.')).toMatchObject({ clause: 'confirming-statement', style: 'may-be-filed' });
        expect(recogniser.match('The laws of the State of Delaware govern this instrument.')).toBeUndefined();
    });

    it('is no longer read from the temporary phrasebook', () => {
        const retired = ['term', 'supersession', 'term-start', 'term-end', 'revocation', 'durability'];
        expect(TEMPORARY_PHRASEBOOK.filter((t) => retired.includes(t.clause))).toEqual([]);
    });
});

describe('importing the term', () => {
    it('writes the supersession, start, end, revocation and durability, which render their words back', async () => {
        const term = [
            'This power of attorney shall supersede the power of attorney granted by me and dated June 1, 2019, which is hereby revoked, shall become effective on March 1, 2024, and shall remain in effect until December 31, 2025, unless earlier revoked by me in a signed writing.',
            'This power of attorney shall not be affected by my subsequent disability or incapacity, or by lapse of time.'
        ].join(' ');
        const text = [
            'POWER OF ATTORNEY', '',
            'I, Ann Lee, of Denver, Colorado, do hereby nominate, constitute and appoint Bo Chan, my true and lawful attorney-in-fact, to act for me with general authority with respect to the following subjects: real property.', '',
            term, '',
            'IN WITNESS WHEREOF, I have hereunto set my hand this 1st day of March, 2024.'
        ].join('\n');
        const { poa } = await importText(text, 'term.txt');
        expect(poa).toContain('supersedes instrument dated 2019-06-01');
        expect(poa).toContain('revocation by signed-writing');
        expect(poa).toMatch(/term \{ starts on 2024-03-01 {2}ends on 2025-12-31 {2}durable \}/);
        expect(words(await renderSource(poa))).toContain(words(term));
    });
});
