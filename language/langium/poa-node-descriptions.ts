/**
 * The descriptions of named things (a party, a parameter, a term): Langium's,
 * except that where the name and the whole node are in the text is read from
 * the syntax tree when asked, not copied when the description is made. After
 * a clause is re-parsed (`incremental-parse.ts`), the other clauses keep their
 * nodes, their syntax nodes move to their new offsets, and their descriptions
 * are kept (`poa-scope-computation.ts`): a copied position would be the old one.
 *
 * A description is an instance of a class, its two positions getters of the
 * prototype, not an object literal with getters: those would keep every
 * document alive until a full garbage collection (see `poa-reference.ts`).
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI } from 'langium';

class PoaNodeDescription implements AstNodeDescription {
    readonly type: string;
    // Private (#): a description's own properties stay those of Langium's.
    readonly #nameProvider: NameProvider;

    constructor(readonly node: AstNode, readonly name: string, nameProvider: NameProvider, readonly documentUri: URI, readonly path: string) {
        this.type = node.$type;
        this.#nameProvider = nameProvider;
    }

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.#nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

export class PoaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new PoaNodeDescription(node, name, this.nameProvider, doc.uri, path);
    }
}
