// The extension in VS Code's extension host: opens the examples, waits for the
// server's diagnostics, opens the preview, exports, and applies a quick fix.
// The workspace is a scratch copy of examples/ (see test/vscode/run-tests.mjs);
// `broken.poa` is the reference instrument without its revocation clause.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'poa-studio.poa-studio';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, probe, timeout = 30000) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
        try {
            last = await probe();
        } catch {
            last = undefined; // e.g. the server has not built the document yet
        }
        if (last) return last;
        await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}`);
}

function workspaceFile(name) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    return vscode.Uri.joinPath(folder.uri, name);
}

const codes = (uri) => vscode.languages.getDiagnostics(uri).map((d) => (typeof d.code === 'object' ? d.code.value : d.code));

describe('POA Studio in the extension host', function () {
    let api;

    before(async function () {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
        const document = await vscode.workspace.openTextDocument(workspaceFile('hartford-2007-section16.poa'));
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'poa', '.poa files get the POA language');
        api = await extension.activate();
        assert.ok(extension.isActive);
    });

    it('checks the reference instrument and reports no errors', async function () {
        const uri = workspaceFile('hartford-2007-section16.poa');
        // Wait until the server has published for this file (warnings are allowed, errors are not).
        await until('diagnostics of the reference instrument', async () => {
            const status = await api.client.sendRequest('poa/status', { uri: uri.toString() });
            return status.ready;
        });
        const errors = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
        assert.deepEqual(errors.map((d) => d.message), []);
    });

    it('reports the missing revocation clause in a file without one', async function () {
        const uri = workspaceFile('broken.poa');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await until('poa/missing-revocation', () => codes(uri).includes('poa/missing-revocation'));
        const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => (d.code?.value ?? d.code) === 'poa/missing-revocation');
        // Drafting practice, not law: no statute requires a Section 16 power to say how it is revoked.
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
        assert.match(diagnostic.message, /does not say how it may be revoked/);
    });

    it('opens the preview beside the editor, rendered from the server', async function () {
        const uri = workspaceFile('broken.poa');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await vscode.commands.executeCommand('poa.openPreviewToSide');
        const preview = await until('a rendered preview', () => api.previews.all.find((p) => p.lastResult && p.matches(uri)));
        const runs = (list) => (list ?? []).map((r) => r.text).join('');
        const text = preview.lastResult.document.blocks.map((b) => [runs(b.runs), ...(b.lines ?? []).map((l) => runs(l.runs))].join('\n')).join('\n');
        assert.match(text, /POWER OF ATTORNEY/);
        assert.match(text, /Alan J\. Kreczko/);
        // Without its revocation clause the power is still ready to sign: saying how it is revoked is drafting practice.
        assert.equal(preview.lastResult.summary.ready, true);
        assert.equal(preview.panel.title, 'Preview broken.poa');
    });

    it('follows the active .poa editor unless locked', async function () {
        const preview = api.previews.all[0];
        const reference = workspaceFile('hartford-2007-section16.poa');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reference), vscode.ViewColumn.One);
        await until('the preview to follow the editor', () => preview.matches(reference));
        preview.setLocked(true);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('broken.poa')), vscode.ViewColumn.One);
        await sleep(300);
        assert.ok(preview.matches(reference), 'a locked preview stays on its document');
        preview.setLocked(false);
    });

    it('puts the cursor on a clicked paragraph\'s source, and keeps the focus there when the page takes it at once', async function () {
        const preview = api.previews.all[0];
        const reference = workspaceFile('hartford-2007-section16.poa');
        const document = await vscode.workspace.openTextDocument(reference);
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        await until('the preview to follow the editor', () => preview.matches(reference));
        const grant = document.getText().split('\n').findIndex((l) => /^\s*grant\b/.test(l));
        assert.ok(grant > 0, 'the reference instrument has a grant');
        const onReference = () => vscode.window.activeTextEditor?.document.uri.toString() === reference.toString();
        // What the page posts for a click on the grant's paragraph (client/preview/webview/preview-page.ts).
        preview.onMessage({ type: 'reveal', line: grant, character: 4 });
        await until('the cursor on the grant', () => onReference() && vscode.window.activeTextEditor.selection.active.line === grant);
        // The click's own focus on the page, heard by the workbench after the reveal (as on a busy machine).
        const focused = [];
        const revealedAt = Date.now();
        const listening = preview.panel.onDidChangeViewState(() => focused.push(`${preview.panel.active ? 'preview' : 'editor'} at ${Date.now() - revealedAt} ms`));
        preview.panel.reveal(preview.panel.viewColumn, false);
        await until('the editor to take the focus back', () => focused.some((f) => f.startsWith('preview')) && !preview.panel.active && onReference(), 15000)
            .catch((e) => { throw new Error(`${e.message}; focus changes after the page's focus: ${focused.join(', ') || 'none'}`); });
        listening.dispose();
        // Later (after the window in client/preview/poa-preview.ts, REFOCUS_MS = 2 s), the reader's own focus on the preview stays there.
        await sleep(2500);
        preview.panel.reveal(preview.panel.viewColumn, false);
        await until('the preview focused', () => preview.panel.active);
        await sleep(500);
        assert.ok(preview.panel.active, 'a later focus on the preview is the reader\'s own');
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    });

    it('exports to HTML, Markdown, DOCX and PDF without a dialog when given a target', async function () {
        const source = workspaceFile('hartford-2007-section16.poa');
        const checks = {
            exportHtml: ['html', (b) => assert.match(Buffer.from(b).toString(), /Alan J\. Kreczko/)],
            exportMarkdown: ['md', (b) => assert.match(Buffer.from(b).toString(), /Ricardo A\. Anzaldua/)],
            exportDocx: ['docx', (b) => assert.equal(Buffer.from(b).subarray(0, 2).toString(), 'PK')],
            exportPdf: ['pdf', (b) => assert.equal(Buffer.from(b).subarray(0, 5).toString(), '%PDF-')]
        };
        for (const [command, [extension, check]] of Object.entries(checks)) {
            const target = workspaceFile(`exported.${extension}`);
            const written = await vscode.commands.executeCommand(`poa.${command}`, source, target);
            assert.equal(written?.toString(), target.toString(), `${command} wrote the file`);
            check(await vscode.workspace.fs.readFile(target));
        }
    });

    it('imports a document given to the command: the .poa is written beside it and opened', async function () {
        // Outside the workspace, so that the workspace check below still counts its own two files.
        const source = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'poa-import-')), 'imported-source.txt'));
        await vscode.workspace.fs.writeFile(source, Buffer.from('POWER OF ATTORNEY\n\nThe undersigned does hereby nominate, constitute and appoint Ann Lee, her true and lawful attorney-in-fact, to sign checks.\n\nIN WITNESS WHEREOF, the undersigned has executed this Power of Attorney this 1st day of March, 2024.\n\n/s/ Jane Roe\n'));
        const written = await vscode.commands.executeCommand('poa.importDocument', source);
        const target = vscode.Uri.joinPath(source, '..', 'imported-source.poa');
        assert.equal(written?.toString(), target.toString());
        const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString();
        assert.match(text, /principal roe "Jane Roe"/);
        await until('the imported file in an editor', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === target.toString()));
    });

    it('applies the quick fix for the missing revocation clause', async function () {
        const uri = workspaceFile('broken.poa');
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        const diagnostic = await until('the diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => (d.code?.value ?? d.code) === 'poa/missing-revocation'));
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.diagnostics?.some((d) => (d.code?.value ?? d.code) === 'poa/missing-revocation') || /revocation/i.test(a.title));
        assert.ok(fix, `a quick fix is offered (got: ${actions.map((a) => a.title).join(', ')})`);
        assert.ok(fix.edit, 'the quick fix carries an edit');
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(document.getText(), /revocation by signed-writing delivered to agents/);
        await until('the diagnostic to clear', () => !codes(uri).includes('poa/missing-revocation'));
    });

    it('checks every .poa file in the workspace', async function () {
        const check = await vscode.commands.executeCommand('poa.checkWorkspace');
        assert.equal(check.files, 2);
        assert.equal(check.errors, 0, 'the reference instrument and the fixed copy have no errors');
        assert.deepEqual(check.notReady, []);
    });

    it('shows the status of the active file in the status bar data (poa/status)', async function () {
        const uri = workspaceFile('broken.poa');
        const status = await api.client.sendRequest('poa/status', { uri: uri.toString() });
        assert.equal(typeof status.status, 'string');
        assert.ok(status.status.length > 0);
    });
});
