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
    if (node.$cstNode) collect(node.$cstNode, node, property, out, false);
    return out;
}

/**
 * The first of `propertyNodes(node, property)`, or undefined: the model asks for most properties' first node
 * only (where a name or a keyword is written), and stopping there saves the array and the rest of the walk.
 */
export function firstPropertyNode(node: AstNode, property: string): CstNode | undefined {
    return node.$cstNode ? collect(node.$cstNode, node, property, undefined, true) : undefined;
}

/**
 * The walk of both: the property's nodes among `cst`'s children, and inside those children that belong to
 * the same AST node, in order. With indexed loops and no closure: the model walks dozens of nodes per file.
 * Returns the first node found when `firstOnly`, else undefined after pushing every node onto `out`.
 */
function collect(cst: CstNode, node: AstNode, property: string, out: CstNode[] | undefined, firstOnly: boolean): CstNode | undefined {
    if (!isCompositeCstNode(cst)) return undefined;
    const content = cst.content;
    for (let i = 0; i < content.length; i++) {
        const child = content[i];
        if (featureOf(child) === property) {
            if (firstOnly) return child;
            out!.push(child);
        } else if (isCompositeCstNode(child) && child.astNode === node) {
            const found = collect(child, node, property, out, firstOnly);
            if (found) return found;
        }
    }
    return undefined;
}
