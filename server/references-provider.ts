/** Find references: every use of a party, defined term or template parameter in the file. */
import type { LangiumDocument } from 'langium';
import type { ReferencesProvider } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { spanRange } from './definition-provider.js';
import { SymbolIndex } from './symbol-index.js';

export class PoaReferencesProvider implements ReferencesProvider {
    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const symbol = SymbolIndex.of(document).at(document.textDocument.offsetAt(params.position))?.symbol;
        if (!symbol) return [];
        const spans = [...(params.context.includeDeclaration && symbol.declaration ? [symbol.declaration] : []), ...symbol.usages];
        const uri = document.uri.toString();
        return spans.sort((a, b) => a.offset - b.offset).map((s) => ({ uri, range: spanRange(document, s) }));
    }
}
