/**
 * The descriptions of named things (a party, a parameter, a term): Langium's,
 * except that where the name and the whole node are in the text is read from
 * the syntax tree when asked, not copied when the description is made. After
 * a clause is re-parsed (`incremental-parse.ts`), the other clauses keep their
 * nodes, their syntax nodes move to their new offsets, and their descriptions
 * are kept (`poa-scope-computation.ts`): a copied position would be the old one.
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';

export class PoaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        const nameProvider = this.nameProvider;
        return {
            node,
            name,
            get nameSegment() {
                return CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return CstUtils.toDocumentSegment(node.$cstNode);
            },
            type: node.$type,
            documentUri: doc.uri,
            path
        };
    }
}
