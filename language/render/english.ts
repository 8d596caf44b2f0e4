/** Small pieces of legal English: lists, ordinals, dates. Pure functions over strings and runs. */
import { monthName, type CalendarDate } from '../model/calendar-date.js';
import type { Run } from './document-tree.js';

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
export function ordinal(n: number): string {
    const mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
    return `${n}${ORDINAL_SUFFIXES[n % 10] ?? 'th'}`;
}

/** The suffix by last digit, made once (an object literal here was made on every call). */
const ORDINAL_SUFFIXES: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** "26th day of July, 2007" (the caller adds "this" or "the"). */
export function legalDate(d: CalendarDate): string {
    return `${ordinal(d.day)} day of ${monthName(d.month)}, ${d.year}`;
}

/** "07 day of February, 2022": the day in two digits with no ordinal, as a form's date field fills it in. */
export function twoDigitDayDate(d: CalendarDate): string {
    return `${String(d.day).padStart(2, '0')} day of ${monthName(d.month)}, ${d.year}`;
}

export type Conjunction = 'and' | 'or' | 'and/or';

/**
 * Joins items as English does: "A", "A and B", "A, B and C". When items
 * contain commas, every item is separated by a comma and the conjunction
 * ("A, as amended, and B, and C"), so that the list cannot be misread.
 */
export function joinWords(items: readonly string[], conjunction: Conjunction = 'and'): string {
    return joinRuns(items.map((text) => [{ text }]), conjunction).map((r) => r.text).join('');
}

/** `joinWords` for runs: each item is a list of runs. */
export function joinRuns(items: readonly Run[][], conjunction: Conjunction = 'and', serialComma = false): Run[] {
    if (items.length === 0) return [];
    if (items.length === 1) return [...items[0]];
    // Loops and a function of the module, not closures made on each call: lists are joined a dozen times a document.
    let complex = false;
    for (const item of items) if (hasListComma(item)) { complex = true; break; }
    const serial = serialComma && items.length > 2;
    const out: Run[] = [];
    for (let i = 0; i < items.length; i++) {
        if (i > 0) {
            const last = i === items.length - 1;
            // Two items take a comma only to close a first item that has commas of its own.
            if (serial && !complex) out.push({ text: last ? `, ${conjunction} ` : ', ' });
            else if (complex && (items.length > 2 || hasListComma(items[i - 1]))) out.push({ text: last || conjunction === 'and' ? `, ${conjunction} ` : ', ' });
            else out.push({ text: last ? ` ${conjunction} ` : ', ' });
        }
        for (const r of items[i]) out.push(r);
    }
    return out;
}

/** An item with a comma of its own; a comma inside a name ("R. Andrew Dickson, III") is part of the name, not of the list's structure. */
function hasListComma(item: readonly Run[]): boolean {
    for (const r of item) if (r.role !== 'party' && r.text.includes(',')) return true;
    return false;
}

/** Enumerates clauses as "(i) A, and (ii) B" or "(i) A, (ii) B, and (iii) C"; one item stays unmarked. */
export function enumerateRuns(items: readonly Run[][], style: 'roman' | 'arabic' | 'dotted' | 'lettered', separator = ',', conjunction: 'and' | 'or' = 'and'): Run[] {
    if (items.length === 1) return [...items[0]];
    const marker = (n: number): string => (style === 'dotted' ? `${n}.` : `(${style === 'roman' ? roman(n) : style === 'lettered' ? String.fromCharCode(97 + ((n - 1) % 26)) : n})`);
    return enumerateWithMarker(items, marker, separator, conjunction);
}

/**
 * A list marker as a lawyer writes the first one: "(1)", "1.", "1)", "(a)", "a.", "(A)", "A.", "(i)", "i.", "(I)", "I.".
 * Returns how to write the nth marker (1-based), or undefined for a marker that is not one of these.
 */
export function listMarker(first: string): ((n: number) => string) | undefined {
    const m = /^(\(?)(1|a|A|i|I)([.)]?)$/.exec(first.trim());
    if (!m || (m[1] === '(' && m[3] !== ')') || (m[1] === '' && m[3] === '')) return undefined;
    const [, open, kind, close] = m;
    const count = (n: number): string => {
        switch (kind) {
            case '1': return String(n);
            case 'a': return String.fromCharCode(97 + ((n - 1) % 26));
            case 'A': return String.fromCharCode(65 + ((n - 1) % 26));
            case 'i': return roman(n);
            default: return roman(n).toUpperCase();
        }
    };
    return (n) => `${open}${count(n)}${close}`;
}

/** Items after the lawyer's own markers: "(i) ...; (ii) ...; and (iii) ...". */
export function enumerateWithMarker(items: readonly Run[][], marker: (n: number) => string, separator = ';', conjunction: 'and' | 'or' = 'and'): Run[] {
    const out: Run[] = [];
    items.forEach((item, i) => {
        if (i > 0) out.push({ text: i === items.length - 1 ? `${separator} ${conjunction} ` : `${separator} ` });
        out.push({ text: `${marker(i + 1)} ` }, ...item);
    });
    return out;
}

export function roman(n: number): string {
    let out = '';
    for (const [value, letters] of ROMAN) {
        while (n >= value) {
            out += letters;
            n -= value;
        }
    }
    return out;
}

/** The numerals `roman` writes with, made once (a table made on each call was most of what it allocated). */
const ROMAN: readonly (readonly [number, string])[] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** "attorneys-in-fact" -> "Attorneys-in-fact" for the start of a sentence. */
/** The indefinite article a word takes: "an officer", "a director". */
export function indefiniteArticle(word: string): 'a' | 'an' {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "officerName" -> "OFFICER NAME", the conventional way to mark a blank in a form. */
export function blankLabel(parameter: string | undefined): string {
    if (!parameter) return '...';
    return parameter.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toUpperCase();
}

/** 5 -> "fifth" (up to tenth; then "11th"). */
export function ordinalWord(n: number): string {
    return ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][n] ?? ordinal(n);
}

/** The number word for small counts ("two witnesses"). */
export function countWord(n: number): string {
    return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}
