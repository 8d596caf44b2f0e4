/**
 * What the editor on the other end declared it can do, read once from its
 * `initialize` request, so the providers send only what it understands:
 * snippets only to a client with `snippetSupport`, Markdown only where it is a
 * declared content format, and the VS Code extension's own commands only when
 * that client says it handles them (`initializationOptions.clientCommands`).
 * Before `initialize` (provider tests without an editor) everything counts as
 * supported except client commands.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams, MarkupKind } from 'vscode-languageserver';

export interface ClientSupport {
    /** Completion items may be snippets (`${1:placeholder}`). */
    snippets: boolean;
    /** Hover contents may be Markdown. */
    hoverMarkdown: boolean;
    /** Completion documentation may be Markdown. */
    completionMarkdown: boolean;
    /** The client can open a URI on request (`window/showDocument`). */
    showDocument: boolean;
    /** Commands the client runs itself (the VS Code extension names `poa.openPreview`). */
    clientCommands: ReadonlySet<string>;
}

const EVERYTHING: ClientSupport = { snippets: true, hoverMarkdown: true, completionMarkdown: true, showDocument: false, clientCommands: new Set() };

const supportOf = new WeakMap<object, ClientSupport>();

/** Records the client's declared support when it initializes; call once, before `initialize` arrives. */
export function watchClientSupport(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize((params) => supportOf.set(shared, readClientSupport(params)));
}

export function clientSupport(shared: object): ClientSupport {
    return supportOf.get(shared) ?? EVERYTHING;
}

const markdownIn = (formats: MarkupKind[] | undefined) => formats === undefined || formats.includes('markdown');

export function readClientSupport(params: InitializeParams): ClientSupport {
    const doc = params.capabilities?.textDocument;
    const options = params.initializationOptions as { clientCommands?: unknown } | undefined;
    const commands = Array.isArray(options?.clientCommands) ? options.clientCommands.filter((c): c is string => typeof c === 'string') : [];
    return {
        snippets: doc?.completion?.completionItem?.snippetSupport === true,
        // LSP: without contentFormat the client takes plain text; with it, the formats it lists.
        hoverMarkdown: doc?.hover?.contentFormat !== undefined && markdownIn(doc.hover.contentFormat),
        completionMarkdown: doc?.completion?.completionItem?.documentationFormat !== undefined && markdownIn(doc.completion.completionItem.documentationFormat),
        showDocument: params.capabilities?.window?.showDocument?.support === true,
        clientCommands: new Set(commands)
    };
}
