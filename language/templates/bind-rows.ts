/**
 * Binding data rows to a template's parameters: each row's values checked
 * against the parameter types, giving the data `buildModel`/`loadPoa` bind, or
 * the problems that name the row's line and the column.
 */
import type { ParameterData } from '../model/build-model.js';
import { describeProblem, type DataProblem, type DataRow, type DataTable } from './data-rows.js';
import { checkParameterValue, type ParameterSpec } from './parameter-values.js';

export interface BoundRow {
    row: DataRow;
    /** Values by parameter name; absent when the row has no value (the default, or a visible blank, applies). */
    data: ParameterData;
    problems: DataProblem[];
}

export function bindRow(parameters: readonly ParameterSpec[], row: DataRow): BoundRow {
    const data: Record<string, string> = {};
    const problems: DataProblem[] = row.error ? [row.error] : [];
    for (const param of parameters) {
        const raw = row.values[param.name];
        if (raw === undefined || raw.trim() === '') continue;
        const checked = checkParameterValue(param, raw);
        if (checked.ok) data[param.name] = checked.value;
        else problems.push({ line: row.line, column: param.name, message: checked.message });
    }
    return { row, data, problems };
}

/** Columns that are not parameters of the template: their values are not used, which the user should know. */
export function unknownColumns(parameters: readonly ParameterSpec[], table: DataTable): string[] {
    return table.columns.filter((c) => !parameters.some((p) => p.name === c));
}

/** Parameters with no column in the data: they take their default or show as blanks. */
export function missingColumns(parameters: readonly ParameterSpec[], table: DataTable): string[] {
    return parameters.filter((p) => !table.columns.includes(p.name)).map((p) => p.name);
}

export function describeProblems(problems: readonly DataProblem[]): string {
    return problems.map(describeProblem).join('; ');
}
