/**
 * Scoping: every named thing in a POA (parties, parameters, defined terms) is
 * visible throughout its own file and nowhere else. Instruments are
 * independent documents, so nothing is exported to the global scope.
 */
import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import { AstUtils, DefaultScopeComputation, type MultiMap } from 'langium';

export class PoaScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = this.nameProvider.getName(node);
        if (name === undefined) return;
        const root = AstUtils.findRootNode(node);
        if (root === node) return;
        symbols.add(root, this.descriptions.createDescription(node, name, document));
    }
}
