/**
 * The server's services, made as Langium's language server makes them at `initialize` (`eagerLoad` of the
 * shared services and of each language's), do not build the completion parser: it is built by the first
 * completion (`lazyCompletionParser`, language/langium/poa-parser.ts), which still completes.
 */
import { eagerLoad, EmptyFileSystem, LangiumCompletionParser, URI } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createPoaLspServices } from '../../server/poa-lsp-module.js';

describe('the language server and its completion parser', () => {
    test('eager loading at initialize does not build it; the first completion does, once', async () => {
        const finalize = vi.spyOn(LangiumCompletionParser.prototype, 'finalize');
        try {
            const { shared, Poa } = createPoaLspServices(EmptyFileSystem);
            eagerLoad(shared);
            shared.ServiceRegistry.all.forEach((language) => eagerLoad(language));
            expect(Poa.parser.CompletionParser).toBeInstanceOf(LangiumCompletionParser);
            expect(finalize).not.toHaveBeenCalled();

            const text = 'poa Sample {\n    kind section16\n    \n}\n';
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///lazy-completion.poa'));
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document]);
            const first = await Poa.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line: 2, character: 4 } });
            const second = await Poa.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line: 2, character: 4 } });
            expect(finalize).toHaveBeenCalledTimes(1);
            const labels = first?.items.map((i) => i.label) ?? [];
            expect(labels).toContain('jurisdiction');
            expect(second?.items.map((i) => i.label)).toEqual(labels);
        } finally {
            finalize.mockRestore();
        }
    });
});
