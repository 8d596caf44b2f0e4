/**
 * Parse results as plain data, for comparing two parses of the same text (the syntax tree with every token's
 * kind, offset and range; the AST with its values and containers), and random edits of a text: shared by the
 * property tests of the incremental parse and the clause cache.
 */
import fc from 'fast-check';
import type { AstNode, CstNode } from 'langium';
import { expect } from 'vitest';

/** The syntax tree as plain data: grammar element, AST type, and per token its kind and place. */
export function cstShape(node: CstNode): unknown {
    const composite = node as CstNode & { content?: CstNode[]; _astNode?: AstNode };
    const grammar = node.grammarSource ? `${node.grammarSource.$type}:${(node.grammarSource as { value?: string }).value ?? (node.grammarSource as { rule?: { $refText?: string } }).rule?.$refText ?? ''}` : '';
    if (composite.content) return { grammar, ast: composite._astNode?.$type, content: composite.content.map(cstShape) };
    const leaf = node as CstNode & { tokenType: { name: string } };
    return { grammar, token: leaf.tokenType.name, hidden: leaf.hidden, offset: leaf.offset, length: leaf.length, range: leaf.range, text: leaf.text };
}

/** The AST as plain data: every property, references by their text, and each node's place in its container. */
export function astShape(node: AstNode, container?: AstNode, property?: string, index?: number): unknown {
    expect(node.$container).toBe(container);
    if (container) {
        expect(node.$containerProperty).toBe(property);
        expect(node.$containerIndex).toBe(index);
    }
    expect(node.$cstNode?.astNode).toBe(node);
    const out: Record<string, unknown> = { $type: node.$type, $text: node.$cstNode?.text };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        const one = (v: unknown, i?: number): unknown => {
            if (v && typeof v === 'object' && '$refText' in v) return { ref: (v as { $refText: string }).$refText, at: (v as { $refNode?: CstNode }).$refNode?.offset };
            if (v && typeof v === 'object' && '$type' in v) return astShape(v as AstNode, node, key, i);
            return v;
        };
        out[key] = Array.isArray(value) ? value.map((v, i) => one(v, i)) : one(value);
    }
    return out;
}

export type Edit = { at: number; remove: number; insert: string; inText: boolean };

/** An edit of `text`: inside a quoted text or a word (which keeps the token kinds, mostly), or anywhere. */
export function editArbitrary(text: string): fc.Arbitrary<Edit> {
    const quoted = [...text.matchAll(/"[^"\n\\]{2,}"/g)].map((m) => ({ from: (m.index ?? 0) + 1, to: (m.index ?? 0) + m[0].length - 1 }));
    const words = [...text.matchAll(/\b[A-Za-z0-9]{2,}\b/g)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
    const inside = (spans: { from: number; to: number }[], chars: string) => fc.constantFrom(...spans).chain((s) =>
        fc.record({
            at: fc.integer({ min: s.from, max: s.to }),
            remove: fc.integer({ min: 0, max: 3 }),
            insert: fc.string({ unit: fc.constantFrom(...chars), maxLength: 4 }),
            inText: fc.constant(true)
        }).map((e) => ({ ...e, remove: Math.min(e.remove, s.to - e.at) })));
    const anywhere = fc.record({
        at: fc.integer({ min: 0, max: text.length }),
        remove: fc.integer({ min: 0, max: 6 }),
        insert: fc.string({ unit: fc.constantFrom(...'ab1 \n{}",/*é'.split('')), maxLength: 3 }),
        inText: fc.constant(false)
    });
    const options: fc.Arbitrary<Edit>[] = [anywhere];
    if (quoted.length) options.push(inside(quoted, 'abc XYZ,.\n1é'), inside(quoted, 'xyz'));
    if (words.length) options.push(inside(words, 'abz09'));
    return fc.oneof(...options);
}

export const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(Math.min(text.length, e.at + e.remove));
