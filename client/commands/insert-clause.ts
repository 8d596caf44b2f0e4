/**
 * "POA: Insert Clause": a quick pick of the clauses that fit at the cursor
 * (the server says which: `poa/catalog` with the document and offset),
 * inserted as a snippet.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogRequest, type CatalogChoice } from '../../server/protocol.js';
import { requestForDocument } from '../server-requests.js';
import { isPoaDocument } from '../settings.js';

export async function insertClause(client: LanguageClient): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isPoaDocument(editor.document)) {
        void vscode.window.showInformationMessage('Open a .poa file and put the cursor where the clause should go.');
        return;
    }
    let choices: CatalogChoice[];
    try {
        const params = { uri: editor.document.uri.toString(), offset: editor.document.offsetAt(editor.selection.active) };
        choices = (await requestForDocument(client, CatalogRequest, params)).choices ?? [];
    } catch (err) {
        void vscode.window.showErrorMessage(`The clauses could not be listed: ${err instanceof Error ? err.message : String(err)}`);
        return;
    }
    if (choices.length === 0) {
        void vscode.window.showInformationMessage('No clause fits here. Put the cursor inside the instrument, or inside its grant, term or executed block.');
        return;
    }
    const pick = await vscode.window.showQuickPick(
        choices.map((c) => ({ label: c.name, detail: c.description, body: c.body })),
        { title: 'Insert a clause', placeHolder: 'Clauses that fit at the cursor', matchOnDetail: true }
    );
    if (!pick) return;
    const line = editor.document.lineAt(editor.selection.active.line);
    // On an empty line the snippet goes at the cursor; otherwise on a new line below.
    if (line.isEmptyOrWhitespace) {
        await editor.insertSnippet(new vscode.SnippetString(pick.body), editor.selection.active);
    } else {
        const indent = /^\s*/.exec(line.text)?.[0] ?? '';
        await editor.insertSnippet(new vscode.SnippetString(`\n${indent}${pick.body}`), line.range.end);
    }
}
