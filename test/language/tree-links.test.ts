/**
 * Two steps of Langium's parser done with less garbage (language/langium/tree-links.ts): the links
 * of every node to its container after a parse, and the defaults of a finished node's missing
 * properties. Each must give what Langium's own function gives, on every example, and the POA
 * parser must use them (they fall back silently when Langium renames what they replace).
 */
import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultsAssigner, linkContainers } from '../../language/langium/tree-links.js';
import { createPoaServices } from '../../language/poa-module.js';

function texts(): string[] {
    const root = join(import.meta.dirname, '..', '..');
    return ['examples', 'examples/corpus', 'examples/forms', 'test/fixtures/findings'].flatMap((d) =>
        readdirSync(join(root, d)).filter((f) => f.endsWith('.poa')).map((f) => readFileSync(join(root, d, f), 'utf8')));
}

type Linked = { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
const links = (nodes: AstNode[]) => nodes.map((n) => {
    const l = n as Linked;
    return [nodes.indexOf(l.$container as AstNode), l.$containerProperty, l.$containerIndex];
});

describe("the parser's tree links and defaults (tree-links.ts)", () => {
    const { Poa } = createPoaServices(EmptyFileSystem);
    const parser = Poa.parser.LangiumParser;

    test('apply: the POA parser has its own construct step', () => {
        expect(Object.hasOwn(parser, 'construct')).toBe(true);
        expect(typeof (Object.getPrototypeOf(parser) as { construct?: unknown }).construct, "Langium's parser no longer has `construct`").toBe('function');
    });

    test("link every node to its container as Langium's linkContentToContainer does", () => {
        for (const text of texts()) {
            const root = parser.parse(text).value;
            const nodes = [root, ...AstUtils.streamAllContents(root)];
            const ours = links(nodes);
            for (const n of nodes) {
                const l = n as Linked;
                delete l.$container; delete l.$containerProperty; delete l.$containerIndex;
            }
            AstUtils.linkContentToContainer(root, { deep: true });
            expect(ours).toEqual(links(nodes));
            for (const n of nodes) delete (n as Linked).$container;
            linkContainers(root);
            expect(links(nodes)).toEqual(ours);
        }
    });

    test("give a node's missing properties the defaults Langium's assignMandatoryProperties gives", () => {
        const reflection = Poa.shared.AstReflection;
        const assign = defaultsAssigner(reflection);
        const types = reflection.getAllTypes();
        expect(types.length).toBeGreaterThan(50);
        const defaultsOf = ($type: string) => {
            const node = { $type } as AstNode;
            AstUtils.assignMandatoryProperties(reflection, node);
            const { $type: _, ...rest } = node as unknown as Record<string, unknown>;
            return rest;
        };
        let withDefaults = 0;
        for (const $type of types) {
            const [ours, langiums] = [{ $type } as AstNode, { $type } as AstNode];
            assign(ours);
            assign(ours); // a second node of the type: the listed defaults, copied anew
            AstUtils.assignMandatoryProperties(reflection, langiums);
            expect(ours).toEqual(langiums);
            if (Object.keys(langiums).length > 1) withDefaults++;
            const second = { $type } as AstNode;
            assign(second);
            for (const [k, v] of Object.entries(second)) if (Array.isArray(v)) expect(v).not.toBe((ours as unknown as Record<string, unknown>)[k]);
        }
        expect(withDefaults).toBeGreaterThan(20);
        // A property the parse set keeps its value.
        const $type = types.find((t) => Object.keys(defaultsOf(t)).length > 0)!;
        const name = Object.keys(defaultsOf($type))[0];
        const written = { $type, [name]: 'written' } as unknown as AstNode;
        assign(written);
        expect((written as unknown as Record<string, unknown>)[name]).toBe('written');
    });
});
