/**
 * Quick fixes as plain data: given a diagnostic's `data` (as the checks put
 * it), the document text and its model, the edits that fix it. Every fix
 * inserts a construct or replaces only the construct at fault; the rest of
 * the user's text stays byte for byte. The language server serves these as
 * code actions; the tests apply them to the fixtures.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { QuickFixData } from '../rules/rule.js';
import { secForm } from '../catalog/securities-catalog.js';
import { CLAUSE_ORDER, insertClauseEdit, insertInBlockEdit, type ClauseName, type TextEdit } from './clause-placement.js';

export type { TextEdit } from './clause-placement.js';

export interface QuickFix {
    title: string;
    edits: TextEdit[];
    /** The fix to apply on "fix all": the diagnostic's main fix. */
    preferred: boolean;
}

interface FixCarrier {
    fix?: QuickFixData;
    alternatives?: QuickFixData[];
}

/** The quick fixes for one diagnostic (its `data`), as edits against `text`. */
export function quickFixesFor(data: unknown, text: string, model: PoaModel): QuickFix[] {
    if (!data || typeof data !== 'object') return [];
    const { fix, alternatives } = data as FixCarrier;
    const out: QuickFix[] = [];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    for (const [i, f] of [fix, ...(alternatives ?? [])].entries()) {
        if (!f || typeof f !== 'object' || typeof f.fix !== 'string') continue;
        let edits: TextEdit[] | undefined;
        try {
            edits = editsFor(f, text, model);
        } catch {
            edits = undefined;
        }
        if (!edits || edits.length === 0) continue;
        out.push({ title: f.title, preferred: i === 0 && !!fix, edits: edits.map((e) => ({ ...e, newText: eol === '\n' ? e.newText : e.newText.replace(/\n/g, eol) })) });
    }
    return out;
}

function editsFor(f: QuickFixData, text: string, model: PoaModel): TextEdit[] | undefined {
    const a = f.args ?? {};
    switch (f.fix) {
        case 'insert-clause': {
            if (!(CLAUSE_ORDER as readonly string[]).includes(a.clause)) return undefined;
            const e = insertClauseEdit(text, model, a.clause as ClauseName, a.text);
            return e ? [e] : undefined;
        }
        case 'insert-in-block':
            return insertInBlock(text, model, a.block, a.text);
        case 'define-term': {
            if (!/^[_a-zA-Z]\w*$/.test(a.id ?? '')) return undefined;
            const e = insertClauseEdit(text, model, 'define', `define ${a.id} "[the meaning of ${a.id}]" as "${a.id}"`);
            return e ? [e] : undefined;
        }
        case 'state-agent-mode':
            return at(text, Number(a.offset), 'agents', ` ${a.mode}`);
        case 'substitution-scope':
            return at(text, Number(a.offset), 'substitution', ' with revocation');
        case 'conform-signature': {
            const offset = Number(a.offset);
            const m = /^signature(\s+by\s+[_a-zA-Z]\w*)?/.exec(text.slice(offset));
            return m ? [{ offset: offset + m[0].length, length: 0, newText: ' conformed' }] : undefined;
        }
        case 'move-form':
            return moveForm(text, model, a.form, a.statute, Number(a.filingOffset));
        default:
            return undefined;
    }
}

/** An insertion right after a keyword, checked against the text so a stale diagnostic edits nothing. */
function at(text: string, offset: number, keyword: string, newText: string): TextEdit[] | undefined {
    if (!Number.isInteger(offset) || text.slice(offset - keyword.length, offset) !== keyword) return undefined;
    return [{ offset, length: 0, newText }];
}

function insertInBlock(text: string, model: PoaModel, block: string, line: string): TextEdit[] | undefined {
    const range = block === 'grant' ? model.grant?.range : block === 'term' ? model.term?.range : block === 'execution' ? model.execution?.range : undefined;
    if (range) return [insertInBlockEdit(text, model, range, line)];
    if (block === 'grant' || block === 'term') {
        const e = insertClauseEdit(text, model, block, `${block} {\n${line}\n}`);
        return e ? [e] : undefined;
    }
    return undefined;
}

/** Files a form under its statute: replaces the statute when every form of the filing belongs there, else moves the form to a filing of its own. */
function moveForm(text: string, model: PoaModel, form: string, target: string, filingOffset: number): TextEdit[] | undefined {
    const filing = model.grant?.filings.find((f) => f.range.offset === filingOffset);
    if (!filing || !model.grant || !secForm(form) || !target) return undefined;
    const index = filing.forms.findIndex((f) => f.id === form);
    if (index < 0) return undefined;
    if (filing.forms.every((f) => secForm(f.id)?.statutes.includes(target))) {
        return [{ offset: filing.statuteRange.offset, length: filing.statuteRange.length, newText: target }];
    }
    const forms = filing.forms;
    const self = forms[index].range;
    // Remove "form144" with the comma that joins it to its neighbour.
    const removal = index > 0
        ? { offset: forms[index - 1].range.offset + forms[index - 1].range.length, end: self.offset + self.length }
        : { offset: self.offset, end: forms[1].range.offset };
    const insert = insertInBlockEdit(text, model, model.grant.range, `file ${form} under ${target}`);
    return [{ offset: removal.offset, length: removal.end - removal.offset, newText: '' }, insert];
}

/** Applies non-overlapping edits (offsets into the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
    return out;
}
