/**
 * A signature style of the phrasebook that dates the signature itself ("Dated: October 13, 2021" / "By: /s/ Jack
 * Selby" / "Name: Jack Selby", the style `dated-by-name`): an instrument with no testimonium, executed on the date
 * its date line gives (`executed style no-testimonium 2021-10-13 { signature "/s/ ..." style dated-by-name }`).
 */
import { clausePhrases } from '../phrasebook/index.js';
import { parseDate } from './slot-parsers.js';

/** The slot of a signature line that the renderer fills with the date of execution in plain words. */
const DATE_SLOT = 'plain-date';

/**
 * The date of execution (ISO) and the signature styles a date line may begin (`line`, the template line matched in the
 * style `style`, its slots `slots`): every style of the phrasebook whose first line it is ("Dated: {plain-date}" heads
 * `dated-by-name` and `dated-typed-name`, and ends `print-name-dated`); the lines under it tell which. Undefined when
 * the line is no date line; null when it cannot date this instrument: its date does not parse, a testimonium already
 * dated it, or no style begins with it.
 */
export function datedSignature(line: string | undefined, slots: Readonly<Record<string, string>>, datedAlready: string | undefined): { date: string; styles: string[] } | null | undefined {
    if (line === undefined || !line.includes(`{${DATE_SLOT}}`) || slots[DATE_SLOT] === undefined) return undefined;
    const styles = (clausePhrases('signature')?.styles ?? []).filter((s) => s.template.split('\n')[0] === line).map((s) => s.id);
    if (datedAlready !== undefined || !styles.length) return null;
    const date = parseDate(slots[DATE_SLOT]);
    return date && date.style === 'plain' ? { date: date.iso, styles } : null;
}
