/**
 * The value converter that chooses its conversion once per grammar element
 * (language/langium/poa-value-converter.ts) gives Langium's values for every token of the
 * repository's .poa files: identifiers, strings (escapes undone), numbers, dates, keywords.
 */
import { CstUtils, DefaultValueConverter, EmptyFileSystem, isLeafCstNode } from 'langium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PoaValueConverter } from '../../language/langium/poa-value-converter.js';
import { createPoaServices } from '../../language/poa-module.js';
import { poaFiles, ROOT } from '../helpers.js';

const { Poa } = createPoaServices(EmptyFileSystem);

describe('the value converter', () => {
    test('the language uses it', () => {
        expect(Poa.parser.ValueConverter).toBeInstanceOf(PoaValueConverter);
    });

    test("gives Langium's value for every token of the repository's .poa files", () => {
        const ours = new PoaValueConverter();
        const langiums = new DefaultValueConverter();
        const kinds = new Set<string>();
        for (const file of [...poaFiles(join(ROOT, 'examples')), ...poaFiles(join(ROOT, 'test', 'fixtures'))]) {
            const root = Poa.parser.LangiumParser.parse(readFileSync(file, 'utf8')).value.$cstNode;
            if (!root) continue;
            for (const leaf of CstUtils.streamCst(root)) {
                if (!isLeafCstNode(leaf) || leaf.hidden) continue;
                // Twice: the second answer comes from the cache.
                for (let i = 0; i < 2; i++) expect(ours.convert(leaf.text, leaf), `${file}:${leaf.range.start.line + 1}`).toEqual(langiums.convert(leaf.text, leaf));
                kinds.add(typeof langiums.convert(leaf.text, leaf));
            }
        }
        // Strings and numbers were among them (the STRING and INT conversions were exercised).
        expect([...kinds].sort()).toEqual(expect.arrayContaining(['number', 'string']));
    });
});
