/**
 * Checks across the files of a workspace (two powers of attorney in force for
 * the same principal and issuer, neither superseding the other). They are
 * slower than the per-document checks, so they run after a build has
 * validated its documents, debounced, and never block typing. Their findings
 * become part of each document's own diagnostics (`document.diagnostics`), so
 * the status bar, the code lens and `poa/status` count them; a document that
 * is validated again keeps its last cross-file findings until the next run
 * replaces them, instead of losing them.
 */
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { checkWorkspace, type WorkspaceDocument } from '../language/checks/workspace-checks.js';
import type { CheckContext, Finding } from '../language/rules/rule.js';
import { modelOf } from './rendered-document.js';

/** A cross-file check: the models of all documents in, extra diagnostics per document URI out. */
export type CrossFileCheck = (documents: readonly WorkspaceDocument[]) => Map<string, Diagnostic[]>;

/** No cross-file check (a host that wants only the per-document checks). */
export const noCrossFileCheck: CrossFileCheck = () => new Map();

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint
};

function toDiagnostic(uri: string, f: Finding): Diagnostic {
    const range = (r: Finding['range']) => ({ start: { ...r.start }, end: { ...r.end } });
    return {
        severity: SEVERITY[f.severity],
        code: f.code,
        source: 'poa',
        message: f.message,
        range: range(f.range),
        relatedInformation: f.related.map((r) => ({ location: { uri: r.uri ?? uri, range: range(r.range) }, message: r.message })),
        data: { code: f.code, fix: f.fix, alternatives: f.alternatives, crossFile: true }
    };
}

/** A diagnostic a cross-file check added (marked in its `data`). */
export function isCrossFile(d: Diagnostic): boolean {
    return (d.data as { crossFile?: unknown } | undefined)?.crossFile === true;
}

/** The checks' workspace check (`language/checks/workspace-checks.ts`), translated to LSP diagnostics. */
export function workspaceCheck(context: () => CheckContext): CrossFileCheck {
    return (documents) => {
        const out = new Map<string, Diagnostic[]>();
        for (const [uri, findings] of checkWorkspace(documents, context())) out.set(uri, findings.map((f) => toDiagnostic(uri, f)));
        return out;
    };
}

const DEBOUNCE_MS = 300;

export function registerCrossFileChecks(shared: LangiumSharedCoreServices, connection: Pick<Connection, 'sendDiagnostics'>, check: CrossFileCheck = noCrossFileCheck): void {
    let timer: NodeJS.Timeout | undefined;
    /** The last run's findings by document URI. */
    let latest = new Map<string, Diagnostic[]>();
    /** The document's own diagnostics with `extra` as its cross-file findings (the previous ones replaced). */
    const merge = (document: LangiumDocument, extra: readonly Diagnostic[]) => [...(document.diagnostics ?? []).filter((d) => !isCrossFile(d)), ...extra];
    const run = () => {
        timer = undefined;
        const documents = shared.workspace.LangiumDocuments.all
            .filter((d: LangiumDocument) => d.state >= DocumentState.Validated)
            .map((d: LangiumDocument) => ({ uri: d.uri.toString(), model: modelOf(d), document: d }))
            .toArray();
        let findings: Map<string, Diagnostic[]>;
        try {
            findings = check(documents);
        } catch (err) {
            console.error(`Cross-file check failed: ${String(err)}`);
            return;
        }
        for (const d of documents) {
            const extra = findings.get(d.uri) ?? [];
            const before = (d.document.diagnostics ?? []).filter(isCrossFile);
            if (JSON.stringify(before) === JSON.stringify(extra)) continue;
            d.document.diagnostics = merge(d.document, extra);
            void connection.sendDiagnostics({ uri: d.uri, version: d.document.textDocument.version, diagnostics: d.document.diagnostics });
        }
        latest = findings;
    };
    // Registered before the language server publishes each validated document's
    // diagnostics (main.ts), so a document checked again is published with its
    // cross-file findings rather than without them until the next run.
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document: LangiumDocument) => {
        const extra = latest.get(document.uri.toString());
        if (extra?.length) document.diagnostics = merge(document, extra);
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (_built: LangiumDocument[]) => {
        if (check === noCrossFileCheck) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(run, DEBOUNCE_MS);
    });
}
