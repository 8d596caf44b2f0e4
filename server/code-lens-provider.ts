/**
 * Code lens on the POA header: the document's status for signing ("Ready to
 * sign", "2 required clauses missing"), derived from its diagnostics, and a
 * link that opens the preview. Every lens runs a command the client can run:
 * the status runs the server's SERVER_STATUS_COMMAND (its errors in a
 * message); the preview runs the VS Code extension's OPEN_PREVIEW_COMMAND
 * when the client says it handles it, else the server's SERVER_PREVIEW_COMMAND
 * (the instrument as HTML, opened in the browser).
 */
import { DocumentState, GrammarUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CancellationToken, CodeLens, CodeLensParams } from 'vscode-languageserver';
import { clientSupport } from './client-support.js';
import { summarize } from './document-status.js';
import { OPEN_PREVIEW_COMMAND, SERVER_PREVIEW_COMMAND, SERVER_STATUS_COMMAND } from './protocol.js';

export class PoaCodeLensProvider implements CodeLensProvider {
    constructor(private readonly shared: LangiumSharedCoreServices) {}

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams, cancelToken?: CancellationToken): Promise<CodeLens[]> {
        if (document.state < DocumentState.Validated) {
            await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, document.uri, cancelToken);
        }
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const header = GrammarUtils.findNodeForProperty(root, 'name') ?? root;
        const range = { start: header.range.start, end: header.range.start };
        const summary = summarize(document.diagnostics ?? []);
        const uri = document.uri.toString();
        const preview = clientSupport(this.shared).clientCommands.has(OPEN_PREVIEW_COMMAND) ? OPEN_PREVIEW_COMMAND : SERVER_PREVIEW_COMMAND;
        return [
            { range, command: { title: `${summary.ready ? '✓' : '✗'} ${summary.status}`, command: SERVER_STATUS_COMMAND, arguments: [uri] } },
            { range, command: { title: 'Open preview', command: preview, arguments: [uri] } }
        ];
    }
}
