/**
 * Small helpers the rule modules share: ranges for findings and the quick-fix
 * data for the common "insert this clause" and "add this line" fixes.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import type { QuickFixData } from './rule.js';
import { boundedMemo } from '../bounded-memo.js';

/** The first `length` characters of a range (a clause's keyword), on its first line. */
export function headRange(range: SourceRange, length: number): SourceRange {
    const len = Math.min(length, range.length);
    return {
        start: { ...range.start },
        end: { line: range.start.line, character: range.start.character + len },
        offset: range.offset,
        length: len
    };
}

/** Where a missing clause is reported: the name of the power of attorney. */
export function missingAt(model: PoaModel): SourceRange {
    return model.nameRange;
}

/** Insert a whole clause (possibly several lines, `\n`-separated, inner lines indented by one level). */
export function insertClause(clause: string, text: string, title: string): QuickFixData {
    return { fix: 'insert-clause', title, args: { clause, text } };
}

/** Add one line inside the grant, term or execution block (creating the block when needed). */
export function insertInBlock(block: 'grant' | 'term' | 'execution', text: string, title: string): QuickFixData {
    return { fix: 'insert-in-block', title, args: { block, text } };
}

/** Dates: the model's one calendar (model/calendar-date.ts). */
export { addDuration, isCalendarDate as isIsoDate, longDate } from '../model/calendar-date.js';
import { isCalendarDate } from '../model/calendar-date.js';

/**
 * Whether the execution date is a calendar date before `day` (YYYY-MM-DD): a statute that took effect on `day`
 * does not govern the execution of a power signed earlier. A date the file does not give (a blank, a
 * parameter) is not before it: the power is still to be signed, under the law in force.
 */
export function executedBefore(executed: string | undefined, day: string): boolean {
    return isCalendarDate(executed) && executed < day;
}

/** Normalizes a person's or company's name for comparison. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b) return false;
    return nameKey(a) === nameKey(b);
}

/** The keys of the names compared lately: a check compares each agent's name with each principal's, in every file. */
const nameKeys = boundedMemo(4096, normalizedName);

/** The form of a name `sameName` compares (case, periods, commas and spacing ignored); for lookups in a Map. */
export function nameKey(name: string): string {
    return nameKeys(name);
}

/**
 * `name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim()` in one pass over the lower-cased name,
 * copying the runs between periods, commas and spaces: each file names a new principal, and the two patterns'
 * replacements were a third of the checks comparing names (same keys as the patterns on every code unit's
 * whitespace class and on 200,000 random names).
 */
function normalizedName(name: string): string {
    const lower = name.toLowerCase();
    let key = '';
    let space = false; // whitespace since the last run copied
    let from = 0; // where the run being read began
    for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        const dropped = c === 0x2e || c === 0x2c; // '.' or ','
        if (!dropped && !isWhitespace(c)) continue;
        if (i > from) {
            key += space && key.length > 0 ? ' ' + lower.slice(from, i) : lower.slice(from, i);
            space = false;
        }
        if (!dropped) space = true;
        from = i + 1;
    }
    if (lower.length > from) key += space && key.length > 0 ? ' ' + lower.slice(from) : lower.slice(from);
    return key;
}

/** What `\s` and `trim` take for whitespace: ECMAScript's WhiteSpace and LineTerminator code units. */
function isWhitespace(c: number): boolean {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A quoted string for generated source text. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
