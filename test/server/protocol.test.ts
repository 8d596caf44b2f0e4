/**
 * The bundled server driven over stdio exactly as an editor drives it:
 * `node dist/server.js --stdio`, spoken to through vscode-languageserver-protocol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentSymbolRequest,
    ExitNotification, HoverRequest, InitializeRequest, InitializedNotification, PrepareRenameRequest,
    RenameRequest, ShutdownRequest, type Diagnostic, type DocumentSymbol, type InitializeResult, type MarkupContent,
    type ProtocolConnection, type WorkspaceEdit, type CompletionList, type CompletionItem
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { similarity } from '../fidelity.js';
import { RenderRequest, StatusRequest, type RenderResult } from '../../server/protocol.js';
import { runsText } from '../../language/render/document-tree.js';
import { REFERENCE_EXAMPLE } from './lsp-services.js';
import { buildBundle, positionOf, ROOT, startServer, type ServerProcess } from './server-process.js';

const uri = pathToFileURL(REFERENCE_EXAMPLE).toString();
const text = readFileSync(REFERENCE_EXAMPLE, 'utf8');
const position = (needle: string, delta = 1) => positionOf(text, needle, delta);

let server: ServerProcess;
let connection: ProtocolConnection;

beforeAll(() => {
    buildBundle();
    server = startServer();
    connection = server.connection;
}, 120_000);

afterAll(() => {
    connection?.dispose();
    if (server && server.process.exitCode === null) server.process.kill();
});

describe('the language server over stdio', () => {
    let init: InitializeResult;

    test('initialize: a single file, no workspace; the server announces every feature', async () => {
        init = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: {}, rename: { prepareSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } }, hover: { contentFormat: ['markdown'] }
                }
            }
        });
        const caps = init.capabilities;
        expect(caps.completionProvider).toBeTruthy();
        expect(caps.hoverProvider).toBeTruthy();
        expect(caps.documentSymbolProvider).toBeTruthy();
        expect(caps.foldingRangeProvider).toBeTruthy();
        expect(caps.documentHighlightProvider).toBeTruthy();
        expect(caps.definitionProvider).toBeTruthy();
        expect(caps.referencesProvider).toBeTruthy();
        expect(caps.renameProvider).toEqual({ prepareProvider: true });
        expect(caps.documentFormattingProvider).toBeTruthy();
        expect(caps.documentRangeFormattingProvider).toBeTruthy();
        expect(caps.semanticTokensProvider).toMatchObject({ full: expect.anything(), legend: { tokenTypes: expect.arrayContaining(['class', 'variable', 'namespace', 'macro', 'enumMember', 'type']) } });
        expect(caps.codeLensProvider).toBeTruthy();
        expect(caps.codeActionProvider).toBeTruthy();
        await connection.sendNotification(InitializedNotification.type, {});
    });

    test('open the reference example and receive its diagnostics', async () => {
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text } });
        const published = await server.diagnostics(uri);
        expect(published.uri).toBe(uri);
        // The reference instrument is complete: nothing in it is an error.
        expect(published.diagnostics.filter((d: Diagnostic) => d.severity === 1)).toEqual([]);
    });

    test('completion offers the SEC forms after `file`', async () => {
        const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: position('form3,', 0) });
        const items = (Array.isArray(result) ? result : (result as CompletionList).items) as CompletionItem[];
        expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['form3', 'form4', 'form5', 'form144']));
    });

    test('hover on Form 144 explains it', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position('form144 under') });
        expect((hover!.contents as MarkupContent).value).toMatch(/^\*\*SEC Form 144\*\*\n\nNotice of Proposed Sale of Securities/);
    });

    test('document symbols outline the instrument', async () => {
        const symbols = (await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
        expect(symbols[0].name).toBe('Power of attorney Kreczko2007');
        expect(symbols[0].children!.map((s) => s.name)).toContain('Grant of authority');
    });

    test('formatting the (canonical) reference example changes nothing', async () => {
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toEqual([]);
    });

    test('rename an agent: prepareRename, then the edits', async () => {
        const range = await connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: position('aquino "') });
        expect(range).toEqual({ start: position('aquino "', 0), end: position('aquino "', 6) });
        const edit = (await connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: position('aquino "'), newName: 'grabowskiAquino' })) as WorkspaceEdit;
        expect(edit.changes![uri].map((e) => e.newText)).toEqual(['grabowskiAquino']);
        await expect(connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: position('aquino "'), newName: 'hunt' }))
            .rejects.toThrow('"hunt" is already used by the agent already named "hunt"');
    });

    test('code actions answer for the document\'s diagnostics', async () => {
        const published = await server.diagnostics(uri);
        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position('}\n', 0) }, context: { diagnostics: published.diagnostics }
        });
        expect(Array.isArray(actions)).toBe(true);
    });

    test('poa/render returns the rendered instrument, near-identical to the filed text', async () => {
        const result: RenderResult = await connection.sendRequest(RenderRequest, { uri });
        expect(result.uri).toBe(uri);
        expect(result.summary.ready).toBe(true);
        expect(result.summary.status).toMatch(/^Ready to sign/);
        expect(result.document.blocks[0]).toMatchObject({ kind: 'title' });
        const rendered = result.document.blocks.map((b) => [runsText(b.runs), ...(b.lines ?? []).map((l) => runsText(l.runs))].filter((t) => t).join('\n')).join('\n\n');
        const reference = readFileSync(join(ROOT, 'test', 'fixtures', 'hartford-2007-section16-poa.txt'), 'utf8');
        expect(similarity(reference, rendered)).toBeGreaterThanOrEqual(0.98);
        // Parties are marked and carry their source ranges.
        const runs = result.document.blocks.flatMap((b) => b.runs);
        const anzaldua = runs.find((r) => r.text === 'Ricardo A. Anzaldua');
        expect(anzaldua?.role).toBe('party');
        expect(anzaldua?.source?.start.line).toBe(position('anzaldua "', 0).line);
    });

    test('poa/status summarises the diagnostics', async () => {
        const status = await connection.sendRequest(StatusRequest, { uri });
        expect(status).toMatchObject({ uri, errors: 0, ready: true });
    });

    test('poa/render sent right after didOpen answers with the rendered document', async () => {
        const fresh = 'untitled:fresh.poa';
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fresh, languageId: 'poa', version: 1, text: 'poa Fresh { kind general principal jane "Jane Roe" }' } });
        const result: RenderResult = await connection.sendRequest(RenderRequest, { uri: fresh });
        expect(result.document.blocks.map((b) => runsText(b.runs)).join(' ')).toContain('IN WITNESS WHEREOF');
    });

    test('an unknown document and malformed requests get error responses; the server still answers', async () => {
        await expect(connection.sendRequest(RenderRequest, { uri: 'file:///nowhere/missing.poa' }))
            .rejects.toThrow('No POA document is open or in the workspace at file:///nowhere/missing.poa.');
        await expect(connection.sendRequest(RenderRequest, {} as never)).rejects.toThrow('The request needs the document URI as "uri" (a string).');
        await expect(connection.sendRequest(RenderRequest, { uri, options: { voice: 'shouting' } } as never)).rejects.toThrow('"voice" must be one of undersigned, first-person.');
        await expect(connection.sendRequest(HoverRequest.type, {} as never)).rejects.toThrow();
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position('form144 under') });
        expect(hover).toBeTruthy();
    });

    test('shutdown and exit: the process ends with code 0', async () => {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        expect(await server.exited).toBe(0);
        expect(server.stderr()).not.toMatch(/TypeError|ReferenceError|at .*server\.js/);
    });
});
