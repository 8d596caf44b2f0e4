/**
 * `poa check FILE... [--format text|json|sarif] [--final]`: parse, link and
 * check instruments, one by one and across the set (two powers in force for
 * the same principal and issuer). Exit 0 when no errors, 1 when errors, 2 on
 * usage or I/O problems (the other files are still checked).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPoa, todayIso } from '../language/checks/check-poa.js';
import { checkWorkspace, type WorkspaceDocument } from '../language/checks/workspace-checks.js';
import { loadPoa, type PoaDiagnostic } from '../language/poa-document.js';
import type { Finding } from '../language/rules/rule.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';
import { readSource } from './read-source.js';
import { toSarif } from './sarif-output.js';

/** One diagnostic as `poa check --format json` prints it (lines and columns 1-based). */
export interface CheckResult {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    code: string;
    message: string;
}

/** Codes whose severity depends on the final (ready-to-sign) mode. */
const FINAL_CODES = new Set(['poa/unset-parameter', 'poa/placeholder']);

const USAGE = 'Usage: poa check FILE... [--format text|json|sarif] [--final]';

export interface CheckOptions {
    /** Today's date for the date checks (tests pin it); defaults to the current date. */
    today?: string;
    version?: string;
}

export async function runCheck(argv: string[], io: CliIo, options: CheckOptions = {}): Promise<number> {
    const args = parseArgs(argv, ['final']);
    rejectUnknownOptions(args, ['format', 'final']);
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}' (use text, json or sarif). ${USAGE}`);
    if (args.positionals.length === 0) throw new UsageError(`no files given. ${USAGE}`);
    const final = args.options.get('final') === true;
    const today = options.today ?? todayIso();

    const results: CheckResult[] = [];
    const loaded: (WorkspaceDocument & { file: string })[] = [];
    let ioProblem = false;
    for (const file of args.positionals) {
        let text: string;
        try {
            text = await readSource(resolve(io.cwd, file));
        } catch (e) {
            if (!(e instanceof UsageError)) throw e;
            io.stderr(`poa check: ${e.message}\n`);
            ioProblem = true;
            continue;
        }
        const uri = pathToFileURL(resolve(io.cwd, file)).toString();
        const { model, diagnostics } = await loadPoa(text, { uri });
        const kept = final ? diagnostics.filter((d) => !FINAL_CODES.has(d.code)) : diagnostics;
        for (const d of kept) results.push(fromDiagnostic(file, d));
        if (final) {
            for (const f of checkPoa(model, { today, final: true }).filter((x) => FINAL_CODES.has(x.code))) results.push(fromFinding(file, f));
        }
        loaded.push({ file, uri, model });
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
    for (const r of results) io.stdout(`${r.file}:${r.line}:${r.column}: ${r.severity} [${r.code}] ${r.message}\n`);
    const count = (s: string) => results.filter((r) => r.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    io.stderr(`${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
}

function fromDiagnostic(file: string, d: PoaDiagnostic): CheckResult {
    return {
        file, line: d.range.start.line + 1, column: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        severity: d.severity, code: d.code, message: d.message
    };
}

function fromFinding(file: string, f: Finding): CheckResult {
    return fromDiagnostic(file, { severity: f.severity, code: f.code, message: f.message, range: f.range });
}
