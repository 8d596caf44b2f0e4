/**
 * Code lens on the POA header: the document's status for signing ("Ready to
 * sign", "2 required clauses missing"), derived from its diagnostics, and a
 * link that opens the preview (command `poa.openPreview` with the URI).
 */
import { DocumentState, GrammarUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CancellationToken, CodeLens, CodeLensParams } from 'vscode-languageserver';
import { summarize } from './document-status.js';
import { OPEN_PREVIEW_COMMAND } from './protocol.js';

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
        return [
            // A lens with a command that does nothing visible is how LSP shows a plain label.
            { range, command: { title: `${summary.ready ? '✓' : '✗'} ${summary.status}`, command: '' } },
            { range, command: { title: 'Open preview', command: OPEN_PREVIEW_COMMAND, arguments: [uri] } }
        ];
    }
}
