/**
 * Scoping: every named thing in a POA (parties, parameters, defined terms) is
 * visible throughout its own file and nowhere else. Instruments are
 * independent documents, so nothing is exported to the global scope.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, MultiMap } from 'langium';

export class PoaScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    /**
     * Langium's walk, without its `await` on every node when nothing can cancel it (the CLI's builds): the
     * same symbols, without a promise per node. With a real token (the language server) it is Langium's own.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        if (cancelToken !== Cancellation.CancellationToken.None) return super.collectLocalSymbols(document, cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) this.addLocalSymbol(node, document, symbols);
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = this.nameProvider.getName(node);
        if (name === undefined) return;
        const root = AstUtils.findRootNode(node);
        if (root === node) return;
        symbols.add(root, this.descriptions.createDescription(node, name, document));
    }
}
