/**
 * Semantic tokens, so names are coloured by the role they play:
 *   principal -> class, agent -> variable, issuer -> namespace,
 *   defined or standard term -> macro, template parameter -> parameter,
 *   SEC form -> enumMember, statute or rule -> type.
 * Declarations carry the `declaration` modifier; standard terms `defaultLibrary`.
 * `{name}` inside a `worded` override is coloured like the name it refers to.
 * Keywords, strings, numbers, dates and comments are tokens too, so an editor
 * with no POA grammar of its own (Neovim, Helix, Emacs, Sublime) colours the
 * whole file from the server.
 */
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { SymbolIndex, type SymbolKind } from './symbol-index.js';

export const TOKEN_TYPE_OF: Record<SymbolKind, string> = {
    principal: SemanticTokenTypes.class,
    agent: SemanticTokenTypes.variable,
    issuer: SemanticTokenTypes.namespace,
    'defined-term': SemanticTokenTypes.macro,
    'standard-term': SemanticTokenTypes.macro,
    parameter: SemanticTokenTypes.parameter
};

export class PoaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(private readonly services: LangiumServices) {
        super(services);
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (ast.isInstrument(node)) {
            this.highlightNames(node, acceptor);
            this.highlightLexical(node, acceptor);
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
        const index = SymbolIndex.of(this.services, document);
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

    /**
     * Keywords, literals and comments, from the syntax tree's leaves. A leaf another token already covers
     * (an SEC form, a statute, a string holding `{name}` references) is left to that token: tokens never overlap.
     */
    private highlightLexical(root: ast.Instrument, acceptor: SemanticTokenAcceptor): void {
        const cst = root.$cstNode;
        const document = this.currentDocument as LangiumDocument | undefined;
        if (!cst || !document) return;
        const covered: { offset: number; length: number }[] = SymbolIndex.of(this.services, document).symbols.flatMap((s) => [...(s.declaration ? [s.declaration] : []), ...s.usages]);
        // Forms, statutes and statuses, which highlightElement colours as such.
        for (const node of AstUtils.streamAst(root)) {
            const properties = ast.isFiling(node) ? ['forms', 'statute'] : ast.isEnd(node) ? ['status'] : [];
            for (const property of properties) covered.push(...GrammarUtils.findNodesForProperty(node.$cstNode, property));
        }
        const overlapsName = (leaf: CstNode) => covered.some((u) => u.offset < leaf.end && leaf.offset < u.offset + u.length);
        for (const leaf of CstUtils.streamCst(cst)) {
            if (!isLeafCstNode(leaf) || leaf.length === 0) continue;
            const type = this.lexicalType(leaf);
            if (!type || overlapsName(leaf)) continue;
            // One token per line: a block comment or string may span lines, and LSP tokens may not.
            let offset = leaf.offset;
            for (const line of leaf.text.split('\n')) {
                const pos = document.textDocument.positionAt(offset);
                const length = line.replace(/\r$/, '').length;
                if (length > 0) acceptor({ line: pos.line, char: pos.character, length, type });
                offset += line.length + 1;
            }
        }
    }

    private lexicalType(leaf: CstNode & { tokenType?: { name: string } }): string | undefined {
        const terminal = leaf.tokenType?.name;
        if (terminal === 'SL_COMMENT' || terminal === 'ML_COMMENT') return SemanticTokenTypes.comment;
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            if (!/^[A-Za-z]/.test(leaf.text)) return undefined; // punctuation: braces, commas
            return SemanticTokenTypes.keyword;
        }
        if (terminal === 'STRING') return SemanticTokenTypes.string;
        if (terminal === 'INT' || terminal === 'DATE') return SemanticTokenTypes.number;
        return undefined;
    }
}
