/**
 * The one patch of a Langium internal (language/langium/poa-parser.ts): the parser's
 * CST node builder skips attaching an empty list of hidden tokens, which made
 * long clauses quadratic to parse. The patch falls back silently when Langium
 * renames the builder, so this test is what notices: it fails if the patch no
 * longer applies, or if it changes the tree.
 */
import { CstUtils, EmptyFileSystem, type CstNode } from 'langium';
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
