/**
 * The model's source ranges (`rangeOf` in build-model.ts, which finds a syntax node's offset and end with
 * plain loops instead of Langium's getters) are the ranges Langium's syntax nodes give, for every node
 * of every example and of a file broken mid-clause.
 */
import { join } from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../language/model/build-model.js';
import { loadPoa } from '../../language/poa-document.js';
import { poaFiles, ROOT, readExample } from '../helpers.js';

const EXAMPLES = poaFiles(join(ROOT, 'examples')).map((p) => p.slice(join(ROOT, 'examples').length + 1));

async function expectLangiumRanges(text: string): Promise<number> {
    const { document } = await loadPoa(text, { validate: false });
    let compared = 0;
    for (const node of AstUtils.streamAst(document.parseResult.value as AstNode)) {
        const cst = node.$cstNode;
        if (!cst) continue;
        const range = rangeOf(node);
        expect({ offset: range.offset, length: range.length, start: range.start, end: range.end })
            .toEqual({ offset: cst.offset, length: cst.length, start: cst.range.start, end: cst.range.end });
        compared++;
    }
    return compared;
}

describe('source ranges in the model', () => {
    it('finds examples', () => {
        expect(EXAMPLES.length).toBeGreaterThan(10);
    });

    it.each(EXAMPLES)('%s: every node\'s range is its syntax node\'s', async (name) => {
        expect(await expectLangiumRanges(readExample(name))).toBeGreaterThan(5);
    });

    it('a file with a comment first and a clause cut off mid-way: the same ranges', async () => {
        const text = readExample('hartford-2007-section16.poa');
        const cut = text.slice(0, text.indexOf('{', text.indexOf('grant')) + 40);
        expect(await expectLangiumRanges(`// a comment before everything\n${cut}`)).toBeGreaterThan(2);
    });
});
