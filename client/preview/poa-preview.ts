/**
 * One preview panel: shows one `.poa` document rendered by the server
 * (`poa/render`), updated as the user types. Requests are throttled; a newer
 * request cancels the older one and a late answer to an older request is
 * dropped, so the page never goes back in time. The page script patches the
 * page in place (client/preview/webview/preview-page.ts, bundled to
 * media/preview.js), so the scroll position holds. Both sides speak the
 * message types of server/protocol.ts (`ToPreviewPage`, `FromPreviewPage`).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RenderRequest, type FromPreviewPage, type RenderResult, type ToPreviewPage } from '../../server/protocol.js';
import { requestForDocument } from '../server-requests.js';
import { previewSettings } from '../settings.js';
import { wholeRendering } from './render-delta.js';
import { makeNonce, previewHtml } from './preview-html.js';

export const PREVIEW_VIEW_TYPE = 'poa.preview';

/**
 * How long after a click's reveal a focus on the preview is taken for the click's own (`keepFocusOn`). The
 * workbench can hear of the click's focus well after the reveal when the machine is busy: at 1 s, a CI run of the
 * code-server suite once heard it too late and left the preview focused.
 */
const REFOCUS_MS = 2000;

export class PoaPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.onDisposeEmitter.event;
    private timer: NodeJS.Timeout | undefined;
    private pending: vscode.CancellationTokenSource | undefined;
    private sequence = 0;
    private ready = false;
    private disposed = false;
    /** Editor scrolls caused by the preview are not echoed back to it. */
    private ignoreEditorScrollUntil = 0;
    /** The last rendering shown, for tests and the export command. */
    lastResult: RenderResult | undefined;

    constructor(
        readonly panel: vscode.WebviewPanel,
        private resourceUri: vscode.Uri,
        private isLocked: boolean,
        private readonly client: LanguageClient,
        extensionUri: vscode.Uri,
        private readonly initialLine?: number
    ) {
        const media = vscode.Uri.joinPath(extensionUri, 'media');
        panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
        panel.iconPath = vscode.Uri.joinPath(media, 'poa-file.svg');
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            nonce: makeNonce(),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString()
        });
        this.updateTitle();
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((m: FromPreviewPage) => this.onMessage(m)),
            panel.onDidChangeViewState(() => { if (panel.visible) this.refresh(); })
        );
    }

    get resource(): vscode.Uri { return this.resourceUri; }
    get locked(): boolean { return this.isLocked; }

    matches(uri: vscode.Uri): boolean {
        return this.resourceUri.toString() === uri.toString();
    }

    /** Show another document (an unlocked preview follows the active editor). */
    setResource(uri: vscode.Uri): void {
        if (this.matches(uri)) return;
        this.resourceUri = uri;
        this.lastResult = undefined;
        this.updateTitle();
        this.refresh(true);
    }

    setLocked(locked: boolean): void {
        this.isLocked = locked;
        this.updateTitle();
        void this.post({ type: 'locked', locked });
    }

    /** Ask for a new rendering after the throttle delay (immediately when `now`). */
    refresh(now = false): void {
        if (this.disposed) return;
        const { throttle } = previewSettings(this.resourceUri);
        if (now || throttle === 0) {
            if (this.timer) clearTimeout(this.timer);
            this.timer = undefined;
            void this.render();
            return;
        }
        if (this.timer) return; // one update per throttle window, with the latest text
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.render();
        }, throttle);
    }

    /** Scroll the page to a source line (the editor scrolled). */
    scrollToLine(line: number): void {
        if (Date.now() < this.ignoreEditorScrollUntil) return;
        if (!previewSettings(this.resourceUri).scrollSync) return;
        void this.post({ type: 'scrollToLine', line });
    }

    private async render(): Promise<void> {
        if (!this.ready || this.disposed) return;
        this.pending?.cancel();
        const cancel = new vscode.CancellationTokenSource();
        this.pending = cancel;
        const sequence = ++this.sequence;
        const uri = this.resourceUri;
        const settings = previewSettings(uri);
        try {
            // Opening the document makes sure the server has it (a restored preview may come before its editor).
            await vscode.workspace.openTextDocument(uri);
            const params = { uri: uri.toString(), options: { ...settings.options, gaps: true } };
            // Told against the rendering shown (only the changed blocks travel), or whole when that cannot be rebuilt.
            const base = this.lastResult;
            const answer = await requestForDocument(this.client, RenderRequest, { ...params, since: base?.rendering }, cancel.token);
            const result = wholeRendering(answer, base) ?? await requestForDocument(this.client, RenderRequest, params, cancel.token);
            if (sequence !== this.sequence || this.disposed || !this.matches(uri)) return; // a newer request is on its way
            this.lastResult = result;
            await this.post({ type: 'settings', settings: { scrollSync: settings.scrollSync } });
            await this.post({
                type: 'render', uri: uri.toString(), version: result.version, locked: this.isLocked,
                document: result.document, summary: result.summary, line: this.initialLine ?? this.editorTopLine()
            });
        } catch (err) {
            if (sequence !== this.sequence || this.disposed || cancel.token.isCancellationRequested) return;
            const message = err instanceof Error ? err.message : String(err);
            await this.post({ type: 'error', message });
        } finally {
            cancel.dispose();
            if (this.pending === cancel) this.pending = undefined;
        }
    }

    /** Every message to the page goes through here, so it is checked against the page's message type. */
    private post(message: ToPreviewPage): Thenable<boolean> {
        return this.panel.webview.postMessage(message);
    }

    private onMessage(message: FromPreviewPage): void {
        switch (message?.type) {
            case 'ready':
                this.ready = true;
                this.refresh(true);
                break;
            case 'reveal':
                void this.revealSource(message.line, message.character);
                break;
            case 'revealLine':
                this.revealLine(message.line);
                break;
        }
    }

    /** A click on a paragraph: put the cursor on its source. */
    private async revealSource(line: number, character: number): Promise<void> {
        if (!Number.isFinite(line)) return;
        const document = await vscode.workspace.openTextDocument(this.resourceUri);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        const position = document.validatePosition(new vscode.Position(line, Number.isFinite(character) ? character : 0));
        editor.selection = new vscode.Selection(position, position);
        this.ignoreEditorScrollUntil = Date.now() + 300;
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        this.keepFocusOn(editor);
    }

    /**
     * The click that asked for the reveal also focused the page, and on a busy machine the workbench can hear of
     * that after the editor took the focus, which leaves the preview focused and the lawyer's next keys going
     * nowhere (seen once in the e2e run). The editor takes it back if the preview is focused now, and once more
     * if the preview becomes focused within REFOCUS_MS of the reveal; later focus on the preview is the reader's own.
     */
    private keepFocusOn(editor: vscode.TextEditor): void {
        const refocus = () => void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
        if (this.panel.active) refocus();
        const until = Date.now() + REFOCUS_MS;
        const listener = this.panel.onDidChangeViewState(() => {
            if (Date.now() > until) listener.dispose();
            else if (this.panel.active) {
                listener.dispose();
                refocus();
            }
        });
        setTimeout(() => listener.dispose(), REFOCUS_MS);
    }

    /** The reader scrolled the page: scroll the editor to match. */
    private revealLine(line: number): void {
        if (!Number.isFinite(line) || !previewSettings(this.resourceUri).scrollSync) return;
        for (const editor of vscode.window.visibleTextEditors) {
            if (editor.document.uri.toString() !== this.resourceUri.toString()) continue;
            const target = Math.max(0, Math.min(editor.document.lineCount - 1, Math.floor(line)));
            this.ignoreEditorScrollUntil = Date.now() + 300;
            editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
        }
    }

    private editorTopLine(): number | undefined {
        const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
        return editor?.visibleRanges[0]?.start.line;
    }

    private updateTitle(): void {
        const name = path.basename(this.resourceUri.path);
        this.panel.title = this.isLocked ? `[Locked] Preview ${name}` : `Preview ${name}`;
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        this.pending?.cancel();
        this.onDisposeEmitter.fire();
        this.onDisposeEmitter.dispose();
        for (const d of this.disposables) d.dispose();
        this.panel.dispose();
    }
}
