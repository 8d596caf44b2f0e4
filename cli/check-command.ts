/**
 * `poa check FILE... [--format text|json|sarif] [--final] [--data D.json|D.csv]`:
 * parse, link and check instruments, one by one and across the set (two
 * powers in force for the same principal and issuer). With `--data`, each
 * template is checked once per data row, with the row's values bound. Exit 0
 * when no errors, 1 when errors, 2 on usage or I/O problems (the other files
 * are still checked).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayIso } from '../language/checks/check-poa.js';
import { checkWorkspace, type WorkspaceDocument } from '../language/checks/workspace-checks.js';
import { describeProblem, type DataRow } from '../language/templates/data-rows.js';
import { readDataFile } from './read-data.js';
import { parseArgs, rejectUnknownOptions, stringOption, isUsageError, UsageError, type CliIo } from './cli-io.js';
import { readSource } from './read-source.js';
import { toSarif } from './sarif-output.js';
import { checkSource, fromFinding, resultLine, type CheckResult } from './check-source.js';

export type { CheckResult } from './check-source.js';

const USAGE = 'Usage: poa check FILE... [--format text|json|sarif] [--final] [--data D.json|D.csv]';

export interface CheckOptions {
    /** Today's date for the date checks (tests pin it); defaults to the current date. */
    today?: string;
    version?: string;
}

export async function runCheck(argv: string[], io: CliIo, options: CheckOptions = {}): Promise<number> {
    const args = parseArgs(argv, ['final']);
    rejectUnknownOptions(args, ['format', 'final', 'data']);
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}' (use text, json or sarif). ${USAGE}`);
    if (args.positionals.length === 0) throw new UsageError(`no files given. ${USAGE}`);
    const final = args.options.get('final') === true;
    const today = options.today ?? todayIso();

    const dataFile = stringOption(args, 'data');
    const table = dataFile ? await readDataFile(io.cwd, dataFile) : undefined;
    const rows: Pick<DataRow, 'values' | 'index' | 'line' | 'error'>[] = table && table.rows.length > 0 ? table.rows : [{ values: {}, index: 1, line: 1 }];
    const results: CheckResult[] = [];
    const loaded: (WorkspaceDocument & { file: string })[] = [];
    let ioProblem = false;
    for (const row of rows) {
        if (row.error) {
            io.stderr(`poa check: ${dataFile}: ${describeProblem(row.error)}\n`);
            ioProblem = true;
        }
    }
    for (const file of args.positionals) {
        let text: string;
        try {
            text = await readSource(resolve(io.cwd, file));
        } catch (e) {
            if (!isUsageError(e)) throw e;
            io.stderr(`poa check: ${e.message}\n`);
            ioProblem = true;
            continue;
        }
        const uri = pathToFileURL(resolve(io.cwd, file)).toString();
        for (const row of rows.filter((r) => !r.error)) {
            const { model, results: found } = await checkSource(text, file, { uri, data: row.values, today, final, dataKeys: table?.columns });
            const label = rows.length > 1 ? `Data row ${row.index} (line ${row.line} of ${dataFile}): ` : '';
            for (const r of found) results.push({ ...r, message: label + r.message });
            if (row === rows[0]) loaded.push({ file, uri, model });
        }
    }
    if (loaded.length > 1) {
        const findings = checkWorkspace(loaded, { today });
        for (const doc of loaded) for (const f of findings.get(doc.uri) ?? []) results.push(fromFinding(doc.file, f));
    }

    if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
    else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(results, options.version ?? '0.1.0'), null, 2) + '\n');
    else printText(results, loaded.length, io);
    if (ioProblem) return 2;
    return results.some((r) => r.severity === 'error') ? 1 : 0;
}

function printText(results: readonly CheckResult[], files: number, io: CliIo): void {
    for (const r of results) io.stdout(`${resultLine(r)}\n`);
    const count = (s: string) => results.filter((r) => r.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    io.stderr(`${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
}
