/**
 * Langium's document factory, with one change: an edit that stays inside one
 * clause re-parses that clause only (`incremental-parse.ts`), where Langium
 * re-parses the whole file on every keystroke; anything else is parsed in
 * full, as before. The rest is Langium's `update`
 * (`langium/lib/workspace/documents.js`, Langium 4.2).
 */
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type Cancellation, type LangiumDocument, type ParseResult, type URI } from 'langium';
import { reparseClause, type ClauseParser } from './incremental-parse.js';
import { clauseKeywords } from './poa-parser.js';

export class PoaDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly clauseParsers = new WeakMap<object, ClauseParser>();

    private clauseParser(uri: URI): ClauseParser {
        const services = this.serviceRegistry.getServices(uri);
        let language = this.clauseParsers.get(services);
        if (!language) {
            const words = clauseKeywords(services.Grammar);
            language = { parser: services.parser.LangiumParser, lexer: services.parser.Lexer, opensClause: (word) => words.has(word) };
            this.clauseParsers.set(services, language);
        }
        return language;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = textDocument ? textDocument.getText() : await this.fileSystemProvider.readFile(document.uri);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, text) });
        }
        if (oldText !== text) {
            const reparsed = oldText === undefined ? undefined : reparseClause(this.clauseParser(document.uri), document.parseResult, oldText, text);
            document.parseResult = (reparsed ?? (await this.parseAsync(document.uri, text, cancellationToken))) as ParseResult<T>;
            (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }
}
