/**
 * Dates as written: a date in the file must name a day of the calendar. The
 * model keeps no value for one that does not (model/calendar-date.ts), so
 * this check says where it was written; a template parameter's value is
 * checked by `poa/parameter-wrong-type` instead.
 */
import type { DateValue, PoaModel } from '../model/poa-model.js';
import { rule, type Rule } from './rule.js';

/** Every date the instrument states, with what it is. */
function writtenDates(model: PoaModel): { date: DateValue; what: string }[] {
    const dates: { date: DateValue | undefined; what: string }[] = [
        { date: model.execution?.date, what: 'execution date' },
        { date: model.term?.start?.date, what: 'start date' },
        { date: model.term?.end?.date, what: 'end date' },
        ...(model.supersession?.dates ?? []).map((date) => ({ date, what: 'date of the superseded power' }))
    ];
    return dates.filter((d): d is { date: DateValue; what: string } => d.date !== undefined);
}

export const DATE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/invalid-date',
        title: 'A date that is not a day of the calendar',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The {what} {written} is not a day of the calendar.',
        why: 'The instrument would state no date at all where the date belongs: the rendered text would leave it blank.',
        action: 'Write the date as YYYY-MM-DD with a month from 01 to 12 and a day that month has (2007-02-28, not 2007-02-30).',
        source: 'Drafting practice: an instrument states the date it is made',
        severityBasis: 'error: not a point of law but a defect of the file, like a syntax error: the date cannot be written, so the rendered instrument would leave it blank.',
        scope: 'Every instrument and template.',
        check: ({ model }, report) => {
            for (const { date, what } of writtenDates(model)) {
                if (date.written !== undefined && !date.parameter && date.range) report({ range: date.range, args: { what, written: date.written } });
            }
        }
    })
];
