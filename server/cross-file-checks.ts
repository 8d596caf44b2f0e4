/**
 * Checks across the files of a workspace (two powers of attorney in force for
 * the same principal and issuer, neither superseding the other). They are
 * slower than the per-document checks, so they run after a build has
 * validated its documents, debounced, and never block typing: their findings
 * are published as extra diagnostics merged with each document's own.
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
        data: { code: f.code, fix: f.fix, alternatives: f.alternatives }
    };
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

export function registerCrossFileChecks(shared: LangiumSharedCoreServices, connection: Connection, check: CrossFileCheck = noCrossFileCheck): void {
    let timer: NodeJS.Timeout | undefined;
    /** The URIs that currently carry extra diagnostics, so they can be cleared when the findings go away. */
    let published = new Set<string>();
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
        const now = new Set<string>();
        for (const d of documents) {
            const extra = findings.get(d.uri) ?? [];
            if (extra.length === 0 && !published.has(d.uri)) continue;
            if (extra.length > 0) now.add(d.uri);
            void connection.sendDiagnostics({ uri: d.uri, version: d.document.textDocument.version, diagnostics: [...(d.document.diagnostics ?? []), ...extra] });
        }
        published = now;
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (_built: LangiumDocument[]) => {
        if (check === noCrossFileCheck) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(run, DEBOUNCE_MS);
    });
}
