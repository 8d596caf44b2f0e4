/**
 * "POA: Check All POA Files in the Workspace": opens every .poa file so the
 * server checks it (and the cross-file checks see them all), waits for the
 * results, reports the totals and shows the Problems view.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from '../../server/protocol.js';
import { requestForDocument } from '../server-requests.js';

export interface WorkspaceCheck {
    files: number;
    errors: number;
    warnings: number;
    notReady: string[];
}

export async function checkWorkspace(client: LanguageClient): Promise<WorkspaceCheck | undefined> {
    const files = await vscode.workspace.findFiles('**/*.poa', '**/node_modules/**');
    if (files.length === 0) {
        void vscode.window.showInformationMessage('There are no .poa files in this workspace.');
        return undefined;
    }
    const results = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Checking ${files.length} POA file${files.length === 1 ? '' : 's'}`, cancellable: true },
        async (progress, token) => {
            const out: { uri: vscode.Uri; status: StatusResult }[] = [];
            for (const uri of files) {
                if (token.isCancellationRequested) break;
                progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
                try {
                    const document = await vscode.workspace.openTextDocument(uri);
                    const status = await requestForDocument(client, StatusRequest, { uri: document.uri.toString() }, token);
                    out.push({ uri, status });
                } catch {
                    // A file that cannot be read or checked is skipped; its problem shows in the Problems view.
                }
            }
            return out;
        }
    );
    const check: WorkspaceCheck = {
        files: results.length,
        errors: results.reduce((n, r) => n + r.status.errors, 0),
        warnings: results.reduce((n, r) => n + r.status.warnings, 0),
        notReady: results.filter((r) => !r.status.ready).map((r) => vscode.workspace.asRelativePath(r.uri))
    };
    const summary = check.notReady.length === 0
        ? `All ${check.files} POA files are ready to sign${check.warnings ? ` (${check.warnings} warning${check.warnings === 1 ? '' : 's'})` : ''}.`
        : `${check.notReady.length} of ${check.files} POA files are not ready to sign: ${check.errors} error${check.errors === 1 ? '' : 's'}, ${check.warnings} warning${check.warnings === 1 ? '' : 's'}.`;
    void vscode.window.showInformationMessage(summary);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return check;
}
