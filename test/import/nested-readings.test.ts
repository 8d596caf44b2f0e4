/**
 * The readings of a sentence recognised whole that take another style of a nested clause: the composed pattern
 * takes the first style of a nested clause that fits, so a later style with the same words is read only when the
 * first is excluded (`ComposedRecogniser.readings`, tried when the first reading does not render back).
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser } from '../../language/import/composed-template.js';
import { TERM_FRAMES, TERM_SENTENCE_CLAUSES } from '../../language/import/term-sentences.js';

// The Yelp 2012 Section 16 power (../shared/corpus/sec16_yelp-rabois-formid-2012.txt): its term, whose end
// ("until revoked ...") is worded alike by several styles of `term-end` (language/phrasebook/term.ts, variant `revoked`).
const YELP_TERM = 'This Power of Attorney shall remain in full force and effect until revoked by the undersigned in a signed writing delivered to such attorney-in-fact.';
// The Meta 2022 Section 16 power (../shared/corpus/sec16_meta-thiel-2022.txt): an acknowledgment with no nested clause.
const META_ACKNOWLEDGMENT = "The undersigned acknowledges that no such attorney-in-fact, in serving in such capacity at the request of the undersigned, is hereby assuming, nor is the Company hereby assuming, any of the undersigned's responsibilities to comply with Section 16 of the Exchange Act.";

describe('readings of a nested clause', () => {
    const recogniser = new ComposedRecogniser(['incidental-authority', 'acknowledgment', 'ratification', ...TERM_SENTENCE_CLAUSES], TERM_FRAMES, true);
    const termEnd = (m: { uses: { clause: string; style: string; variant?: string; text?: string }[] }) => m.uses.find((u) => u.clause === 'term-end');

    it('reads the first style that fits first, then the later styles of the nested clause with the same words', () => {
        const first = recogniser.matchAll(YELP_TERM);
        expect(first).toHaveLength(1);
        expect(termEnd(first[0])).toMatchObject({ style: 'no-longer-required', variant: 'revoked' });
        const all = recogniser.readings(YELP_TERM);
        expect(all[0]).toEqual(first[0]);
        const others = all.slice(1).map(termEnd);
        expect(others.length).toBeGreaterThanOrEqual(2);
        // Each another style of the term's end, read from the same words; none read twice.
        for (const o of others) expect(o).toMatchObject({ text: 'remain in full force and effect until revoked by the undersigned in a signed writing delivered to such attorney-in-fact' });
        // Other styles of the term's end are read; and no reading is given twice (one nested clause varies at a time, so a
        // reading may keep the first reading's term end and vary its revocation instead).
        expect(others.map((o) => o?.style)).toEqual(expect.arrayContaining(['earliest-of', 'earliest-to-occur']));
        const keys = all.map((m) => m.uses.map((u) => `${u.clause}:${u.style}/${u.variant}`).join(' '));
        expect(new Set(keys).size).toBe(keys.length);
        // The rest of the sentence is read as the first reading reads it.
        const revocation = (m: { uses: { clause: string; style: string }[] }) => m.uses.find((u) => u.clause === 'revocation')?.style;
        for (const m of all) {
            expect(m).toMatchObject({ clause: 'term', style: 'sentence' });
            if (revocation(m) === revocation(first[0])) expect(m.slots).toEqual(first[0].slots);
        }
    });

    it('gives only the readings of the whole sentence when it has no nested clause', () => {
        const first = recogniser.matchAll(META_ACKNOWLEDGMENT);
        expect(first.length).toBeGreaterThan(0);
        expect(recogniser.readings(META_ACKNOWLEDGMENT)).toEqual(first);
    });

    it('reads nothing in a sentence no style fits', () => {
        expect(recogniser.readings('The undersigned shall be paid a reasonable fee for these services.')).toEqual([]);
    });
});
