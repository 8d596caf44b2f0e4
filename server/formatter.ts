/**
 * Formatting: one canonical layout. Four spaces of indentation per brace
 * level, one clause (or property, power, agent, execution item) per line, one
 * space between tokens, none before `,` `)` `]` or inside `[ ]` and `( )`; at
 * most one blank line kept between clauses; comments stay where they are (a
 * trailing comment stays on its line). Only whitespace between tokens ever
 * changes, so the token stream is the same before and after, and formatting
 * twice gives the same text. A file the lexer cannot read is left alone; in a
 * file with syntax errors the user's line breaks are kept.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import type { PoaServices } from '../language/poa-module.js';

const INDENT = '    ';

interface Token {
    offset: number;
    end: number;
    image: string;
    comment?: 'line' | 'block';
}

/** Node types that start their own line. */
function startsLine(node: AstNode): boolean {
    return ast.isInstrument(node.$container) // every clause
        || ast.isPrincipalProperty(node) || ast.isAgentProperty(node) || ast.isIssuerProperty(node)
        || ast.isAgent(node) || ast.isPower(node) || ast.isTermPart(node) || ast.isExecutionItem(node) || ast.isFiledEdit(node);
}

export class PoaFormatter implements Formatter {
    constructor(private readonly services: PoaServices) {}

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, (gapStart, gapEnd) => gapEnd >= start && gapStart <= end);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The canonical text of a document (for the CLI and tests); undefined when the lexer cannot read it. */
    formatText(document: LangiumDocument): string {
        const text = document.textDocument.getText();
        const edits = this.edits(document);
        let out = '';
        let at = 0;
        for (const e of edits) {
            const s = document.textDocument.offsetAt(e.range.start);
            out += text.slice(at, s) + e.newText;
            at = document.textDocument.offsetAt(e.range.end);
        }
        return out + text.slice(at);
    }

    private tokens(text: string): Token[] | undefined {
        const result = this.services.parser.Lexer.tokenize(text);
        if (result.errors.length > 0) return undefined;
        const all: Token[] = result.tokens.map((t) => ({ offset: t.startOffset, end: t.startOffset + t.image.length, image: t.image }));
        for (const h of result.hidden) {
            if (/^\s*$/.test(h.image)) continue;
            all.push({ offset: h.startOffset, end: h.startOffset + h.image.length, image: h.image, comment: h.image.startsWith('//') ? 'line' : 'block' });
        }
        return all.sort((a, b) => a.offset - b.offset);
    }

    private lineStarts(document: LangiumDocument): Set<number> {
        const starts = new Set<number>();
        const root = document.parseResult.value;
        for (const node of AstUtils.streamAllContents(root)) {
            if (startsLine(node) && node.$cstNode) {
                const first = node.$cstNode.offset;
                starts.add(first);
            }
            if (ast.isAgentGroup(node)) {
                const called = GrammarUtils.findNodeForKeyword(node.$cstNode, 'called');
                if (called) starts.add(called.offset);
            }
        }
        return starts;
    }

    private edits(document: LangiumDocument, include: (gapStart: number, gapEnd: number) => boolean = () => true): TextEdit[] {
        const text = document.textDocument.getText();
        const tokens = this.tokens(text);
        if (!tokens || tokens.length === 0) return [];
        const starts = this.lineStarts(document);
        // A clause node may begin with a comment attached to it; mark the first real token at or after each start.
        const lineStart = new Set<number>();
        const real = tokens.filter((t) => !t.comment);
        // Both in offset order, walked together (a search per start is quadratic on a long file).
        let next = 0;
        for (const s of [...starts].sort((a, b) => a - b)) {
            while (next < real.length && real[next].offset < s) next++;
            if (next < real.length) lineStart.add(real[next].offset);
        }
        const keepBreaks = document.parseResult.parserErrors.length > 0;
        const out: TextEdit[] = [];
        const push = (gapStart: number, gapEnd: number, wanted: string) => {
            const original = text.slice(gapStart, gapEnd);
            if (original === wanted || !/^\s*$/.test(original) || !include(gapStart, gapEnd)) return;
            out.push({ range: { start: document.textDocument.positionAt(gapStart), end: document.textDocument.positionAt(gapEnd) }, newText: wanted });
        };
        let depth = 0;
        let parens = 0;
        push(0, tokens[0].offset, '');
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            const p = tokens[i - 1];
            if (t.image === '}' && !t.comment) depth = Math.max(0, depth - 1);
            if (p) {
                const original = text.slice(p.end, t.offset);
                const newlines = (original.match(/\n/g) ?? []).length;
                let breakLine: boolean;
                let space = true;
                if (p.comment === 'line') breakLine = true;
                else if (t.comment || p.comment) breakLine = newlines > 0;
                else if (t.image === '}' || p.image === '{' || lineStart.has(t.offset)) breakLine = true;
                else breakLine = keepBreaks && newlines > 0 && parens === 0;
                if (!breakLine && !t.comment && !p.comment) {
                    if ([',', ')', ']', '('].includes(t.image) || ['(', '['].includes(p.image)) space = false;
                    // A statutory form id (`nm-24-7a-4`) is one word: no space around its dashes or inside "7a".
                    if (t.image === '-' || p.image === '-' || (original === '' && /^\d+$/.test(p.image))) space = false;
                }
                let wanted: string;
                if (breakLine) {
                    const blank = newlines > 1 && p.image !== '{' && !(t.image === '}' && !t.comment) ? '\n' : '';
                    wanted = '\n' + blank + INDENT.repeat(depth);
                } else {
                    wanted = space ? ' ' : '';
                }
                push(p.end, t.offset, wanted);
            }
            if (t.comment) continue;
            if (t.image === '{') depth++;
            else if (t.image === '(') parens++;
            else if (t.image === ')') parens = Math.max(0, parens - 1);
        }
        push(tokens[tokens.length - 1].end, text.length, '\n');
        return out;
    }
}
