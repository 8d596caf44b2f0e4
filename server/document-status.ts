/**
 * The status of a document for a lawyer ("Ready to sign", "2 required clauses
 * missing"), derived from its diagnostics only. Used by the code lens on the
 * POA header, `poa/render` and `poa/status`.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticSummary } from './protocol.js';

/** Codes of diagnostics that say a required clause is not written. */
export function isMissingClause(d: Diagnostic): boolean {
    return typeof d.code === 'string' && d.code.startsWith('poa/missing');
}

function plural(n: number, one: string, many: string): string {
    return `${n} ${n === 1 ? one : many}`;
}

export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
    // Severity 1 (or unset, which LSP treats as error) is an error; 2 a warning.
    const errors = diagnostics.filter((d) => (d.severity ?? 1) === 1);
    const warnings = diagnostics.filter((d) => d.severity === 2).length;
    const missingClauses = errors.filter(isMissingClause).length;
    const otherErrors = errors.length - missingClauses;
    let status: string;
    if (errors.length === 0) {
        status = warnings === 0 ? 'Ready to sign' : `Ready to sign (${plural(warnings, 'warning', 'warnings')})`;
    } else {
        const parts: string[] = [];
        if (missingClauses > 0) parts.push(`${plural(missingClauses, 'required clause', 'required clauses')} missing`);
        if (otherErrors > 0) parts.push(`${plural(otherErrors, 'error', 'errors')} to correct`);
        status = parts.join(', ');
    }
    return { errors: errors.length, warnings, missingClauses, ready: errors.length === 0, status };
}
