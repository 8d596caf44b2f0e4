/**
 * The two walks of a whole tree that every build makes (scope computation and
 * linking), as plain loops. Langium's `streamAst` and `streamReferences` give
 * the same nodes in the same order through a generic stream (an iterator
 * object and a closure per node, `Object.keys` per step), which on a
 * 5,000-line file cost more than the work done at each node.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import { ObjectCache } from '../object-cache.js';

/** Every node under `root` (not `root` itself), in the order of `AstUtils.streamAllContents`: depth first, by property, then by index. */
export function descendants(root: AstNode): AstNode[] {
    const out: AstNode[] = [];
    const visit = (node: AstNode): void => {
        for (const key in node) {
            if (key.startsWith('$') || !Object.prototype.hasOwnProperty.call(node, key)) continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (const element of value) {
                    if (isAstNode(element)) { out.push(element); visit(element); }
                }
            } else if (isAstNode(value)) {
                out.push(value);
                visit(value);
            }
        }
    };
    visit(root);
    return out;
}

/**
 * A walk of a tree kept for the next walk of the same tree: the scope computation walks it, and
 * the linker, next in the same build, reads that walk instead of walking again. Read once: a later
 * linking (another file changed) walks afresh. Between the two nothing changes the tree, and an
 * edit gives the document a new root (`incremental-parse.ts`), so a kept walk is the tree's.
 */
const kept = new ObjectCache<AstNode, AstNode[]>('poa walk');

/** `descendants(root)`, kept for the next `referencesIn(root)`. */
export function descendantsKept(root: AstNode): AstNode[] {
    const nodes = descendants(root);
    kept.set(root, nodes);
    return nodes;
}

/** Keeps `nodes`, which must be `descendants(root)` in its order, for the next `referencesIn(root)`. */
export function keepWalk(root: AstNode, nodes: AstNode[]): void {
    kept.set(root, nodes);
}

/** The cross-references of `root` and the nodes under it, in the order of `streamAst` then `streamReferences` per node. */
export function referencesIn(root: AstNode): ReferenceInfo[] {
    const out: ReferenceInfo[] = [];
    const nodes = kept.get(root) ?? descendants(root);
    kept.delete(root);
    for (let i = -1; i < nodes.length; i++) {
        const node = i < 0 ? root : nodes[i];
        for (const property in node) {
            if (property.startsWith('$') || !Object.prototype.hasOwnProperty.call(node, property)) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isReference(value) || isMultiReference(value)) {
                out.push({ reference: value, container: node, property });
            } else if (Array.isArray(value)) {
                value.forEach((element, index) => {
                    if (isReference(element) || isMultiReference(element)) out.push({ reference: element, container: node, property, index });
                });
            }
        }
    }
    return out;
}
