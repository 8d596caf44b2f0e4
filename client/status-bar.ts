/**
 * The status bar item: the active .poa file's status ("Ready to sign",
 * "2 required clauses missing") from `poa/status`; a click opens the
 * Problems view. Hidden when the active editor is not a .poa file.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest } from '../server/protocol.js';
import { requestForDocument } from './server-requests.js';
import { isPoaDocument } from './settings.js';

export class PoaStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('poa.status', vscode.StatusBarAlignment.Left, 50);
    private readonly disposables: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;
    private sequence = 0;

    constructor(private readonly client: LanguageClient) {
        this.item.name = 'POA Status';
        this.item.command = 'workbench.actions.view.problems';
        this.disposables.push(
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            vscode.languages.onDidChangeDiagnostics((e) => {
                const uri = vscode.window.activeTextEditor?.document.uri;
                if (uri && e.uris.some((u) => u.toString() === uri.toString())) this.schedule(100);
            })
        );
        this.schedule(0);
    }

    private schedule(delay: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        const document = vscode.window.activeTextEditor?.document;
        if (!isPoaDocument(document)) {
            this.item.hide();
            return;
        }
        const sequence = ++this.sequence;
        try {
            const status = await requestForDocument(this.client, StatusRequest, { uri: document.uri.toString() });
            if (sequence !== this.sequence) return;
            this.item.text = `${status.ready ? '$(pass)' : '$(error)'} ${status.status}`;
            this.item.tooltip = status.ready
                ? 'No errors: the instrument is ready to sign. Click to see any warnings in the Problems view.'
                : `${status.errors} error${status.errors === 1 ? '' : 's'} and ${status.warnings} warning${status.warnings === 1 ? '' : 's'} must be reviewed before signing. Click to open the Problems view.`;
            this.item.backgroundColor = status.ready ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
            this.item.show();
        } catch {
            if (sequence === this.sequence) this.item.hide();
        }
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
    }
}
