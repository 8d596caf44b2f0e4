/**
 * Scoping: every named thing in a POA (parties, parameters, defined terms) is
 * visible throughout its own file and nowhere else. Instruments are
 * independent documents, so nothing is exported to the global scope.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck } from 'langium';
import { descendantsKept } from './ast-walk.js';

/** Nodes visited between two checks for cancellation. */
const CHECK_EVERY = 500;

export class PoaScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    /**
     * Langium's walk, as a plain loop (`ast-walk.ts`) that checks for cancellation every 500 nodes instead of
     * awaiting once per node: the same symbols in the same order, without an iterator and a promise per node.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        // Kept for the linker, which walks the same tree next (ast-walk.ts).
        const nodes = descendantsKept(document.parseResult.value);
        await interruptAndCheck(cancelToken);
        for (let i = 0; i < nodes.length; i++) {
            if (i > 0 && i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
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
