/**
 * `poa/render` told against an earlier rendering (`since`): only the changed
 * blocks travel, and the client's rebuilt rendering (client/preview/render-delta.ts)
 * is the document a whole rendering of the new text gives.
 */
import { parseHelper } from 'langium/test';
import { URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { wholeRendering } from '../../client/preview/render-delta.js';
import { RenderRequestHandler } from '../../server/render-request.js';
import { blocksAgainst, samePlainData } from '../../server/sent-renderings.js';
import type { RenderResult } from '../../server/protocol.js';
import { Poa, services, SMALL } from './lsp-services.js';

const parse = parseHelper(Poa);
const uri = 'file:///work/delta-smith.poa';
const handler = new RenderRequestHandler(services.shared);

async function open(text: string): Promise<void> {
    const documents = services.shared.workspace.LangiumDocuments;
    if (documents.hasDocument(URI.parse(uri))) documents.deleteDocument(URI.parse(uri));
    await parse(text, { validation: true, documentUri: uri });
}

beforeAll(async () => {
    Poa.poa.clock.today = '2025-01-01';
    await open(SMALL);
});

describe('poa/render with since', () => {
    let base: RenderResult;

    test('a request without since gets the whole document and a name for it', async () => {
        base = await handler.render({ uri, options: { gaps: true } });
        expect(base.delta).toBeUndefined();
        expect(base.rendering).toMatch(/\S/);
        expect(base.document.blocks.length).toBeGreaterThan(2);
    });

    test('the same text told against the rendering the client holds: every block is an index, nothing is re-sent', async () => {
        const answer = await handler.render({ uri, options: { gaps: true }, since: base.rendering });
        expect(answer.document.blocks).toEqual([]);
        expect(answer.delta?.since).toBe(base.rendering);
        expect(answer.delta?.blocks).toEqual(base.document.blocks.map((_, i) => i));
        expect(answer.rendering).not.toBe(base.rendering);
        expect(wholeRendering(answer, base)?.document).toEqual(base.document);
    });

    test('after an edit only the changed blocks travel, and the rebuilt rendering is the whole rendering of the new text', async () => {
        await open(SMALL.replace('agent doe "John Doe"', 'agent doe "Johnathan Doe"'));
        const answer = await handler.render({ uri, options: { gaps: true }, since: base.rendering });
        const sent = answer.delta!.blocks.filter((b) => typeof b !== 'number');
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.length).toBeLessThan(answer.delta!.blocks.length);
        expect(JSON.stringify(sent)).toContain('Johnathan Doe');
        const whole = await handler.render({ uri, options: { gaps: true } });
        expect(whole.delta).toBeUndefined();
        expect(JSON.stringify(whole.document)).toContain('Johnathan Doe');
        expect(wholeRendering(answer, base)?.document).toEqual(whole.document);
    });

    test('a name the server does not hold (or from a restarted server) gets the whole document', async () => {
        const answer = await handler.render({ uri, since: 'not-a-rendering' });
        expect(answer.delta).toBeUndefined();
        expect(answer.document.blocks.length).toBeGreaterThan(2);
    });

    test('a delta against another rendering than the client holds is not rebuilt; since must be a string', async () => {
        const held = await handler.render({ uri });
        const answer = await handler.render({ uri, since: held.rendering });
        expect(answer.delta?.since).toBe(held.rendering);
        expect(wholeRendering(answer, held)?.document).toEqual(held.document);
        expect(wholeRendering(answer, { ...held, rendering: 'another' })).toBeUndefined();
        expect(wholeRendering(answer, undefined)).toBeUndefined();
        await expect(handler.render({ uri, since: 7 } as never)).rejects.toMatchObject({ code: -32602 });
    });
});

describe('block comparison', () => {
    test('plain-data equality: a key holding undefined is a key not there; any other difference counts', () => {
        expect(samePlainData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
        expect(samePlainData({ a: [1, { c: 'x' }] }, { a: [1, { c: 'x' }] })).toBe(true);
        expect(samePlainData({ a: [1, { c: 'x' }] }, { a: [1, { c: 'y' }] })).toBe(false);
        expect(samePlainData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
        expect(samePlainData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
        expect(samePlainData([1], { 0: 1 })).toBe(false);
        expect(samePlainData(null, {})).toBe(false);
    });

    test('blocks are matched by id, so a block moved by an insertion before it is still sent as an index', () => {
        const block = (id: string, text: string) => ({ kind: 'paragraph' as const, id, runs: [{ text }] });
        const properties = { title: '', subject: '', author: '' };
        const before = { title: 't', properties, blocks: [block('a', 'A'), block('b', 'B')] };
        const after = { title: 't', properties, blocks: [block('new', 'N'), block('a', 'A'), block('b', 'B changed')] };
        expect(blocksAgainst(before, after)).toEqual([block('new', 'N'), 0, block('b', 'B changed')]);
    });
});
