/**
 * One file checked once: parsed and linked by the core (syntax errors and
 * unresolved names), then the rule catalog run over its model with the
 * command's options. `poa check` prints all of it; `poa render` and
 * `poa batch` stop on the errors that would make the rendered words wrong,
 * printed in the same words as `poa check` prints them.
 */
import type { LangiumDocument } from 'langium';
import { allowedCodes } from '../language/checks/allowed-codes.js';
import { checkPoa, todayIso } from '../language/checks/check-poa.js';
import { blocksRendering } from '../language/checks/rendering-errors.js';
import type { Instrument } from '../language/generated/ast.js';
import type { ParameterData } from '../language/model/build-model.js';
import type { PoaModel } from '../language/model/poa-model.js';
import { loadPoa, type PoaDiagnostic } from '../language/poa-document.js';
import type { Finding } from '../language/rules/rule.js';

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

export interface SourceCheckOptions {
    uri?: string;
    data?: ParameterData;
    /** Today's date for the date checks (YYYY-MM-DD); defaults to the current date. */
    today?: string;
    final?: boolean;
    dataKeys?: readonly string[];
}

export interface CheckedSource {
    document: LangiumDocument<Instrument>;
    model: PoaModel;
    /** Everything found, the parser's and linker's diagnostics first. */
    results: CheckResult[];
    /** The errors after which the rendered words would be wrong (see rendering-errors.ts). */
    renderingErrors: CheckResult[];
}

export async function checkSource(text: string, file: string, options: SourceCheckOptions = {}): Promise<CheckedSource> {
    // The checks run once, here, with the command's options: the loader only parses and links.
    const { document, model, diagnostics } = await loadPoa(text, { uri: options.uri, data: options.data, validate: false });
    const findings = checkPoa(model, {
        today: options.today ?? todayIso(), final: options.final, dataKeys: options.dataKeys, allowed: allowedCodes(text)
    });
    const loaderResults = diagnostics.map((d) => fromDiagnostic(file, d));
    const findingResults = findings.map((f) => fromFinding(file, f));
    return {
        document,
        model,
        results: [...loaderResults, ...findingResults],
        renderingErrors: [...loaderResults.filter((r) => blocksRendering(r, true)), ...findingResults.filter((r) => blocksRendering(r, false))]
    };
}

/** `FILE:LINE:COLUMN: SEVERITY [CODE] MESSAGE` on one line (a message of several lines is joined). */
export function resultLine(r: CheckResult): string {
    return `${r.file}:${r.line}:${r.column}: ${r.severity} [${r.code}] ${r.message.replace(/\s*\n\s*/g, ' ')}`;
}

export function fromDiagnostic(file: string, d: PoaDiagnostic): CheckResult {
    return {
        file, line: d.range.start.line + 1, column: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        severity: d.severity, code: d.code, message: d.message
    };
}

export function fromFinding(file: string, f: Finding): CheckResult {
    return fromDiagnostic(file, { severity: f.severity, code: f.code, message: f.message, range: f.range });
}
