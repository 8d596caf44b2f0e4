/**
 * Where a clause goes in a source file and how it is indented: the canonical
 * clause order of the language, the file's indentation unit, and the body of
 * a block clause (`grant { ... }`). Pure text and model arithmetic.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import { WRITTEN_ORDER } from '../registry/clause-registry.js';

export interface TextEdit {
    offset: number;
    length: number;
    newText: string;
}

/** The order clauses are written in: the clause registry's (language/registry/clause-registry.ts). */
export const CLAUSE_ORDER = WRITTEN_ORDER;
export type ClauseName = (typeof CLAUSE_ORDER)[number];

/** Every clause the model knows, with its place in the canonical order. */
export function clauseRanges(model: PoaModel): { clause: ClauseName; range: SourceRange }[] {
    const out: { clause: ClauseName; range: SourceRange }[] = [];
    const add = (clause: ClauseName, range: SourceRange | undefined) => { if (range && range.length > 0) out.push({ clause, range }); };
    for (const [key, range] of Object.entries(model.settingRanges)) add(key as keyof PoaModel['settingRanges'], range);
    model.parameters.forEach((p) => add('parameter', p.range));
    model.principals.forEach((p) => add('principal', p.range));
    add('agents', model.agentsRange);
    add('successors', model.successorsRange);
    model.issuers.forEach((i) => add('issuer', i.range));
    model.definedTerms.filter((t) => !t.standard && !model.issuers.some((i) => i.id === t.id)).forEach((t) => add('define', t.range));
    add('grant', model.grant?.range);
    add('substitution', model.substitution?.range);
    add('ratification', model.ratification?.range);
    add('acknowledgment', model.acknowledgment?.range);
    add('indemnification', model.indemnification?.range);
    add('reliance', model.reliance?.range);
    add('compensation', model.compensation?.range);
    add('supersession', model.supersession?.range);
    add('term', model.term?.range);
    add('revocation', model.revocation?.range);
    add('execution', model.execution?.range);
    return out;
}

/** The whitespace at the start of the line containing `offset`. */
export function lineIndent(text: string, offset: number): string {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))![0];
}

export function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The indentation of the instrument's clauses and one nesting level (default four spaces). */
export function indentation(text: string, model: PoaModel): { clause: string; unit: string } {
    const first = clauseRanges(model).sort((a, b) => a.range.offset - b.range.offset)[0];
    const clause = first ? lineIndent(text, first.range.offset) : '';
    const unit = clause.length > 0 ? clause : '    ';
    return { clause: clause || unit, unit };
}

/** Indents generated clause text: nested lines (inside `{ }`) one unit deeper per level. */
export function indentLines(clauseText: string, base: string, unit: string): string {
    let depth = 0;
    return clauseText.split('\n').map((line) => {
        const t = line.trim();
        if (t.startsWith('}')) depth = Math.max(0, depth - 1);
        const out = base + unit.repeat(depth) + t;
        if (t.endsWith('{')) depth++;
        return out;
    }).join('\n');
}

/** Offsets of the first `{` and its matching `}` within a range, skipping strings and comments. */
export function blockBraces(text: string, range: SourceRange): { open: number; close: number } | undefined {
    const end = range.offset + range.length;
    let open = -1;
    let depth = 0;
    for (let i = range.offset; i < end; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < end && text[i] !== '"'; i++) if (text[i] === '\\') i++;
            continue;
        }
        if (c === '/' && text[i + 1] === '/') { while (i < end && text[i] !== '\n') i++; continue; }
        if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); i = e < 0 ? end : e + 1; continue; }
        if (c === '{') { if (depth === 0) open = i; depth++; }
        else if (c === '}') { depth--; if (depth === 0 && open >= 0) return { open, close: i }; }
    }
    return undefined;
}

/** Inserts a whole clause at its canonical place: after the last clause that precedes it in the order. */
export function insertClauseEdit(text: string, model: PoaModel, clause: ClauseName, clauseText: string): TextEdit | undefined {
    const { clause: base, unit } = indentation(text, model);
    const body = indentLines(clauseText, base, unit);
    const rank = CLAUSE_ORDER.indexOf(clause);
    const existing = clauseRanges(model);
    const before = existing.filter((c) => CLAUSE_ORDER.indexOf(c.clause) <= rank).sort((a, b) => (a.range.offset + a.range.length) - (b.range.offset + b.range.length)).pop();
    if (before) return { offset: afterClause(text, before.range), length: 0, newText: `\n${body}` };
    const after = existing.filter((c) => CLAUSE_ORDER.indexOf(c.clause) > rank).sort((a, b) => a.range.offset - b.range.offset)[0];
    if (after) {
        const start = lineStart(text, after.range.offset);
        if (text.slice(start, after.range.offset).trim() === '') return { offset: start, length: 0, newText: `${body}\n` };
        return { offset: after.range.offset, length: 0, newText: `${body.trimStart()}\n${lineIndent(text, after.range.offset)}` };
    }
    const braces = blockBraces(text, model.range);
    if (!braces) return undefined;
    return { offset: braces.open + 1, length: 0, newText: `\n${body}` };
}

/** Where to insert after a clause: the end of its line when only whitespace or a comment follows it. */
function afterClause(text: string, range: SourceRange): number {
    const end = range.offset + range.length;
    const eol = text.indexOf('\n', end);
    const lineEnd = eol < 0 ? text.length : eol;
    const rest = text.slice(end, lineEnd).trim();
    if (rest === '' || rest.startsWith('//')) return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return end;
}

/** Adds a line at the end of a block clause's body, creating the body (`{ }`) when the clause has none. */
export function insertInBlockEdit(text: string, model: PoaModel, range: SourceRange, line: string): TextEdit {
    const { unit } = indentation(text, model);
    const base = lineIndent(text, range.offset);
    const inner = base + unit;
    const braces = blockBraces(text, range);
    if (!braces) return { offset: range.offset + range.length, length: 0, newText: ` {\n${inner}${line}\n${base}}` };
    const closeLine = lineStart(text, braces.close);
    if (text.slice(closeLine, braces.close).trim() === '' && closeLine > braces.open) return { offset: closeLine, length: 0, newText: `${inner}${line}\n` };
    return { offset: braces.close, length: 0, newText: `\n${inner}${line}\n${base}` };
}
