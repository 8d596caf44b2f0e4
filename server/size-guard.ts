/**
 * Huge files in the editor: a text longer than MAX_DOCUMENT_CHARS is not
 * parsed (parsing and checking 10 MB would keep the server busy for seconds
 * on every keystroke and take hundreds of MB). The parser returns the tree of
 * an empty text instead, and the validator reports one diagnostic that says
 * why, in place of the checks. Everything else (hover, outline, preview)
 * sees an empty instrument and stays responsive. The CLI has its own limit
 * (`cli/read-source.ts`).
 */
import { type LangiumCoreServices, type LangiumDocument, type LangiumParser, type ParseResult, type ValidationOptions } from 'langium';
import {
    DiagnosticSeverity, type CancellationToken, type CompletionList, type CompletionParams, type Diagnostic,
    type DocumentFormattingParams, type DocumentRangeFormattingParams, type TextEdit
} from 'vscode-languageserver';
import { createPoaParser } from '../language/langium/poa-parser.js';
import { PoaDocumentValidator } from '../language/langium/poa-document-validator.js';
import { PoaCompletionProvider } from './completion-provider.js';
import { PoaFormatter } from './formatter.js';

/** About 40 times the longest real power of attorney; a 5,000-line stress instrument is about 0.25 MB. */
export const MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;

export const FILE_TOO_LARGE = 'poa/file-too-large';

export function isOversized(text: string): boolean {
    return text.length > MAX_DOCUMENT_CHARS;
}

/** The POA parser, except that an oversized text parses as an empty one. */
export function createSizeGuardedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createPoaParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = (<T>(input: string, options?: unknown) =>
        (isOversized(input) ? parse('', options as never) : parse(input, options as never)) as ParseResult<T>) as LangiumParser['parse'];
    return parser;
}

function megabytes(chars: number): string {
    return (chars / (1024 * 1024)).toFixed(1);
}

export class SizeGuardedValidator extends PoaDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const length = document.textDocument.getText().length;
        if (length <= MAX_DOCUMENT_CHARS) return super.validateDocument(document, options, cancelToken);
        return [{
            severity: DiagnosticSeverity.Error,
            code: FILE_TOO_LARGE,
            source: 'poa',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: `This file is ${megabytes(length)} MB, more than the ${megabytes(MAX_DOCUMENT_CHARS)} MB the POA checker reads, so it was not checked or previewed. `
                + 'A power of attorney is rarely more than a few dozen kilobytes: make sure this is the file you meant to open, or split it into one file per instrument.',
            data: { code: FILE_TOO_LARGE }
        }];
    }
}

/** Completion on an oversized file: none (Langium's completion would re-parse the text up to the cursor). */
export class SizeGuardedCompletionProvider extends PoaCompletionProvider {
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (isOversized(document.textDocument.getText())) return { isIncomplete: false, items: [] };
        return super.getCompletion(document, params, cancelToken);
    }
}

/** Formatting an oversized file: no edits (the file was not parsed, so there is no layout to restore). */
export class SizeGuardedFormatter extends PoaFormatter {
    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return isOversized(document.textDocument.getText()) ? [] : super.formatDocument(document, params);
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return isOversized(document.textDocument.getText()) ? [] : super.formatDocumentRange(document, params);
    }
}
