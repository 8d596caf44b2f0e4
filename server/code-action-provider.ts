/**
 * Quick fixes: for each diagnostic in the requested range, the fixes the
 * checks offer (see `quick-fix-source.ts`), translated from offsets into an
 * LSP workspace edit. Fixes insert text; the server adds nothing of its own.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { quickFixesFor, type QuickFixSource } from './quick-fix-source.js';

export class PoaCodeActionProvider implements CodeActionProvider {
    constructor(private readonly source: QuickFixSource = quickFixesFor) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams, cancelToken?: CancellationToken): Array<Command | CodeAction> {
        const only = params.context.only;
        if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === CodeActionKind.Empty)) return [];
        const actions: CodeAction[] = [];
        const text = document.textDocument;
        for (const diagnostic of params.context.diagnostics) {
            if (cancelToken?.isCancellationRequested) break;
            let fixes;
            try {
                fixes = this.source(document, diagnostic);
            } catch (err) {
                console.error(`Quick fixes for ${String(diagnostic.code)} failed: ${String(err)}`);
                continue;
            }
            for (const fix of fixes) {
                const length = text.getText().length;
                const edits = fix.edits
                    .filter((e) => e.offset >= 0 && e.offset + e.length <= length)
                    .map((e) => ({ range: { start: text.positionAt(e.offset), end: text.positionAt(e.offset + e.length) }, newText: e.newText }));
                if (edits.length === 0) continue;
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: { changes: { [document.uri.toString()]: edits } }
                });
            }
        }
        return actions;
    }
}
