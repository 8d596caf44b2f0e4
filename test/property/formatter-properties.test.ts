/**
 * Properties of the formatter (the language server's, through Langium's test
 * helpers) on random and mutilated input: it never throws, formatting twice
 * gives the same text as once, and it changes whitespace only (the
 * characters other than whitespace are the same, in the same order).
 */
import fc from 'fast-check';
import { parseHelper } from 'langium/test';
import { afterAll, describe, expect, test } from 'vitest';
import type { PoaFormatter } from '../../server/formatter.js';
import { Poa } from '../server/lsp-services.js';
import { anyInput, EXAMPLES, FUZZ, params, RUNS } from './property-inputs.js';

const parse = parseHelper(Poa);
const formatter = Poa.lsp.Formatter as PoaFormatter;
const documents = Poa.shared.workspace.LangiumDocuments;

async function format(text: string): Promise<string> {
    const document = await parse(text);
    try {
        return formatter.formatText(document);
    } finally {
        documents.deleteDocument(document.uri);
    }
}

const visible = (text: string) => text.replace(/\s+/g, '');
const TIMEOUT = FUZZ ? 3_600_000 : 60_000;

afterAll(() => {
    for (const d of documents.all.toArray()) documents.deleteDocument(d.uri);
});

describe('formatting', () => {
    test('never throws, is idempotent and changes whitespace only, on random and mutated input', async () => {
        await fc.assert(fc.asyncProperty(anyInput, async (text) => {
            const once = await format(text);
            expect(visible(once)).toBe(visible(text));
            expect(await format(once)).toBe(once);
        }), params(RUNS * 2));
    }, TIMEOUT);

    test('every example: idempotent and whitespace-only', async () => {
        for (const { text } of EXAMPLES) {
            const once = await format(text);
            expect(visible(once)).toBe(visible(text));
            expect(await format(once)).toBe(once);
        }
    }, TIMEOUT);
});
