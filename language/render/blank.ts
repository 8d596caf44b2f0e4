/**
 * A blank left on the instrument for a hand to fill in: a line of underscores with its caption,
 * "____________ (name of attorney-in-fact)". One rendering for the blanks of statutory forms
 * (`forms/render-statutory-form.ts`) and for the `blank "caption"` values of any instrument.
 */
import type { BlankModel } from '../model/poa-model.js';
import type { Run } from './document-tree.js';

/** The length of a blank line when the file does not give one. */
export const BLANK_WIDTH = 10;

/** A run marked as a blank, with the text the instrument prints there. */
export function blankRun(text: string, ref?: string, source?: Run['source'], note?: string): Run {
    return { text, role: 'blank', ref, source, ...(note ? { note } : {}) };
}

/**
 * "__________ (name of attorney-in-fact)": the line, then its caption in parentheses; a `dotted` blank is a row of
 * dots, "........ (your name and address)", as statutes print their forms' blanks (Cal. Prob. Code § 4401,
 * Conn. Gen. Stat. § 1-352, Neb. Rev. Stat. § 30-4041).
 */
export function blankText(blank: BlankModel): string {
    const line = (blank.dotted ? '.' : '_').repeat(blank.width ?? BLANK_WIDTH);
    return blank.caption ? `${line} (${blank.caption})` : line;
}

/**
 * A blank date: "__________ day of __________, ______" (legal) or "__________, ______" (plain) when
 * the blank has a length, each part a line of it and the year a line of six; without one, the
 * short lines of the default blank date ("____ day of ____________, 20__"). A caption that is a year printed in
 * part (`blank 10 "199__"`) prints as the year: "__________ day of __________, 199__".
 */
export function blankDateText(blank: BlankModel | undefined, style: 'legal' | 'plain'): string {
    const width = blank?.width;
    const fill = blank?.dotted ? '.' : '_';
    const day = fill.repeat(width ?? 4);
    const month = fill.repeat(width ?? 12);
    // A caption that is a year printed in part ("199__", as a form printed in the 1990s leaves it) is the year's blank.
    const printedYear = blank?.caption && /^\d{1,3}_+$/.test(blank.caption) ? blank.caption : undefined;
    const year = printedYear ?? (width ? fill.repeat(6) : `20${fill.repeat(2)}`);
    const caption = blank?.caption && !printedYear ? ` (${blank.caption})` : '';
    return (style === 'legal' ? `${day} day of ${month}, ${year}` : `${month}, ${year}`) + caption;
}
