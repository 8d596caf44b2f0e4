/**
 * Names of parties, parameters and terms: Langium's default, with the name's
 * syntax node found through the cached property look-up (`cst-properties.ts`),
 * since scope computation asks for it once per named thing.
 */
import { DefaultNameProvider, type AstNode, type CstNode } from 'langium';
import { propertyNodes } from '../cst-properties.js';

export class PoaNameProvider extends DefaultNameProvider {
    override getNameNode(node: AstNode): CstNode | undefined {
        return propertyNodes(node, 'name')[0];
    }
}
