/**
 * Brace recovery keeps the clauses after a block whose opening line was
 * deleted, and formatting stays idempotent on the text around it (a fuzz
 * finding: stray words before `executed ... {` on the same line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { PoaFormatter } from '../../server/formatter.js';
import { Poa } from '../server/lsp-services.js';
import { check } from '../checks/check-helpers.js';

const parse = parseHelper(Poa);
const formatter = Poa.lsp.Formatter as PoaFormatter;
const example = readFileSync(join(__dirname, '..', '..', 'examples', 'forms', 'connecticut-1-56b.poa'), 'utf8');

async function format(text: string): Promise<string> {
    return formatter.formatText(await parse(text));
}

describe('an orphaned block', () => {
    it('left by a deleted `agents {` line does not end the instrument: the execution after it is kept', async () => {
        const text = example.replace('    agents {\n', '');
        const { model } = await check(text);
        expect(model.execution?.date?.value).toBe('2025-02-12');
        expect(model.execution?.witnesses?.names.map((n) => n.value)).toEqual(['Jamie Cole']);
    });

    it('stray words before a clause on its line leave the clause a block, and formatting is idempotent', async () => {
        const text = example.replace('    }\n    executed', '    }\n  xxxxxxxx  executed').replace(/\n/g, '\r');
        const { model } = await check(text);
        expect(model.execution?.date?.value).toBe('2025-02-12');
        const once = await format(text);
        expect(await format(once)).toBe(once);
    });
});
