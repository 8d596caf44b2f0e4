/**
 * Small helpers the rule modules share: ranges for findings and the quick-fix
 * data for the common "insert this clause" and "add this line" fixes.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import type { QuickFixData } from './rule.js';

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

/** Normalizes a person's or company's name for comparison. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b) return false;
    return nameKey(a) === nameKey(b);
}

/** The keys of the names compared lately: a check compares each agent's name with each principal's, in every file. */
const nameKeys = new Map<string, string>();

/** The form of a name `sameName` compares (case, periods, commas and spacing ignored); for lookups in a Map. */
export function nameKey(name: string): string {
    let key = nameKeys.get(name);
    if (key === undefined) {
        if (nameKeys.size >= 4096) nameKeys.clear();
        key = name.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
        nameKeys.set(name, key);
    }
    return key;
}

/** A quoted string for generated source text. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
