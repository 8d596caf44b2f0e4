/**
 * Template data from a JSON or CSV file, as rows of strings keyed by column
 * (parameter) name, each with the line of the file it starts on so that
 * errors can name it. Pure: the caller reads the file.
 *
 * JSON: an object (one row) or an array of objects; values are strings,
 * numbers or booleans (null leaves the parameter unset).
 * CSV: a header row of parameter names, then one row per document.
 */
import { parse as parseCsv } from 'csv-parse/sync';

export type DataFormat = 'json' | 'csv';

export interface DataRow {
    /** 1-based line of the file where the row starts. */
    line: number;
    /** 1-based position of the row among the data rows. */
    index: number;
    values: Record<string, string | undefined>;
    /** A problem with the row as a whole (wrong number of cells, a value that is not text). */
    error?: DataProblem;
}

export interface DataProblem {
    line?: number;
    column?: string;
    message: string;
}

export interface DataTable {
    columns: string[];
    rows: DataRow[];
}

/** A data file that cannot be read at all (not JSON, unclosed quote, no header). */
export class DataFileError extends Error {
    constructor(readonly problem: DataProblem) {
        super(describeProblem(problem));
    }
}

/** "line 4, column "startDate": ..." */
export function describeProblem(p: DataProblem): string {
    const where = [p.line !== undefined ? `line ${p.line}` : '', p.column !== undefined ? `column "${p.column}"` : ''].filter(Boolean).join(', ');
    return where ? `${where}: ${p.message}` : p.message;
}

/** The format from the file name, else from the first character of the text. */
export function dataFormatOf(fileName: string, text: string): DataFormat {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.json')) return 'json';
    if (lower.endsWith('.csv')) return 'csv';
    return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

export function parseData(text: string, format: DataFormat): DataTable {
    const clean = text.replace(/^\uFEFF/, '');
    return format === 'json' ? parseJsonData(clean) : parseCsvData(clean);
}

export function parseJsonData(text: string): DataTable {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        throw new DataFileError({ message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` });
    }
    const lines = elementLines(text);
    const items = Array.isArray(value) ? value : [value];
    if (!Array.isArray(value) && (typeof value !== 'object' || value === null)) {
        throw new DataFileError({ message: 'the JSON data must be an object of parameter values or an array of such objects' });
    }
    const columns: string[] = [];
    const rows = items.map((item, i): DataRow => {
        const line = Array.isArray(value) ? lines[i] ?? 1 : firstLine(text);
        const row: DataRow = { line, index: i + 1, values: {} };
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            row.error = { line, message: `item ${i + 1} of the array is not an object of parameter values` };
            return row;
        }
        for (const [key, v] of Object.entries(item as Record<string, unknown>)) {
            if (!columns.includes(key)) columns.push(key);
            if (v === null || v === undefined) continue;
            if (typeof v === 'string') row.values[key] = v;
            else if (typeof v === 'number' || typeof v === 'boolean') row.values[key] = String(v);
            else row.error ??= { line, column: key, message: 'the value must be text, not a list or an object' };
        }
        return row;
    });
    return { columns, rows };
}

export function parseCsvData(text: string): DataTable {
    let records: { record: string[]; raw: string; info: { lines: number } }[];
    try {
        // One kind of line ending, so that line numbers count as an editor counts them.
        records = parseCsv(text.replace(/\r\n?/g, '\n'), { info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
    } catch (e) {
        const err = e as { message?: string; lines?: number; code?: string };
        const message = err.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted value is never closed (a double quote inside a quoted value is written twice: "")'
            : (err.message ?? String(e)).replace(/^[A-Za-z ]+: /, '');
        throw new DataFileError({ line: err.lines, message: `the CSV file cannot be read: ${message}` });
    }
    const [header, ...body] = records;
    if (!header) throw new DataFileError({ message: 'the CSV file is empty; its first row must name the template parameters' });
    const columns = header.record.map((c) => c.trim());
    columns.forEach((c, i) => {
        if (!c) throw new DataFileError({ line: startLine(header), message: `column ${i + 1} of the header row has no name` });
        if (columns.indexOf(c) !== i) throw new DataFileError({ line: startLine(header), column: c, message: 'the column is named twice in the header row' });
    });
    const rows = body.map((r, i): DataRow => {
        const line = startLine(r);
        const row: DataRow = { line, index: i + 1, values: {} };
        if (r.record.length !== columns.length) {
            row.error = {
                line,
                message: `the row has ${r.record.length} ${r.record.length === 1 ? 'value' : 'values'} but the header names ${columns.length} columns (a value containing a comma must be in double quotes)`
            };
        }
        columns.forEach((c, j) => {
            const v = r.record[j];
            if (v !== undefined && v !== '') row.values[c] = v;
        });
        return row;
    });
    return { columns, rows };
}

/** csv-parse reports the line a record ends on; a record with quoted line breaks starts earlier. */
function startLine(r: { raw: string; info: { lines: number } }): number {
    const own = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
    return r.info.lines - (own.match(/\n/g)?.length ?? 0);
}

function firstLine(text: string): number {
    const lead = /^\s*/.exec(text)![0];
    return (lead.match(/\n/g)?.length ?? 0) + 1;
}

/** The line on which each element of a top-level JSON array starts. */
function elementLines(text: string): number[] {
    const lines: number[] = [];
    let line = 1, depth = 0, inString = false, escaped = false, expectValue = false;
    for (const ch of text) {
        if (ch === '\n') line++;
        if (inString) {
            if (escaped) escaped = false;
            else if (ch === '\\') escaped = true;
            else if (ch === '"') inString = false;
            continue;
        }
        if (/\s/.test(ch)) continue;
        if (depth === 1 && expectValue && ch !== ']') {
            lines.push(line);
            expectValue = false;
        }
        if (ch === '"') inString = true;
        else if (ch === '[' || ch === '{') {
            depth++;
            if (depth === 1 && ch === '[') expectValue = true;
        } else if (ch === ']' || ch === '}') depth--;
        else if (ch === ',' && depth === 1) expectValue = true;
    }
    return lines;
}
