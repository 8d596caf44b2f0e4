/**
 * The custom messages between the POA language server and its clients (the
 * VS Code extension's preview and status bar, or any other editor). Types and
 * message constants only: the client imports this file, so it must never pull
 * in server code.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { RenderedDocument } from '../language/render/document-tree.js';
import type { Layout, Voice } from '../language/model/poa-model.js';
import type { ImportReport } from '../language/import/import-report.js';

export type { Block, Line, RenderedDocument, Run, RunRole } from '../language/render/document-tree.js';
export type { SourceRange } from '../language/model/source-range.js';
export type { ImportReport } from '../language/import/import-report.js';

/** The command the "Open preview" code lens runs; its one argument is the document URI. */
export const OPEN_PREVIEW_COMMAND = 'poa.openPreview';

/** Overrides of the instrument's own settings for one rendering (the preview's voice and layout switches). */
export interface RenderRequestOptions {
    voice?: Voice;
    layout?: Layout;
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
}

export interface RenderResult {
    uri: string;
    /** The version of the text that was rendered (the editor's version number, when known). */
    version: number;
    /** The rendered instrument: blocks with their source ranges, runs marked party / term / blank / missing. */
    document: RenderedDocument;
    summary: DiagnosticSummary;
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

/** The formats `poa/export` writes. */
export type ExportFormat = 'docx' | 'pdf' | 'html' | 'markdown';

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

/** `poa/import` parameters: the document's bytes (the editor reads the file) and what the user chose. */
export interface ImportParams {
    /** The document's file name, for its format (.txt, .docx, .pdf) and the messages. */
    fileName: string;
    /** The file's bytes, base64-encoded. */
    data: string;
    kind?: 'section16' | 'securities' | 'general' | 'limited' | 'healthcare';
    jurisdiction?: string;
}

export interface ImportResult {
    /** The `.poa` text; the editor writes it where the user says. */
    poa: string;
    report: ImportReport;
}

/** `poa/import`: an existing power of attorney (text, Word, PDF) recognised and written as a `.poa` file. */
export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('poa/import');
