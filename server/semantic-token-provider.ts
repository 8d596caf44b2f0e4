/**
 * Semantic tokens, so names are coloured by the role they play:
 *   principal -> class, agent -> variable, issuer -> namespace,
 *   defined or standard term -> macro, template parameter -> parameter,
 *   SEC form -> enumMember, statute or rule -> type.
 * Declarations carry the `declaration` modifier; standard terms `defaultLibrary`.
 * `{name}` inside a `worded` override is coloured like the name it refers to.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { SymbolIndex, type SymbolKind } from './symbol-index.js';

export const TOKEN_TYPE_OF: Record<SymbolKind, string> = {
    principal: SemanticTokenTypes.class,
    agent: SemanticTokenTypes.variable,
    issuer: SemanticTokenTypes.namespace,
    term: SemanticTokenTypes.macro,
    'standard-term': SemanticTokenTypes.macro,
    parameter: SemanticTokenTypes.parameter
};

export class PoaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (ast.isInstrument(node)) {
            this.highlightNames(node, acceptor);
            return;
        }
        if (ast.isFiling(node)) {
            node.forms.forEach((_f, index) => acceptor({ node, property: 'forms', index, type: SemanticTokenTypes.enumMember }));
            acceptor({ node, property: 'statute', type: SemanticTokenTypes.type });
        } else if (ast.isEnd(node) && node.status) {
            acceptor({ node, property: 'status', type: SemanticTokenTypes.type });
        }
    }

    /** Every declaration and use of a party, term or parameter, from the shared index. */
    private highlightNames(root: ast.Instrument, acceptor: SemanticTokenAcceptor): void {
        const document = this.currentDocument as LangiumDocument | undefined;
        if (!document) return;
        const index = SymbolIndex.of(document);
        for (const s of index.symbols) {
            const type = TOKEN_TYPE_OF[s.kind];
            const modifier = s.kind === 'standard-term' ? [SemanticTokenModifiers.defaultLibrary] : [];
            const at = (offset: number, length: number, mods: string[]) => {
                const pos = document.textDocument.positionAt(offset);
                acceptor({ line: pos.line, char: pos.character, length, type, modifier: mods });
            };
            if (s.declaration) at(s.declaration.offset, s.declaration.length, [SemanticTokenModifiers.declaration]);
            for (const u of s.usages) at(u.offset, u.length, modifier);
        }
        void root;
    }
}
