/**
 * When a power of attorney ends, when that follows from the instrument alone:
 * the end date it states, or its stated duration counted from the date of
 * execution, as the rendered instrument says ("remain in effect for one year
 * from the date of its execution", render/wording/duration-wording.ts), even
 * when the power starts later. One function, read by the checks on one file
 * (term expired, term ends before it starts) and across files (two powers in
 * force).
 */
import { addDuration, isCalendarDate } from './calendar-date.js';
import type { PoaModel } from './poa-model.js';

/** The last day of the power as YYYY-MM-DD; undefined when it ends on an event or its dates are not known. */
export function powerEndDate(model: PoaModel): string | undefined {
    const end = model.term?.end;
    if (!end) return undefined;
    if (isCalendarDate(end.date?.value)) return end.date.value;
    const executed = model.execution?.date.value;
    if (end.duration && isCalendarDate(executed)) return addDuration(executed, end.duration.count, end.duration.unit);
    return undefined;
}
