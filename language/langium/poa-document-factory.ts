/**
 * Langium's document factory, with one change: an edit that stays inside one
 * clause re-parses that clause only (`incremental-parse.ts`), where Langium
 * re-parses the whole file on every keystroke; anything else is parsed in
 * full, as before. The rest is Langium's `update`
 * (`langium/lib/workspace/documents.js`, Langium 4.2).
 *
 * A document made from text (the CLI, a file not open in an editor) is an
 * instance of a class whose text document is a getter of the prototype, where
 * Langium's is an object literal with a getter: that would keep every document
 * alive until a full garbage collection (see `poa-reference.ts`).
 */
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type Cancellation, type LangiumDocument, type ParseResult, type TextDocument, type URI } from 'langium';
import { reparseClause, type ClauseParser } from './incremental-parse.js';
import { clauseKeywords } from './poa-parser.js';

/** Langium's document without a text document of its own: made on first use, from the text it was parsed from. */
class TextDocumentOnDemand {
    state = DocumentState.Parsed;
    references: LangiumDocument['references'] = [];
    readonly #textDocument: () => TextDocument;

    constructor(public parseResult: ParseResult, readonly uri: URI, textDocument: () => TextDocument) {
        this.#textDocument = textDocument;
    }

    get textDocument(): TextDocument {
        return this.#textDocument();
    }
}

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

    protected override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: TextDocument, text?: string): LangiumDocument<T> {
        if (textDocument) return super.createLangiumDocument(parseResult, uri, textDocument, text);
        const document = new TextDocumentOnDemand(parseResult, uri, this.createTextDocumentGetter(uri, text)) as unknown as LangiumDocument<T>;
        (parseResult.value as { $document?: LangiumDocument }).$document = document;
        return document;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = textDocument ? textDocument.getText() : await this.fileSystemProvider.readFile(document.uri);
        // Configurable, as Langium's own property is, so that the next update can define it again.
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument, configurable: true });
        } else {
            Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, text), configurable: true });
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
