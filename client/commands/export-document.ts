/**
 * "POA: Export to DOCX / PDF / HTML / Markdown": the server renders and writes
 * the file's bytes (`poa/export`); the editor asks where to save them. The
 * save dialog asks before replacing an existing file. An instrument that is
 * not ready to sign can still be exported (drafts are circulated), but the
 * user is told so.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportRequest, type ExportFormat } from '../../server/protocol.js';
import { requestForDocument } from '../server-requests.js';
import { isPoaDocument, previewSettings } from '../settings.js';

export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; filter: string }> = {
    docx: { label: 'Word (DOCX)', extension: 'docx', filter: 'Word document' },
    pdf: { label: 'PDF', extension: 'pdf', filter: 'PDF' },
    html: { label: 'HTML', extension: 'html', filter: 'Web page' },
    markdown: { label: 'Markdown', extension: 'md', filter: 'Markdown' }
};

/** The document to act on: the given URI, the active .poa editor, or the document of the active preview. */
export function targetDocument(uri: unknown, previewResource?: vscode.Uri): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    const editor = vscode.window.activeTextEditor;
    if (isPoaDocument(editor?.document)) return editor.document.uri;
    return previewResource;
}

export async function exportDocument(client: LanguageClient, format: ExportFormat | undefined, source: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!source) {
        void vscode.window.showInformationMessage('Open a .poa file to export it.');
        return undefined;
    }
    if (!format) {
        const pick = await vscode.window.showQuickPick(
            (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => ({ label: EXPORT_FORMATS[f].label, format: f })),
            { title: 'Export the power of attorney', placeHolder: 'Format' }
        );
        if (!pick) return undefined;
        format = pick.format;
    }
    const info = EXPORT_FORMATS[format];
    if (!info) {
        void vscode.window.showErrorMessage(`Export to "${String(format)}" is not available; choose DOCX, PDF, HTML or Markdown.`);
        return undefined;
    }
    const base = path.basename(source.path).replace(/\.poa$/i, '');
    target ??= await vscode.window.showSaveDialog({
        title: `Export as ${info.label}`,
        defaultUri: source.with({ path: path.posix.join(path.posix.dirname(source.path), `${base}.${info.extension}`) }),
        filters: { [info.filter]: [info.extension] },
        saveLabel: 'Export'
    });
    if (!target) return undefined;
    const document = await vscode.workspace.openTextDocument(source);
    try {
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `Exporting ${path.basename(source.path)} as ${info.label}` },
            () => requestForDocument(client, ExportRequest, { uri: document.uri.toString(), format: format!, options: previewSettings(source).options })
        );
        await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
        const note = result.summary.ready ? '' : ` Note: it is not ready to sign yet (${result.summary.status}).`;
        void vscode.window.showInformationMessage(`Exported ${path.basename(target.path)}.${note}`);
        return target;
    } catch (err) {
        void vscode.window.showErrorMessage(`The export failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
