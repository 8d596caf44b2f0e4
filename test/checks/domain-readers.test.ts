/**
 * Two domain readers written as loops for speed must answer exactly what their one-line definitions answer
 * (kept here as the specification): a calendar date (`parseCalendarDate`, the pattern
 * `/^(\d{4})-(\d{2})-(\d{2})$/` and the month's length) and a name's comparison key (`nameKey`: lower case,
 * periods and commas dropped, white space collapsed and trimmed as `\s` and `trim` see it).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCalendarDate } from '../../language/model/calendar-date.js';
import { nameKey } from '../../language/rules/rule-helpers.js';

function datePerPattern(iso: string): { year: number; month: number; day: number } | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return month < 1 || month > 12 || day < 1 || day > days ? undefined : { year, month, day };
}

const keyPerPatterns = (name: string) => name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/** Every code unit `\s` matches, and a few that it does not. */
const SPACES = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c));

describe('parseCalendarDate', () => {
    test('answers as the pattern and the month lengths do, on date-like and other text', () => {
        const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
            .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        const nearDate = fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ' ', '\n', '٣', 'a'), minLength: 8, maxLength: 12 });
        fc.assert(fc.property(fc.oneof(dateLike, nearDate, fc.string()), (text) => {
            expect(parseCalendarDate(text)).toEqual(datePerPattern(text));
        }), { numRuns: 20000 });
        expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
        expect(parseCalendarDate(undefined)).toBeUndefined();
    });
});

describe('nameKey', () => {
    test('answers as the lower case, the two replacements and trim do, with every white-space code unit', () => {
        expect(SPACES.length).toBeGreaterThan(20);
        const unit = fc.oneof(fc.constantFrom(...SPACES, '.', ',', 'A', 'b', 'É', 'ß', '-', "'"), fc.string({ minLength: 1, maxLength: 1 }));
        fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (name) => {
            expect(nameKey(name)).toBe(keyPerPatterns(name));
        }), { numRuns: 20000 });
        expect(nameKey('  Alan J.  Kreczko, ')).toBe('alan j kreczko');
    });
});
