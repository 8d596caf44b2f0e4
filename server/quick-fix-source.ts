/**
 * Where the quick fixes come from: the checks' pure fix function in the core
 * (`language/fixes/quick-fixes.ts`), which reads the fix a diagnostic carries
 * in its `data` and answers with `{ title, edits: {offset, length, newText}[] }`.
 * This file is the one seam between that function and the code action provider.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { quickFixesFor as coreQuickFixes, type QuickFix } from '../language/fixes/quick-fixes.js';
import { modelOf } from './rendered-document.js';

export type { QuickFix } from '../language/fixes/quick-fixes.js';

export type QuickFixSource = (document: LangiumDocument, diagnostic: Diagnostic) => QuickFix[];

/** The fixes for a diagnostic of this document, as the editor sent it back (its `data` intact). */
export const quickFixesFor: QuickFixSource = (document, diagnostic) =>
    coreQuickFixes(diagnostic.data, document.textDocument.getText(), modelOf(document));
