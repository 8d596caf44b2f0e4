/**
 * The POA Studio extension: starts the POA language server (bundled as
 * dist/server.js) over IPC, and adds the live preview, the commands (new POA,
 * insert clause, export, check the workspace) and the status bar item.
 * Activated by opening a .poa file or running one of its commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExportFormat } from '../server/protocol.js';
import { checkWorkspace } from './commands/check-workspace.js';
import { exportDocument, targetDocument } from './commands/export-document.js';
import { importDocument } from './commands/import-document.js';
import { insertClause } from './commands/insert-clause.js';
import { newPoa } from './commands/new-poa.js';
import { createLanguageClient } from './language-client.js';
import { PreviewManager } from './preview/preview-manager.js';
import { PoaStatusBar } from './status-bar.js';

/** What `activate` returns: used by the extension-host tests. */
export interface PoaStudioApi {
    client: LanguageClient;
    previews: PreviewManager;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PoaStudioApi> {
    const output = vscode.window.createOutputChannel('POA Language Server');
    context.subscriptions.push(output);
    client = createLanguageClient(context, output);
    const previews = new PreviewManager(client, context.extensionUri);
    context.subscriptions.push(previews);

    const preview = (toSide: boolean, locked = false) => (uri?: unknown) => {
        const target = targetDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, previews.active?.resource);
        if (!target) {
            void vscode.window.showInformationMessage('Open a .poa file to preview it.');
            return undefined;
        }
        return previews.open(target, toSide, locked);
    };
    const exporter = (format?: ExportFormat) => (uri?: unknown, target?: unknown) =>
        exportDocument(client!, format, targetDocument(uri, previews.active?.resource), target instanceof vscode.Uri ? target : undefined);

    context.subscriptions.push(
        vscode.commands.registerCommand('poa.openPreview', preview(false)),
        vscode.commands.registerCommand('poa.openPreviewToSide', preview(true)),
        vscode.commands.registerCommand('poa.openLockedPreviewToSide', preview(true, true)),
        vscode.commands.registerCommand('poa.togglePreviewLock', () => previews.toggleLock()),
        vscode.commands.registerCommand('poa.newPoa', () => newPoa(client!)),
        vscode.commands.registerCommand('poa.insertClause', () => insertClause(client!)),
        vscode.commands.registerCommand('poa.export', exporter()),
        vscode.commands.registerCommand('poa.exportDocx', exporter('docx')),
        vscode.commands.registerCommand('poa.exportPdf', exporter('pdf')),
        vscode.commands.registerCommand('poa.exportHtml', exporter('html')),
        vscode.commands.registerCommand('poa.exportMarkdown', exporter('markdown')),
        vscode.commands.registerCommand('poa.checkWorkspace', () => checkWorkspace(client!)),
        vscode.commands.registerCommand('poa.importDocument', (uri?: unknown) => importDocument(client!, uri instanceof vscode.Uri ? uri : undefined)),
        vscode.commands.registerCommand('poa.showServerLog', () => output.show(true)),
        vscode.commands.registerCommand('poa.restartServer', async () => {
            await client?.restart();
            previews.all.forEach((p) => p.refresh(true));
        })
    );

    try {
        await client.start();
    } catch (err) {
        output.appendLine(`The POA language server could not start: ${err instanceof Error ? err.message : String(err)}`);
        void vscode.window.showErrorMessage('The POA language server could not start; checks and the preview are unavailable. See the "POA Language Server" output for details.', 'Show Log')
            .then((choice) => { if (choice) output.show(); });
    }
    context.subscriptions.push(new PoaStatusBar(client));
    return { client, previews };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
