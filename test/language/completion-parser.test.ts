/**
 * The completion parser (language/langium/poa-parser.ts `createPoaCompletionParser`): built from the
 * build's grammar record, with its lookahead made on first use, it must not record the grammar, must
 * hold the same grammar, and must find at every cursor position of every example the same grammar
 * elements and token index as Langium's own `createCompletionParser`, which is what completion reads.
 */
import { AstUtils, createCompletionParser, EmptyFileSystem, LangiumCompletionParser, type AstNode } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createPoaCompletionParser, lazyCompletionParser } from '../../language/langium/poa-parser.js';
import { recordGrammar, type RecordedGrammar, type RecordingParser } from '../../language/langium/recorded-grammar.js';
import { createPoaServices } from '../../language/poa-module.js';

const wrapper = (parser: object) => (parser as { wrapper: RecordingParser }).wrapper;

describe("the completion parser built from the grammar's record", () => {
    const { Poa } = createPoaServices(EmptyFileSystem);
    const record = JSON.parse(JSON.stringify(recordGrammar(wrapper(Poa.parser.LangiumParser)))) as RecordedGrammar;
    const langiums = createCompletionParser(Poa);
    const ids = new Map<AstNode, number>([...AstUtils.streamAllContents(Poa.Grammar)].map((node, i) => [node, i]));

    /** What completion reads of a parse up to the cursor: the token index and the grammar elements, as their places in the grammar. */
    const at = (parser: LangiumCompletionParser, text: string) => {
        const r = parser.parse(text);
        return { tokenIndex: r.tokenIndex, tokens: r.tokens.length, elements: r.elementStack.map((e) => ids.get(e) ?? -1) };
    };

    test('does not record the grammar, holds the same grammar, and finds the same elements at every cursor', () => {
        let owner: object | null = wrapper(langiums);
        while (owner && !Object.hasOwn(owner, 'topLevelRuleRecord')) owner = Object.getPrototypeOf(owner) as object | null;
        expect(owner, "Chevrotain's parser no longer has `topLevelRuleRecord`").toBeTruthy();
        const spy = vi.spyOn(owner as RecordingParser, 'topLevelRuleRecord');
        let ours: LangiumCompletionParser;
        try {
            ours = createPoaCompletionParser(Poa, record);
            expect(spy).not.toHaveBeenCalled();
        } finally {
            spy.mockRestore();
        }
        expect(recordGrammar(wrapper(ours))).toEqual(record);
        const dir = join(import.meta.dirname, '..', '..', 'examples');
        let compared = 0, withElements = 0;
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.poa')).sort()) {
            const text = readFileSync(join(dir, file), 'utf8');
            // Every line start and every place after a space: where a lawyer asks for completion.
            for (let offset = 0; offset <= text.length; offset++) {
                if (offset > 0 && text[offset - 1] !== ' ' && text[offset - 1] !== '\n') continue;
                const expected = at(langiums, text.slice(0, offset));
                expect(at(ours, text.slice(0, offset)), `${file} at offset ${offset}`).toEqual(expected);
                compared++;
                if (expected.elements.length > 0) withElements++;
            }
        }
        expect(compared).toBeGreaterThan(1000);
        expect(withElements).toBeGreaterThan(compared / 2);
    });

    test('is the one the services give, and a record of another grammar leaves it recording its own', () => {
        expect(wrapper(Poa.parser.CompletionParser).definedRulesNames).toEqual(wrapper(langiums).definedRulesNames);
        const foreign = JSON.parse(JSON.stringify(record).replace('"token":"ID"', '"token":"IDENTIFIER"')) as RecordedGrammar;
        expect(recordGrammar(wrapper(createPoaCompletionParser(Poa, foreign)))).toEqual(record);
    });

    test('is built on first use, once, and then answers as the parser itself', () => {
        const build = vi.fn(() => createPoaCompletionParser(Poa, record));
        const lazy = lazyCompletionParser(build);
        expect(build).not.toHaveBeenCalled();
        const text = 'poa Sample {\n    kind section16\n    ';
        expect(at(lazy, text)).toEqual(at(langiums, text));
        expect(at(lazy, text + 'jurisdiction federal\n    ')).toEqual(at(langiums, text + 'jurisdiction federal\n    '));
        expect(build).toHaveBeenCalledTimes(1);
        expect(lazy).toBeInstanceOf(LangiumCompletionParser);
    });
});
