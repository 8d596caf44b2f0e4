/**
 * The preview panels, modelled on VS Code's Markdown preview: "Open Preview"
 * (in the editor's group) and "Open Preview to the Side"; an unlocked preview
 * follows the active `.poa` editor, a locked one stays on its document;
 * panels come back after a window reload (WebviewPanelSerializer).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPoaDocument } from '../settings.js';
import { PoaPreview, PREVIEW_VIEW_TYPE } from './poa-preview.js';

/** What the page stores with `setState`, given back to the serializer after a reload. */
interface SavedState {
    uri?: string;
    locked?: boolean;
    scrollLine?: number;
}

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<SavedState> {
    private readonly previews = new Set<PoaPreview>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri) {
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
            vscode.window.onDidChangeActiveTextEditor((editor) => {
                if (!isPoaDocument(editor?.document)) return;
                for (const p of this.previews) if (!p.locked) p.setResource(editor.document.uri);
            }),
            vscode.workspace.onDidChangeTextDocument((e) => {
                if (!isPoaDocument(e.document) || e.contentChanges.length === 0) return;
                for (const p of this.previews) if (p.matches(e.document.uri)) p.refresh();
            }),
            vscode.languages.onDidChangeDiagnostics((e) => {
                // Cross-file checks can change a document's status without changing its text.
                for (const p of this.previews) if (e.uris.some((u) => p.matches(u))) p.refresh();
            }),
            vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
                if (!isPoaDocument(e.textEditor.document) || e.visibleRanges.length === 0) return;
                for (const p of this.previews) if (p.matches(e.textEditor.document.uri)) p.scrollToLine(e.visibleRanges[0].start.line);
            }),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (e.affectsConfiguration('poa.preview')) for (const p of this.previews) p.refresh(true);
            })
        );
    }

    /** The previews, for the status of tests and commands. */
    get all(): readonly PoaPreview[] {
        return [...this.previews];
    }

    get active(): PoaPreview | undefined {
        return [...this.previews].find((p) => p.panel.active);
    }

    open(uri: vscode.Uri, toSide: boolean, locked = false): PoaPreview {
        const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
        // Reuse a preview of this document, or an unlocked one that can follow it.
        const existing = [...this.previews].find((p) => p.matches(uri) && p.locked === locked)
            ?? (locked ? undefined : [...this.previews].find((p) => !p.locked));
        if (existing) {
            existing.setResource(uri);
            existing.panel.reveal(toSide ? existing.panel.viewColumn ?? column : column, toSide);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: toSide }, {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')]
        });
        return this.track(new PoaPreview(panel, uri, locked, this.client, this.extensionUri));
    }

    toggleLock(): void {
        const preview = this.active ?? (this.previews.size === 1 ? [...this.previews][0] : undefined);
        if (!preview) {
            void vscode.window.showInformationMessage('Open a POA preview first, then lock it to its document.');
            return;
        }
        preview.setLocked(!preview.locked);
        if (!preview.locked) {
            const editor = vscode.window.activeTextEditor;
            if (isPoaDocument(editor?.document)) preview.setResource(editor.document.uri);
        }
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: SavedState | undefined): Promise<void> {
        let uri: vscode.Uri | undefined;
        try {
            uri = state?.uri ? vscode.Uri.parse(state.uri, true) : undefined;
        } catch {
            uri = undefined;
        }
        uri ??= vscode.window.activeTextEditor && isPoaDocument(vscode.window.activeTextEditor.document)
            ? vscode.window.activeTextEditor.document.uri
            : undefined;
        if (!uri) {
            panel.dispose(); // nothing to show: the document is gone
            return;
        }
        this.track(new PoaPreview(panel, uri, !!state?.locked, this.client, this.extensionUri, state?.scrollLine));
    }

    private track(preview: PoaPreview): PoaPreview {
        this.previews.add(preview);
        preview.onDidDispose(() => this.previews.delete(preview));
        return preview;
    }

    dispose(): void {
        for (const p of [...this.previews]) p.dispose();
        for (const d of this.disposables) d.dispose();
    }
}
