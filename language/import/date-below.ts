/**
 * A testimonium that dates the instrument by a date printed under it ("IN WITNESS WHEREOF, the undersigned has caused
 * this Power of Attorney to be executed as of the date written below.") and the signature block that prints that date
 * ("Date: February 27, 2020", "By: /s/Roelof Botha", "Roelof Botha"): a signature style of the phrasebook whose lines
 * hold the date (`{plain-date}` or `{date}`), read line by line. The testimonium style says no date itself; the
 * signature style's date line gives the execution's date.
 */
import { clausePhrases, findStyle } from '../phrasebook/index.js';

/** A testimonium style whose words hold no date: the date is printed elsewhere (below it). */
export function testimoniumWithoutDate(style: string): boolean {
    const template = findStyle('testimonium', style)?.template;
    return template !== undefined && template.trim() !== '' && !/\{when\}|\{date\}|\{plain-date\}/.test(template);
}

/** A signature style's line that prints the date ("Date: {plain-date}"). */
export function isDateLine(line: string | undefined): boolean {
    return line !== undefined && /\{(?:plain-date|date)\}/.test(line);
}

/**
 * The signature style whose lines, from its date line on, are the lines read so far (as template lines): the style
 * that prints "Date: {plain-date}" and then "By: {conformed}", say. The first such style of the phrasebook.
 */
export function signatureStyleFromDateLine(lines: readonly string[]): string | undefined {
    for (const s of clausePhrases('signature')?.styles ?? []) {
        const own = s.template.split('\n');
        const at = own.findIndex(isDateLine);
        if (at >= 0 && lines.every((l, i) => own[at + i] === l)) return s.id;
    }
    return undefined;
}

/** The template line a signature style prints after `line` ("{name}" after "By: {conformed}"). */
export function nextSignatureLine(style: string, line: string): string | undefined {
    const own = findStyle('signature', style)?.template.split('\n') ?? [];
    const at = own.indexOf(line);
    return at >= 0 ? own[at + 1] : undefined;
}
