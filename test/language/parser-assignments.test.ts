/**
 * Two steps of Langium's parser with less work per token (language/langium/parser-assignments.ts): the
 * assignment of a token or subrule result found with one look-up, and an unassigned subrule's result
 * merged without `Object.entries`. The POA parser must use them (they fall back silently when Langium
 * renames what they replace), and parse every example, and broken text, to the tree Langium's own
 * parser gives.
 */
import { cleanSyntaxErrors } from '../../language/langium/syntax-error-cleanup.js';
import { createLangiumParser, EmptyFileSystem, type AstNode, type LangiumParser } from 'langium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createPoaServices } from '../../language/poa-module.js';
import { poaFiles, ROOT } from '../helpers.js';

/** A parse as data: the tree without links to containers and syntax nodes (references by their text), the errors. */
function parsed(parser: LangiumParser, text: string): string {
    const r = parser.parse(text);
    const tree = JSON.stringify(r.value, (key, value: unknown) => {
        if (key === '$container' || key === '$cstNode' || key === '$document' || key === '$containerIndex') return undefined;
        if (value && typeof value === 'object' && '$refText' in value) return { ref: (value as { $refText: string }).$refText, at: (value as { $refNode?: { offset: number } }).$refNode?.offset };
        return value;
    });
    const cst = (node: AstNode) => node.$cstNode ? [node.$cstNode.offset, node.$cstNode.end] : null;
    return tree + JSON.stringify(cst(r.value)) + JSON.stringify(r.parserErrors.map((e) => [e.message, e.token.startOffset])) + JSON.stringify(r.lexerErrors.map((e) => [e.message, e.offset]));
}

describe("the parser's assignments (parser-assignments.ts)", () => {
    const { Poa } = createPoaServices(EmptyFileSystem);
    const ours = Poa.parser.LangiumParser;

    test('apply: the POA parser has its own getAssignment and assignWithoutOverride', () => {
        expect(Object.hasOwn(ours, 'getAssignment')).toBe(true);
        expect(Object.hasOwn(ours, 'assignWithoutOverride')).toBe(true);
        const proto = Object.getPrototypeOf(ours) as Record<string, unknown>;
        expect(typeof proto.getAssignment, "Langium's parser no longer has getAssignment").toBe('function');
        expect(typeof proto.assignWithoutOverride, "Langium's parser no longer has assignWithoutOverride").toBe('function');
    });

    test("parse every example, and broken text, to the tree Langium's parser gives", () => {
        const langiums = createLangiumParser(Poa);
        // The POA parser's syntax errors are tidied for the reader (syntax-error-cleanup.ts); Langium's get the same.
        cleanSyntaxErrors(langiums, Poa.Grammar);
        const texts = poaFiles(join(ROOT, 'examples')).map((f) => readFileSync(f, 'utf8'));
        expect(texts.length).toBeGreaterThan(20);
        // Broken: each example cut in half, and with a clause keyword doubled.
        const broken = texts.flatMap((t) => [t.slice(0, t.length >> 1), t.replace('grant', 'grant grant')]);
        for (const text of [...texts, ...broken]) expect(parsed(ours, text)).toBe(parsed(langiums, text));
    });
});
