/**
 * The patches of Langium internals (language/langium/poa-parser.ts). The first: the parser's
 * CST node builder skips attaching an empty list of hidden tokens, which made
 * long clauses quadratic to parse. The patch falls back silently when Langium
 * renames the builder, so this test is what notices: it fails if the patch no
 * longer applies, or if it changes the tree. The same for the second patch, the
 * push of one node onto a syntax node's list (language/langium/cst-container-push.ts).
 */
import { CompositeCstNodeImpl, CstUtils, EmptyFileSystem, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createPoaServices } from '../../language/poa-module.js';

type Builder = { addHiddenNodes: (tokens: readonly unknown[]) => void };

describe("the patch of Langium's parser node builder", () => {
    const { Poa } = createPoaServices(EmptyFileSystem);
    const parser = Poa.parser.LangiumParser;
    const builder = (parser as unknown as { nodeBuilder?: Builder }).nodeBuilder;

    test('applies: the POA parser has a node builder whose addHiddenNodes is the patched one', () => {
        expect(builder, 'Langium\'s parser no longer has a `nodeBuilder`').toBeDefined();
        const original = (Object.getPrototypeOf(builder) as Builder).addHiddenNodes;
        expect(typeof original, 'Langium\'s node builder no longer has `addHiddenNodes`').toBe('function');
        expect(Object.prototype.hasOwnProperty.call(builder, 'addHiddenNodes')).toBe(true);
        expect(builder!.addHiddenNodes).not.toBe(original);
    });

    test('changes nothing in the tree: comments are still attached where they were written', () => {
        const result = parser.parse('poa X {\n    // the kind\n    kind general\n    jurisdiction NY // where\n}\n');
        expect(result.parserErrors).toEqual([]);
        const comments = CstUtils.streamCst(result.value.$cstNode as CstNode).filter((n) => n.hidden && n.text.startsWith('//')).toArray();
        expect(comments.map((c) => [c.text, c.range.start.line])).toEqual([['// the kind', 1], ['// where', 3]]);
    });
});

describe("the patch of Langium's syntax-node lists (language/langium/cst-container-push.ts)", () => {
    createPoaServices(EmptyFileSystem); // creating the parser applies it
    type Container = CstNode[] & { parent: unknown };
    const list = () => new CompositeCstNodeImpl().content as unknown as Container;
    const proto = Object.getPrototypeOf(list()) as { push: () => number; addParents?: unknown };

    test('applies: the lists have a push of their own, and Langium still has the addParents it stands in for', () => {
        expect(proto, 'Langium\'s syntax-node list is a plain array again').not.toBe(Array.prototype);
        expect(typeof proto.addParents, 'Langium\'s syntax-node list no longer has `addParents`').toBe('function');
        expect(Object.prototype.hasOwnProperty.call(proto, 'push')).toBe(true);
        expect(proto.push.toString()).toContain('this.parent');
    });

    test('a push of one node or of several sets each node\'s parent and appends in order', () => {
        const parent = new CompositeCstNodeImpl();
        const content = parent.content as unknown as Container;
        const [a, b, c] = [new CompositeCstNodeImpl(), new CompositeCstNodeImpl(), new CompositeCstNodeImpl()];
        expect(content.push(a)).toBe(1);
        expect(content.push(b, c)).toBe(3);
        expect([...content]).toEqual([a, b, c]);
        expect([a, b, c].every((n) => n.container === parent)).toBe(true);
        expect(Array.isArray(content)).toBe(true);
    });

    test('an unshift onto an empty list or onto one with nodes sets each node\'s parent and puts them first, in order', () => {
        const { unshift } = proto as unknown as { unshift: () => number };
        expect(unshift.toString(), 'the unshift patch no longer applies').toContain('this.push');
        const parent = new CompositeCstNodeImpl();
        const content = parent.content as unknown as Container;
        const [a, b, c, d] = [new CompositeCstNodeImpl(), new CompositeCstNodeImpl(), new CompositeCstNodeImpl(), new CompositeCstNodeImpl()];
        expect(content.unshift(b, c)).toBe(2);
        expect(content.unshift(a)).toBe(3);
        content.push(d);
        expect([...content]).toEqual([a, b, c, d]);
        expect([a, b, c, d].every((n) => n.container === parent)).toBe(true);
    });

    test('comments before the first token are the first nodes of the tree', () => {
        const { Poa } = createPoaServices(EmptyFileSystem);
        const result = Poa.parser.LangiumParser.parse('// one\n/* two */\npoa X {\n    kind general\n}\n');
        expect(result.parserErrors).toEqual([]);
        const root = result.value.$cstNode as CstNode & { content: CstNode[] };
        expect([...root.content].slice(0, 2).map((n) => [n.text, n.hidden, n.container === root])).toEqual([['// one', true, true], ['/* two */', true, true]]);
    });

    test('changes nothing in the tree: every syntax node is in its parent\'s list, in text order', () => {
        const { Poa } = createPoaServices(EmptyFileSystem);
        const result = Poa.parser.LangiumParser.parse('poa X {\n    kind general // k\n    principal p "P Q" {\n        pronoun she\n    }\n}\n');
        expect(result.parserErrors).toEqual([]);
        const nodes = CstUtils.streamCst(result.value.$cstNode as CstNode).toArray();
        for (const node of nodes.slice(1)) expect((node.container as unknown as { content: CstNode[] }).content).toContain(node);
        const leaves = nodes.filter((n) => !('content' in n));
        expect(leaves.map((n) => n.offset)).toEqual([...leaves.map((n) => n.offset)].sort((x, y) => x - y));
        expect(leaves.map((n) => n.text).join(' ')).toBe('poa X { kind general // k principal p "P Q" { pronoun she } }');
    });
});
