/**
 * Calendar dates: the one place a date written YYYY-MM-DD is read. The model
 * keeps a date's value only when it names a day of the Gregorian calendar
 * (no February 30); the checks, the renderer, template parameters and the
 * writers all go through these functions.
 */

export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Parses YYYY-MM-DD; undefined unless it is a real calendar date. Read character by character (what
 * `/^(\d{4})-(\d{2})-(\d{2})$/` accepts: ASCII digits, the whole text): the model, the checks and the
 * renderer read each date of a file several times, and the match's array and strings were most of the cost.
 */
export function parseCalendarDate(iso: string | undefined): CalendarDate | undefined {
    if (iso === undefined || iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN) return undefined;
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { year, month, day };
}

const HYPHEN = 0x2d;

/** The number the ASCII digits from `from` to `to` write, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
    let value = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9) return -1;
        value = value * 10 + digit;
    }
    return value;
}

/** True for YYYY-MM-DD text that names a day of the calendar. */
export function isCalendarDate(iso: string | undefined): iso is string {
    return parseCalendarDate(iso) !== undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Midnight UTC of the day (for arithmetic and for file metadata such as a PDF's creation date). */
export function utcDate(d: CalendarDate): Date {
    return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** Adds a duration to a calendar date written YYYY-MM-DD (calendar arithmetic in UTC). */
export function addDuration(iso: string, count: number, unit: 'days' | 'months' | 'years'): string {
    const d = parseCalendarDate(iso);
    if (!d) throw new Error(`not a calendar date: ${iso}`);
    const t = utcDate(d);
    if (unit === 'days') t.setUTCDate(t.getUTCDate() + count);
    else if (unit === 'months') t.setUTCMonth(t.getUTCMonth() + count);
    else t.setUTCFullYear(t.getUTCFullYear() + count);
    return t.toISOString().slice(0, 10);
}

/** "July 26, 2007". */
export function plainDate(d: CalendarDate): string {
    return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

/** "2007-07-26" -> "July 26, 2007" (for messages); the text itself when it is not a calendar date. */
export function longDate(iso: string): string {
    const d = parseCalendarDate(iso);
    return d ? plainDate(d) : iso;
}

/** The month's name, 1-based ("July" for 7). */
export function monthName(month: number): string {
    return MONTHS[month - 1];
}
