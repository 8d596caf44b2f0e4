/** Go to definition for parties, defined terms and template parameters, including `{name}` inside a `worded` override. */
import type { LangiumDocument } from 'langium';
import type { DefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { SymbolIndex, type Span } from './symbol-index.js';

export function spanRange(document: LangiumDocument, span: Span) {
    return { start: document.textDocument.positionAt(span.offset), end: document.textDocument.positionAt(span.offset + span.length) };
}

export class PoaDefinitionProvider implements DefinitionProvider {
    getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const hit = SymbolIndex.of(document).at(document.textDocument.offsetAt(params.position));
        const symbol = hit?.symbol;
        if (!hit || !symbol?.declaration || !symbol.node?.$cstNode) return undefined;
        const whole = symbol.node.$cstNode;
        return [{
            originSelectionRange: spanRange(document, hit.span),
            targetUri: document.uri.toString(),
            targetRange: spanRange(document, { offset: whole.offset, length: whole.length }),
            targetSelectionRange: spanRange(document, symbol.declaration)
        }];
    }
}
