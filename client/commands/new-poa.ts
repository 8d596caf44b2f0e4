/**
 * "POA: New Power of Attorney": pick a kind and a jurisdiction (or a statutory
 * form), choose where to save, and get a complete starter instrument to edit
 * (the server writes it, as `poa new` does). An existing file is never
 * replaced without asking.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogRequest, FormsRequest, NewDocumentRequest, type CatalogResult, type FormSummary, type Kind, type NewDocumentParams } from '../../server/protocol.js';
import { defaultJurisdiction } from '../settings.js';

const KIND_LABELS: Record<Kind, { label: string; detail: string }> = {
    section16: { label: 'Section 16', detail: 'SEC Forms 3, 4 and 5 (and Form 144) for a director or officer' },
    securities: { label: 'Securities filings', detail: 'Schedules 13D and 13G, registration statements and other SEC filings' },
    general: { label: 'General (durable)', detail: 'A durable financial power of attorney (Uniform Power of Attorney Act)' },
    limited: { label: 'Limited', detail: 'One transaction or purpose' },
    healthcare: { label: 'Health care', detail: 'Health care decisions (health care proxy)' }
};

const KINDS = Object.keys(KIND_LABELS) as Kind[];

export async function newPoa(client: LanguageClient): Promise<vscode.Uri | undefined> {
    const onForm = { label: 'On a statutory form', detail: 'A state\'s statutory form, in the statute\'s words', poaKind: undefined };
    const kindPick = await vscode.window.showQuickPick<{ label: string; detail: string; poaKind: Kind | undefined }>(
        [...KINDS.map((poaKind) => ({ ...KIND_LABELS[poaKind], poaKind })), onForm],
        { title: 'New power of attorney (1/2)', placeHolder: 'What kind of power of attorney?' }
    );
    if (!kindPick) return undefined;
    if (kindPick.poaKind === undefined) return newOnForm(client);
    const preferred = defaultJurisdiction();
    const securities = kindPick.poaKind === 'section16' || kindPick.poaKind === 'securities';
    const first = securities ? 'federal' : preferred === 'federal' ? 'NY' : preferred;
    let known: CatalogResult['jurisdictions'];
    try {
        ({ jurisdictions: known } = await client.sendRequest(CatalogRequest, {}));
    } catch (err) {
        void vscode.window.showErrorMessage(`The jurisdictions could not be listed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
    const jurisdictions = [...known].sort((a, b) => Number(b.id === first) - Number(a.id === first));
    const jurisdictionPick = await vscode.window.showQuickPick(
        jurisdictions.map((j) => ({ label: j.name, description: j.id, id: j.id })),
        { title: 'New power of attorney (2/2)', placeHolder: 'Under which law is it drafted?' }
    );
    if (!jurisdictionPick) return undefined;
    const target = await saveTarget(`${kindPick.poaKind}-power-of-attorney.poa`);
    if (!target) return undefined;
    return create(client, target, { kind: kindPick.poaKind, jurisdiction: jurisdictionPick.id, fileName: path.basename(target.path) });
}

/** The second step when a statutory form is chosen: which form (the server lists them). */
async function newOnForm(client: LanguageClient): Promise<vscode.Uri | undefined> {
    let forms: FormSummary[];
    try {
        forms = await client.sendRequest(FormsRequest);
    } catch (err) {
        void vscode.window.showErrorMessage(`The statutory forms could not be listed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
    const formPick = await vscode.window.showQuickPick(
        forms.map((form) => ({ label: form.title, description: form.citation, detail: form.id, form })),
        { title: 'New power of attorney (2/2)', placeHolder: 'Which statutory form?' }
    );
    if (!formPick) return undefined;
    const target = await saveTarget(`${formPick.form.id}-power-of-attorney.poa`);
    if (!target) return undefined;
    return create(client, target, { kind: 'general', jurisdiction: 'federal', form: formPick.form.id, fileName: path.basename(target.path) });
}

/** Where to save, confirming before an existing file is replaced. */
async function saveTarget(suggested: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title: 'Save the new power of attorney',
        defaultUri: folder ? vscode.Uri.joinPath(folder, suggested) : undefined,
        filters: { 'Power of attorney': ['poa'] },
        saveLabel: 'Create'
    });
    if (!target) return undefined;
    if (await exists(target)) {
        const replace = await vscode.window.showWarningMessage(
            `${path.basename(target.path)} already exists. Replace it with a new starter file? Its current contents will be lost.`,
            { modal: true }, 'Replace'
        );
        if (replace !== 'Replace') return undefined;
    }
    return target;
}

/** Asks the server for the starter text and writes it where the user chose. */
async function create(client: LanguageClient, target: vscode.Uri, params: NewDocumentParams): Promise<vscode.Uri | undefined> {
    let text: string;
    try {
        ({ text } = await client.sendRequest(NewDocumentRequest, params));
    } catch (err) {
        void vscode.window.showErrorMessage(`The new power of attorney could not be created: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(target);
    return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
