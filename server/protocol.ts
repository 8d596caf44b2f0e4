/**
 * The custom messages between the POA language server and its clients (the
 * VS Code extension's preview and status bar, or any other editor). Types and
 * message constants only: the client imports this file, so it must never pull
 * in server code.
 */
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Block, RenderedDocument } from '../language/render/document-tree.js';
import type { DocumentFormat } from '../language/render/writers/write-document.js';
import type { Kind, Layout, Voice } from '../language/model/poa-model.js';

export type { Block, Line, RenderedDocument, Run, RunRole } from '../language/render/document-tree.js';
export type { SourceRange } from '../language/model/source-range.js';
export type { Kind } from '../language/model/poa-model.js';
import type { ImportReport } from '../language/import/import-report.js';
export type { ImportReport } from '../language/import/import-report.js';

/**
 * The Node flags the server is started with (`node <flags> dist/server.js`), by the VS Code extension and the
 * benchmark (`bench/lsp-client.mjs`; test: `test/server/server-flags.test.ts`); other editors should pass them too.
 * The young generation's semi-space is capped at 8 MB (Node 20 grows it to 16 MB): on 10,000 edits of a
 * typical POA the server's resident memory was about 27 MB lower (157 -> 130 MB), for about 3 % more CPU per
 * edit of a 5,000-line file (A/B, alternating, on a loaded machine). The flag cannot be set once V8 has started.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/**
 * What the server's environment changes, as the extension and the benchmark start it (`bin/poa-language-server.sh`
 * unsets the same variable): `NODE_EXTRA_CA_CERTS` is emptied, which Node takes as unset. Node 20 reads and parses
 * that file (a proxy's certificates, set for other tools) at every start, about 90 ms on a 2-core machine, and warns
 * when it is missing; the server makes no TLS connection (it speaks over stdio, IPC, a pipe or a local socket).
 * If it ever connects anywhere, this goes.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: '' };

/**
 * The VS Code extension's command that opens its preview; its one argument is the document URI.
 * The "Open preview" code lens runs it only for a client that names it in
 * `initializationOptions.clientCommands`; other editors get SERVER_PREVIEW_COMMAND.
 */
export const OPEN_PREVIEW_COMMAND = 'poa.openPreview';

/**
 * Commands the server itself runs (`workspace/executeCommand`), for any editor; one argument, the document URI.
 * SERVER_PREVIEW_COMMAND writes the rendered instrument as an HTML file in the temporary folder, asks the
 * editor to open it (`window/showDocument`, external) where it can, and otherwise tells the path in a message;
 * it returns `{ uri, file }`. SERVER_STATUS_COMMAND shows the status for signing and the errors in a message
 * and returns the StatusResult.
 */
export const SERVER_PREVIEW_COMMAND = 'poa.server.preview';
export const SERVER_STATUS_COMMAND = 'poa.server.status';

/** What a client may send in `initialize`'s `initializationOptions`. */
export interface PoaInitializationOptions {
    /** Commands the client runs itself; the VS Code extension sends [OPEN_PREVIEW_COMMAND]. */
    clientCommands?: string[];
}

/** Overrides of the instrument's own settings for one rendering (the preview's voice and layout switches). */
export interface RenderRequestOptions {
    voice?: Voice;
    layout?: Layout;
    /**
     * Show each clause the checks found missing as a marked gap where it belongs
     * ("[TERM OF THIS POWER]"). Default false: an export, like `poa render`,
     * shows none; the preview asks for them.
     */
    gaps?: boolean;
}

/** How far a document is from being ready to sign, derived from its diagnostics. */
export interface DiagnosticSummary {
    errors: number;
    warnings: number;
    /** Errors that report a required clause not written (codes `poa/missing-...`). */
    missingClauses: number;
    /** True when the document has no errors (warnings do not block signing). */
    ready: boolean;
    /** A short status line for a lawyer: "Ready to sign", "2 required clauses missing", ... */
    status: string;
}

export interface RenderParams {
    /** The document URI, as the editor sent it in `textDocument/didOpen`. */
    uri: string;
    options?: RenderRequestOptions;
    /**
     * The `rendering` of an earlier answer the client still holds in full (the preview sends its last one):
     * the server may then answer with only the blocks that changed (`RenderResult.delta`). Optional; a client
     * that never sends it always gets the whole document.
     */
    since?: string;
}

/**
 * The blocks of a rendering told against an earlier one the client holds (`RenderParams.since`): a number
 * is the index of a block of that earlier rendering, unchanged; anything else is the block itself.
 */
export interface RenderDelta {
    since: string;
    blocks: (Block | number)[];
}

export interface RenderResult {
    uri: string;
    /** The version of the text that was rendered (the editor's version number, when known). */
    version: number;
    /**
     * The rendered instrument: blocks with their source ranges, runs marked party / term / blank / missing.
     * When `delta` is there, `document.blocks` is empty and the blocks are `delta.blocks`.
     */
    document: RenderedDocument;
    summary: DiagnosticSummary;
    /** This rendering's name, to send back as `since` (present when the request could be answered by a delta). */
    rendering?: string;
    /** Only with `since`, when the server still holds that rendering: the blocks told against it. */
    delta?: RenderDelta;
}

export interface StatusParams {
    uri: string;
}

export interface StatusResult extends DiagnosticSummary {
    uri: string;
    version: number;
}

/** `poa/render`: the rendered instrument for the preview and exports. */
export const RenderRequest = new RequestType<RenderParams, RenderResult, void>('poa/render');

/** `poa/status`: the document's diagnostic summary for the status bar. */
export const StatusRequest = new RequestType<StatusParams, StatusResult, void>('poa/status');

/** The formats `poa/export` writes: the core's document formats (`writeDocument`) a file is exported in. */
export type ExportFormat = Exclude<DocumentFormat, 'text'>;

export interface ExportParams {
    uri: string;
    format: ExportFormat;
    options?: RenderRequestOptions;
}

export interface ExportResult {
    uri: string;
    format: ExportFormat;
    /** The file's bytes, base64-encoded (text formats are UTF-8). */
    data: string;
    summary: DiagnosticSummary;
}

/** `poa/export`: the rendered instrument written in one of the export formats (the editor saves the bytes). */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('poa/export');

export interface NewDocumentParams {
    /** The kind of instrument: section16, securities, general, limited or healthcare (ignored with `form`). */
    kind: Kind;
    /** A statutory form's id (see `poa/forms`): the starter fills that form instead. */
    form?: string;
    /** The jurisdiction id written in the `jurisdiction` clause (`federal`, `NY`, ...). */
    jurisdiction: string;
    /** The file name the instrument will be saved as; its instrument name is derived from it. */
    fileName: string;
}

export interface NewDocumentResult {
    /** The starter instrument's text, to be saved by the editor. */
    text: string;
}

/** `poa/newDocument`: a complete starter instrument of one kind, the same text `poa new` writes. */
export const NewDocumentRequest = new RequestType<NewDocumentParams, NewDocumentResult, void>('poa/newDocument');

/** One statutory form the project ships. */
export interface FormSummary {
    id: string;
    title: string;
    citation: string;
}

/** `poa/forms`: the statutory forms an instrument can be written on (for the editor's "New POA"). */
export const FormsRequest = new RequestType0<FormSummary[], void>('poa/forms');

/** `poa/catalog` parameters: with a document and an offset, the answer also says which clauses fit there. */
export interface CatalogParams {
    uri?: string;
    /** Offset in the document's text (UTF-16 code units), where a clause would be inserted. */
    offset?: number;
}

/** One clause of the clause registry (language/registry/clause-registry.ts). */
export interface CatalogClause {
    id: string;
    /** What the file writes. */
    keyword: string;
    /** The clause's name for a lawyer. */
    name: string;
    /** A snippet, VS Code snippet syntax. */
    snippet: string;
    /** Kinds of instrument the clause belongs to (empty: every kind). */
    kinds: Kind[];
}

/** A snippet that fits at the asked offset, not yet written in the document. */
export interface CatalogChoice {
    name: string;
    description: string;
    body: string;
}

export interface CatalogResult {
    clauses: CatalogClause[];
    /** The jurisdictions the checks know, in the table's order. */
    jurisdictions: { id: string; name: string }[];
    /** With `uri` and `offset`: the snippets that fit there (context, kind, clauses already written). */
    choices?: CatalogChoice[];
}

/** `poa/catalog`: the clause registry and the jurisdiction table, and what fits at a place in a document. */
export const CatalogRequest = new RequestType<CatalogParams, CatalogResult, void>('poa/catalog');

/** `poa/import` parameters: the document's bytes (the editor reads the file) and what the user chose. */
export interface ImportParams {
    /** The document's file name, for its format (.txt, .docx, .pdf) and the messages. */
    fileName: string;
    /** The file's bytes, base64-encoded. */
    data: string;
    kind?: Kind;
    jurisdiction?: string;
}

export interface ImportResult {
    /** The `.poa` text; the editor writes it where the user says. */
    poa: string;
    report: ImportReport;
}

/** `poa/import`: an existing power of attorney (text, Word, PDF) recognised and written as a `.poa` file. */
export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('poa/import');

// ------------------------------------------------------------------ the preview webview's messages
// The one message type of the preview: the extension (client/preview/poa-preview.ts) posts
// `ToPreviewPage` and receives `FromPreviewPage`; the page (client/preview/webview/) the reverse.

/** The page's settings the extension controls. */
export interface PreviewPageSettings {
    /** Keep the page and the editor scrolled to the same clause. */
    scrollSync: boolean;
}

/** What the page keeps across reloads of the webview (VS Code's webview state). */
export interface PreviewPageState {
    uri?: string;
    locked?: boolean;
    /** The source line at the top of the page, fractional within a block. */
    scrollLine?: number;
}

/** From the extension to the preview page. */
export type ToPreviewPage =
    | {
        type: 'render'; uri: string; version: number; locked: boolean; document: RenderedDocument; summary: DiagnosticSummary;
        /** The editor's top line, to scroll to on the first rendering. */
        line?: number;
    }
    | { type: 'error'; message: string }
    | { type: 'scrollToLine'; line: number }
    | { type: 'settings'; settings: Partial<PreviewPageSettings> }
    | { type: 'locked'; locked: boolean };

/** From the preview page to the extension. */
export type FromPreviewPage =
    | { type: 'ready'; state: PreviewPageState }
    /** A click on a paragraph or run: put the cursor on its source. */
    | { type: 'reveal'; line: number; character: number }
    /** The reader scrolled the page: scroll the editor to this (fractional) line. */
    | { type: 'revealLine'; line: number };
