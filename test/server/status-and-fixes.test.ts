import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { summarize } from '../../server/document-status.js';
import { RenderRequestHandler } from '../../server/render-request.js';
import { Poa, referenceText, services, SMALL } from './lsp-services.js';

const parse = parseHelper(Poa);
let small: LangiumDocument;
let reference: LangiumDocument;

beforeAll(async () => {
    Poa.poa.clock.today = '2025-01-01';
    small = await parse(SMALL, { validation: true, documentUri: 'file:///work/smith.poa' });
    reference = await parse(referenceText(), { validation: true, documentUri: 'file:///work/kreczko.poa' });
});

const uriOf = (d: LangiumDocument) => ({ textDocument: { uri: d.uri.toString() } });

describe('document status', () => {
    test('counts errors, warnings and missing required clauses', () => {
        const d = (severity: 1 | 2, code: string) => ({ severity, code, message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        expect(summarize([])).toEqual({ errors: 0, warnings: 0, missingClauses: 0, ready: true, status: 'Ready to sign' });
        expect(summarize([d(2, 'poa/missing-supersession')]).status).toBe('Ready to sign (1 warning)');
        expect(summarize([d(1, 'poa/missing-term'), d(1, 'poa/missing-revocation')]).status).toBe('2 required clauses missing');
        expect(summarize([d(1, 'poa/missing-term'), d(1, 'poa/principal-is-agent')])).toMatchObject({ ready: false, status: '1 required clause missing, 1 error to correct' });
    });
});

describe('code lens on the POA header', () => {
    test('an incomplete Section 16 POA: how many required clauses are missing, and the preview link', async () => {
        // SMALL without its grant and execution: two required clauses missing. (SMALL itself lacks only
        // what no statute requires, a term, a revocation clause and Forms 3 and 5: warnings and information.)
        const incomplete = await parse(SMALL.replace(/ {4}grant \{[\s\S]*?\n {4}\}\n/, '').replace(/ {4}executed [\s\S]*?\n {4}\}\n/, ''), { validation: true, documentUri: 'file:///work/incomplete.poa' });
        const lenses = await Poa.lsp.CodeLensProvider!.provideCodeLens(incomplete, uriOf(incomplete));
        expect(lenses!.map((l) => l.command?.title)).toEqual(['✗ 2 required clauses missing', 'Open preview']);
        // No editor said it runs poa.openPreview itself: both lenses run the server's own commands.
        expect(lenses![0].command).toMatchObject({ command: 'poa.server.status', arguments: ['file:///work/incomplete.poa'] });
        expect(lenses![1].command).toEqual({ title: 'Open preview', command: 'poa.server.preview', arguments: ['file:///work/incomplete.poa'] });
        expect(lenses![0].range.start.line).toBe(0);
        const smallLenses = await Poa.lsp.CodeLensProvider!.provideCodeLens(small, uriOf(small));
        expect(smallLenses![0].command?.title).toBe('✓ Ready to sign (2 warnings)');
    });

    test('the reference instrument is ready to sign', async () => {
        const lenses = await Poa.lsp.CodeLensProvider!.provideCodeLens(reference, uriOf(reference));
        expect(lenses![0].command?.title).toMatch(/^✓ Ready to sign/);
    });
});

describe('code actions', () => {
    test('serve the checks\' quick fixes; applying one inserts the missing clause and keeps the rest', async () => {
        const missingTerm = small.diagnostics!.filter((d) => d.code === 'poa/missing-term');
        expect(missingTerm).toHaveLength(1);
        const actions = await Poa.lsp.CodeActionProvider!.getCodeActions(small, { ...uriOf(small), range: missingTerm[0].range, context: { diagnostics: missingTerm } });
        expect(actions).toHaveLength(1);
        const action = actions![0] as { title: string; kind: string; edit: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> } };
        expect(action.kind).toBe('quickfix');
        expect(action.title).toBe('Add the term');
        const edits = action.edit.changes['file:///work/smith.poa'];
        expect(edits.every((e) => (e as unknown as { range: { start: unknown; end: unknown } }).range.start !== undefined)).toBe(true);
        const text = small.textDocument.getText();
        let fixed = text;
        for (const e of [...edits].reverse()) {
            const r = (e as unknown as { range: { start: { line: number; character: number }; end: { line: number; character: number } } }).range;
            fixed = fixed.slice(0, small.textDocument.offsetAt(r.start)) + e.newText + fixed.slice(small.textDocument.offsetAt(r.end));
        }
        expect(fixed).toContain('ends when no longer subject to section16 for acme');
        // Only an insertion: every line of the original is still there, in order.
        const original = text.split('\n');
        const after = fixed.split('\n');
        let k = 0;
        for (const line of after) if (line === original[k]) k++;
        expect(k).toBe(original.length);
    });

    test('a request for other kinds of action (refactorings) gets none', async () => {
        const actions = await Poa.lsp.CodeActionProvider!.getCodeActions(small, { ...uriOf(small), range: small.diagnostics![0].range, context: { diagnostics: small.diagnostics!, only: ['refactor'] } });
        expect(actions).toEqual([]);
    });
});

describe('poa/render and poa/status handlers', () => {
    const handler = new RenderRequestHandler(services.shared);

    test('render: the block tree with the diagnostic summary', async () => {
        const result = await handler.render({ uri: 'file:///work/smith.poa', options: { gaps: true } });
        expect(result.summary).toMatchObject({ ready: true, missingClauses: 0, warnings: 2 });
        expect(result.document.blocks.length).toBeGreaterThan(1);
        // Asked for gaps (as the preview asks): each missing clause the checks report is marked where it belongs, with the diagnostic's message.
        const gaps = result.document.blocks.flatMap((b) => b.runs).filter((r) => r.role === 'missing' && r.ref?.startsWith('poa/missing-'));
        expect(gaps.length).toBeGreaterThan(0);
        const doc = services.shared.workspace.LangiumDocuments.all.find((d) => d.uri.toString() === 'file:///work/smith.poa')!;
        const messages = new Map((doc.diagnostics ?? []).map((d) => [String(d.code), d.message]));
        for (const gap of gaps) expect(gap.note).toBe(messages.get(gap.ref!));
        // Not asked (an export, like `poa render`): no gap markers.
        const plain = await handler.render({ uri: 'file:///work/smith.poa' });
        expect(plain.document.blocks.flatMap((b) => b.runs).filter((r) => r.ref?.startsWith('poa/missing-'))).toEqual([]);
        const first = await handler.render({ uri: 'file:///work/smith.poa', options: { voice: 'first-person' } });
        expect(first.document.blocks.map((b) => b.runs.map((r) => r.text).join('')).join(' ')).toMatch(/\bI\b/);
    });

    test('status of the reference instrument', async () => {
        expect(await handler.status({ uri: 'file:///work/kreczko.poa' })).toMatchObject({ errors: 0, ready: true, uri: 'file:///work/kreczko.poa' });
    });

    test('an unknown URI is an invalid-params error naming the URI', async () => {
        await expect(handler.render({ uri: 'file:///work/none.poa' })).rejects.toMatchObject({ code: -32602, message: 'No POA document is open or in the workspace at file:///work/none.poa.' });
    });

    test('a cancelled request is answered as cancelled', async () => {
        const source = new CancellationTokenSource();
        source.cancel();
        const error = await handler.render({ uri: 'file:///work/smith.poa' }, source.token).catch((e) => e);
        expect(error).not.toBeInstanceOf(ResponseError);
        // The handler's guard (used on the wire) turns it into RequestCancelled.
        const guarded = await (handler as unknown as { guard: (f: () => Promise<unknown>) => Promise<unknown> }).guard(() => handler.render({ uri: 'file:///work/smith.poa' }, source.token));
        expect(guarded).toBeInstanceOf(ResponseError);
        expect((guarded as ResponseError<void>).code).toBe(LSPErrorCodes.RequestCancelled);
    });
});
