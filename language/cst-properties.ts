/**
 * Finding the syntax nodes of an AST node's property ("where is this party's
 * name written?"), as Langium's GrammarUtils.findNodesForProperty does but
 * with the grammar look-up cached per grammar element. Langium's version
 * re-walks the grammar for every node; on a 5,000-line instrument that
 * dominated building the model and computing scopes.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/** The property each grammar element assigns, cached: grammar elements are shared by every parse. */
const assignedFeature = new WeakMap<object, string | null>();

function featureOf(cst: CstNode): string | null {
    const source = cst.grammarSource;
    if (!source) return null;
    let feature = assignedFeature.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        assignedFeature.set(source, feature);
    }
    return feature;
}

/**
 * The CST nodes of a node's property, in order: what Langium's
 * GrammarUtils.findNodesForProperty returns, with the grammar look-up cached
 * (it dominated building the model of a 5,000-line instrument).
 */
export function propertyNodes(node: AstNode, property: string): CstNode[] {
    const out: CstNode[] = [];
    const visit = (cst: CstNode) => {
        if (!isCompositeCstNode(cst)) return;
        for (const child of cst.content) {
            if (featureOf(child) === property) out.push(child);
            else if (isCompositeCstNode(child) && child.astNode === node) visit(child);
        }
    };
    if (node.$cstNode) visit(node.$cstNode);
    return out;
}
