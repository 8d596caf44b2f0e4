/**
 * The dating style a testimonium's date is written in ("as of this 28th day of April, 2021", "as of this 07 day of
 * February, 2022"): the `dating` style of the phrasebook one of whose templates, its date slot filled with the date
 * as the renderer words it, is the text. The phrasebook is the only list of phrasings.
 */
import { parseCalendarDate, plainDate } from '../model/calendar-date.js';
import { clausePhrases } from '../phrasebook/index.js';
import { legalDate, twoDigitDayDate } from '../render/english.js';

/** The dating style (and its variant) whose words are `when` for the date `iso`; undefined when none is. */
export function datingStyleOf(when: string, iso: string): { style: string; variant?: string } | undefined {
    const d = parseCalendarDate(iso);
    if (!d) return undefined;
    const dates: Record<string, string> = { 'legal-date': legalDate(d), 'plain-date': plainDate(d), 'two-digit-day-date': twoDigitDayDate(d) };
    const words = normalise(when);
    for (const style of clausePhrases('dating')?.styles ?? []) {
        const templates: [string | undefined, string][] = [[undefined, style.template], ...Object.entries(style.variants ?? {})];
        for (const [variant, template] of templates) {
            const filled = template.replace(/\{([a-z-]+)\}/g, (all, slot: string) => dates[slot] ?? all);
            if (!/\{/.test(filled) && normalise(filled) === words) return { style: style.id, variant };
        }
    }
    return undefined;
}

function normalise(text: string): string {
    return text.toLowerCase().replace(/\s+/g, ' ').replace(/\s*([,.])/g, '$1').trim();
}
