/** Every provider on bad input (garbage, binary, half-typed clauses, hostile names): an answer, never an exception. */
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { RenderRequestHandler } from '../../server/render-request.js';
import type { RenderResult } from '../../server/protocol.js';
import { Poa, services } from './lsp-services.js';

const INPUTS: Record<string, string> = {
    empty: '',
    garbage: '}}}{{ poa poa "unterminated\n grant { file under } ] [ ( ,,, ',
    binary: '\u0000\u0001\u0002\uFFFD\u0007PK\u0003\u0004' + 'x'.repeat(50),
    halfTyped: 'poa X {\n    kind section16\n    principal p "P" {\n        pronoun\n    agents {\n        agent a\n    grant {\n        file form4 under\n',
    hostile: 'poa X { principal p "<script>alert(1)</script>" agents { agent a "{p}" } ratification worded "{p} {nobody} {" }'
};

async function everyProvider(document: LangiumDocument) {
    const uri = { textDocument: { uri: document.uri.toString() } };
    const text = document.textDocument.getText();
    const positions = [0, Math.floor(text.length / 2), text.length].map((o) => document.textDocument.positionAt(o));
    const lsp = Poa.lsp;
    for (const position of positions) {
        await lsp.HoverProvider!.getHoverContent(document, { ...uri, position });
        await lsp.CompletionProvider!.getCompletion(document, { ...uri, position });
        await lsp.DefinitionProvider!.getDefinition(document, { ...uri, position });
        await lsp.ReferencesProvider!.findReferences(document, { ...uri, position, context: { includeDeclaration: true } });
        await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { ...uri, position });
    }
    await lsp.DocumentSymbolProvider!.getSymbols(document, uri);
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, uri);
    await lsp.SemanticTokenProvider!.semanticHighlight(document, uri);
    await lsp.CodeLensProvider!.provideCodeLens(document, uri);
    await lsp.CodeActionProvider!.getCodeActions(document, { ...uri, range: { start: positions[0], end: positions[2] }, context: { diagnostics: document.diagnostics ?? [] } });
    return lsp.Formatter!.formatDocument(document, { ...uri, options: { tabSize: 4, insertSpaces: true } });
}

describe('bad input', () => {
    for (const [name, text] of Object.entries(INPUTS)) {
        test(`${name}: every provider answers, formatting changes whitespace only, the preview renders`, async () => {
            const document = await parseHelper(Poa)(text, { validation: true, documentUri: `file:///bad/${name}.poa` });
            const edits = await everyProvider(document);
            for (const e of edits) expect(e.newText.trim()).toBe('');
            // The request never throws: it answers with the rendered blocks or with an error response a client can show.
            const handler = new RenderRequestHandler(services.shared) as unknown as { guard: (f: () => Promise<unknown>) => Promise<unknown>; render: RenderRequestHandler['render'] };
            const answer = await handler.guard(() => handler.render({ uri: `file:///bad/${name}.poa` }));
            if (answer instanceof ResponseError) expect(answer.message).toMatch(/^The instrument could not be rendered as written/);
            else expect((answer as RenderResult).summary.ready).toBe(false);
        });
    }

    test('hostile names are shown as text in hovers', async () => {
        const document = await parseHelper(Poa)(INPUTS.hostile);
        const offset = INPUTS.hostile.indexOf('p "<script>');
        const hover = await Poa.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        const value = (hover?.contents as { value: string }).value;
        expect(value).not.toContain('<script>');
        expect(value).toContain('\\<script\\>');
    });
});
