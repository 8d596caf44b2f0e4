/**
 * "POA: Import Document...": pick an existing power of attorney (text, Word
 * or PDF); the server recognises it (`poa/import`) and the new `.poa` file is
 * written beside the document, or where the user says if that name is taken
 * (never replacing a file without asking), then opened beside its preview.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportRequest, type ImportResult } from '../../server/protocol.js';

const FILTERS = { 'Powers of attorney (text, Word, PDF)': ['txt', 'docx', 'pdf'] };

export async function importDocument(client: LanguageClient, source?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!source) {
        const picked = await vscode.window.showOpenDialog({ title: 'Import a power of attorney', canSelectMany: false, filters: FILTERS, openLabel: 'Import' });
        source = picked?.[0];
    }
    if (!source) return undefined;
    const name = path.posix.basename(source.path);
    let result: ImportResult;
    try {
        const bytes = await vscode.workspace.fs.readFile(source);
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: `Importing ${name}` },
            () => client.sendRequest(ImportRequest, { fileName: name, data: Buffer.from(bytes).toString('base64') })
        );
    } catch (err) {
        void vscode.window.showErrorMessage(`${name} could not be imported: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
    const target = await chooseTarget(source);
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.poa, 'utf8'));
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('poa.openPreviewToSide', target);
    const r = result.report;
    const kept = r.keptAsWritten.length;
    void vscode.window.showInformationMessage(
        `Imported ${name}: ${(r.structuredShare * 100).toFixed(0)}% of its words come from recognised clauses`
        + (kept ? `; ${kept} ${kept === 1 ? 'sentence is' : 'sentences are'} kept as written (marked "imported as written"). Review them against the original.` : '.')
    );
    return target;
}

/** The new file's name beside the document; if that name is taken, the user chooses: replace it, or save elsewhere. */
async function chooseTarget(source: vscode.Uri): Promise<vscode.Uri | undefined> {
    const base = path.posix.basename(source.path).replace(/\.[^.]*$/, '');
    const beside = source.with({ path: path.posix.join(path.posix.dirname(source.path), `${base}.poa`) });
    if (!(await exists(beside))) return beside;
    const choice = await vscode.window.showWarningMessage(`${base}.poa already exists. Replace it with the imported document?`, { modal: true }, 'Replace', 'Save As...');
    if (choice === 'Replace') return beside;
    if (choice !== 'Save As...') return undefined;
    return vscode.window.showSaveDialog({ title: 'Save the imported power of attorney', defaultUri: beside, filters: { 'POA files': ['poa'] }, saveLabel: 'Save' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
