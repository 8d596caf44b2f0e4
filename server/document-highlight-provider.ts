/** Document highlight: the declaration (write) and uses (read) of the name under the cursor. */
import type { LangiumDocument } from 'langium';
import type { DocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import { spanRange } from './definition-provider.js';
import { SymbolIndex } from './symbol-index.js';

export class PoaDocumentHighlightProvider implements DocumentHighlightProvider {
    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const symbol = SymbolIndex.of(document).at(document.textDocument.offsetAt(params.position))?.symbol;
        if (!symbol) return undefined;
        const out: DocumentHighlight[] = [];
        if (symbol.declaration) out.push({ range: spanRange(document, symbol.declaration), kind: DocumentHighlightKind.Write });
        for (const u of symbol.usages) out.push({ range: spanRange(document, u), kind: DocumentHighlightKind.Read });
        return out;
    }
}
