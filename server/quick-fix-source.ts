/**
 * Where the quick fixes come from: the checks' pure fix function in the core
 * (`language/fixes/`), which answers a diagnostic with fixes as
 * `{ title, edits: {offset, length, newText}[] }`. This file is the one seam
 * between that function and the code action provider.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface QuickFixEdit {
    offset: number;
    length: number;
    newText: string;
}

export interface QuickFix {
    title: string;
    edits: QuickFixEdit[];
    /** The fix the editor may apply on "fix all" / save. */
    preferred?: boolean;
}

export type QuickFixSource = (document: LangiumDocument, diagnostic: Diagnostic) => QuickFix[];

/** Until the checks' fix function lands, no diagnostic has a fix. */
export const quickFixesFor: QuickFixSource = () => [];
