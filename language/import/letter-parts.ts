/**
 * The parts of a power given as a letter (`letter { ... }`): the letterhead
 * above the date line, the date line, the addressee's block, the "Re:" line,
 * the salutation, the complimentary close and the footer under the signature.
 * These are layout, not phrasings: they are recognised by their place (a date
 * alone on a line near the top, short lines after it, a close that ends in a
 * comma) and written back as the values of the letter's parts, which the
 * renderer prints line for line.
 */
import { parseDate } from './slot-parsers.js';

export interface LetterUnit {
    text: string;
    paragraph: number;
}

export interface ImportedLetter {
    letterhead: string[];
    /** The date line, ISO (`dated 2003-07-14`). */
    dated: string;
    dates: 'legal' | 'plain';
    to: string[];
    re?: string;
    salutation?: string;
    close?: string;
    /** Lines under the signature block (an address, a telephone number). */
    footer: string[];
    /** The units the letter's parts account for, by index. */
    units: Set<number>;
    /** The index of the close: the signature block follows it. */
    closeIndex?: number;
}

/** "Very truly yours,", "Sincerely,": the words before the signature of a letter. */
const CLOSE = /^(?:very truly yours|yours (?:very )?truly|sincerely(?: yours)?|respectfully(?: yours| submitted)?|(?:best |kind )?regards|cordially(?: yours)?|yours sincerely|yours faithfully),$/i;
/** "Dear Sirs:", "To whom it may concern:", "Ladies and Gentlemen:". */
const SALUTATION = /^(?:dear\s.{1,80}|to whom it may concern|ladies and gentlemen|gentlemen|sirs|madam|sir)[:,]$/i;
const RE = /^re:\s+(.+)$/i;
/** A line of a block of address lines: short, not a sentence. */
const isShortLine = (t: string) => t.length <= 70 && !/[;:]$/.test(t) && !/\.\s+[A-Z][a-z]+\s/.test(t);

/**
 * The letter's parts, when the document opens with a date line (within its first few lines) followed by an
 * addressee and closes with a complimentary close: both are needed, so that a power that only starts with a
 * date is not taken for a letter.
 */
export function recogniseLetter(units: readonly LetterUnit[]): ImportedLetter | undefined {
    const dateIndex = units.slice(0, 6).findIndex((u) => parseDate(u.text) !== undefined && /^[A-Z0-9]/.test(u.text));
    if (dateIndex < 0) return undefined;
    const closeIndex = units.findIndex((u, i) => i > dateIndex && CLOSE.test(u.text));
    if (closeIndex < 0) return undefined;
    const date = parseDate(units[dateIndex].text)!;
    const used = new Set<number>();
    // The letterhead: every short line above the date line.
    const letterhead = units.slice(0, dateIndex).map((u) => u.text);
    if (letterhead.some((l) => !isShortLine(l))) return undefined;
    letterhead.forEach((_, i) => used.add(i));
    used.add(dateIndex);
    // The addressee: the short lines after the date, in the paragraphs before the first sentence.
    const to: string[] = [];
    let i = dateIndex + 1;
    while (i < closeIndex && to.length < 8 && isShortLine(units[i].text) && !RE.test(units[i].text) && !SALUTATION.test(units[i].text) && !/[.!?]$/.test(units[i].text.replace(/\b(?:N\.W|N\.E|S\.W|S\.E|D\.C|Inc|Corp|Co|Ltd|St|Ave)\.$/, ''))) {
        to.push(units[i].text);
        used.add(i++);
    }
    let re: string | undefined;
    const reMatch = i < closeIndex ? RE.exec(units[i].text) : null;
    if (reMatch) { re = reMatch[1]; used.add(i++); }
    let salutation: string | undefined;
    if (i < closeIndex && SALUTATION.test(units[i].text)) { salutation = units[i].text; used.add(i); }
    used.add(closeIndex);
    // The footer: the lines of the last paragraphs after the signature block, when they are not the signer's lines.
    const footer: string[] = [];
    const last = units.length - 1;
    const signatureParagraph = units[closeIndex + 1]?.paragraph;
    for (let j = closeIndex + 1; j <= last; j++) {
        if (units[j].paragraph === signatureParagraph || units[j].paragraph === units[closeIndex].paragraph) continue;
        if (!isShortLine(units[j].text) || /^\/s\//.test(units[j].text)) return { letterhead, dated: date.iso, dates: date.style, to, re, salutation, close: units[closeIndex].text, footer: [], units: used, closeIndex };
        footer.push(units[j].text);
    }
    for (let j = last - footer.length + 1; j <= last; j++) used.add(j);
    return { letterhead, dated: date.iso, dates: date.style, to, re, salutation, close: units[closeIndex].text, footer, units: used, closeIndex };
}

/** The letter's parts as `.poa` lines (the `letter { ... }` block). */
export function letterLines(letter: ImportedLetter, quote: (t: string) => string): string[] {
    const list = (items: string[]) => items.map(quote).join(', ');
    return [
        'letter {',
        ...(letter.letterhead.length ? [`    letterhead ${list(letter.letterhead)}`] : []),
        `    dated ${letter.dated}`,
        ...(letter.to.length ? [`    to ${list(letter.to)}`] : []),
        ...(letter.re ? [`    re ${quote(letter.re)}`] : []),
        ...(letter.salutation ? [`    salutation ${quote(letter.salutation)}`] : []),
        ...(letter.close ? [`    close ${quote(letter.close)}`] : []),
        ...(letter.footer.length ? [`    footer ${list(letter.footer)}`] : []),
        '}'
    ];
}

/**
 * A date printed alone above the text, under the title and before the first sentence ("POWER OF ATTORNEY" /
 * "January 9, 2023" / "Know all by these presents ..."), in a power that is no letter: the letter's date line alone
 * (`letter { dated 2023-01-09 }`), which the renderer prints in the same place, so that it is not kept as written on
 * the grant. The lines above it must be short lines (the title), the line after it a sentence.
 */
export function recogniseDateHeading(units: readonly LetterUnit[]): ImportedLetter | undefined {
    // Written as the renderer prints a letter's date ("January 9, 2023"), so that it renders back word for word.
    const dateIndex = units.slice(0, 4).findIndex((u) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(u.text) && parseDate(u.text) !== undefined);
    if (dateIndex < 0) return undefined;
    const next = units[dateIndex + 1];
    if (!next || isShortLine(next.text) || units.slice(0, dateIndex).some((u) => !isShortLine(u.text) || /[.!?]$/.test(u.text))) return undefined;
    // The date is a line of its own, not the start of a paragraph.
    if (units.some((u, i) => i !== dateIndex && u.paragraph === units[dateIndex].paragraph)) return undefined;
    const date = parseDate(units[dateIndex].text)!;
    return { letterhead: [], dated: date.iso, dates: date.style, to: [], footer: [], units: new Set([dateIndex]) };
}
