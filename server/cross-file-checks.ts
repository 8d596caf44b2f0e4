/**
 * Checks across the files of a workspace (two powers of attorney in force for
 * the same principal and issuer, neither superseding the other). They are
 * slower than the per-document checks, so they run after a build has
 * validated its documents, debounced, and never block typing: their findings
 * are published as extra diagnostics merged with each document's own.
 */
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { PoaModel } from '../language/model/poa-model.js';
import { modelOf } from './rendered-document.js';

export interface WorkspaceDocument {
    uri: string;
    model: PoaModel;
}

/** A cross-file check: the models of all documents in, extra diagnostics per document URI out. */
export type CrossFileCheck = (documents: readonly WorkspaceDocument[]) => Map<string, Diagnostic[]>;

/** Until the checks provide a workspace check, there is nothing to add. */
export const noCrossFileCheck: CrossFileCheck = () => new Map();

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
