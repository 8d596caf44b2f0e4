/**
 * `as-filed`: a clause's words as filed, where they differ from its style by a
 * few words. Each edit replaces the style's words in the rendered paragraph
 * (the block of that clause) by the filed words, in the order written, each
 * after the one before. An edit changes only the style's own words: words that
 * name a party, a defined term, a form, a statute or a blank are never
 * replaced, nor is a date, since those are the clause's values and stay in the
 * clause. An edit that cannot be applied changes nothing and is returned, so
 * that the checks can say so (`poa/as-filed-not-applied`).
 */
import type { AsFiledModel, FiledEditModel } from '../model/poa-model.js';
import type { Block, Run } from './document-tree.js';

export type UnappliedReason = 'no-paragraph' | 'not-found' | 'earlier' | 'value';

export interface UnappliedEdit {
    clause: AsFiledModel;
    edit: FiledEditModel;
    reason: UnappliedReason;
}

/** A date written out ("November 5, 1996", "5th day of November") or as numbers: a value, never an edit's words. */
const DATE_WORDS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b|\b\d{4}\b/;

/** The blocks an `as-filed` clause edits: the paragraph of that id, or its numbered parts (`signature-1`, ...). */
function blocksOf(blocks: readonly Block[], target: string): Block[] {
    return blocks.filter((b) => b.id === target || b.id.startsWith(`${target}-`));
}

/** Applies every `as-filed` edit to the rendered blocks, in place; returns the edits that could not be applied. */
export function applyFiledEdits(blocks: Block[], clauses: readonly AsFiledModel[]): UnappliedEdit[] {
    const unapplied: UnappliedEdit[] = [];
    for (const clause of clauses) {
        const targets = blocksOf(blocks, clause.target);
        if (targets.length === 0) {
            clause.edits.forEach((edit) => unapplied.push({ clause, edit, reason: 'no-paragraph' }));
            continue;
        }
        // Each edit is looked for after the one before, so that edits of a repeated phrase apply in order.
        let block = 0;
        let from = 0;
        for (const edit of clause.edits) {
            if (DATE_WORDS.test(edit.original)) {
                unapplied.push({ clause, edit, reason: 'value' });
                continue;
            }
            let done: UnappliedReason | 'applied' = 'not-found';
            for (let b = block; b < targets.length && done === 'not-found'; b++) {
                const result = replaceIn(targets[b].runs, edit, b === block ? from : 0);
                if (typeof result === 'number') {
                    block = b;
                    from = result;
                    done = 'applied';
                } else done = result;
            }
            // Words the paragraph has only before the edit above: the edits are written out of the text's order.
            if (done === 'not-found' && edit.original !== '' && targets.some((t) => t.runs.map((r) => r.text).join('').includes(edit.original))) done = 'earlier';
            if (done !== 'applied') unapplied.push({ clause, edit, reason: done });
        }
    }
    return unapplied;
}

/** Replaces the first occurrence of the edit's words at or after `from` in the runs; the offset after it, or why not. */
function replaceIn(runs: Run[], edit: FiledEditModel, from: number): number | UnappliedReason {
    const text = runs.map((r) => r.text).join('');
    const start = text.indexOf(edit.original, from);
    if (start < 0 || edit.original === '') return 'not-found';
    const end = start + edit.original.length;
    // The runs the words span must all be the style's own words.
    let offset = 0;
    const spanned: { run: Run; start: number; end: number }[] = [];
    for (const run of runs) {
        const runEnd = offset + run.text.length;
        if (runEnd > start && offset < end) spanned.push({ run, start: Math.max(start, offset) - offset, end: Math.min(end, runEnd) - offset });
        offset = runEnd;
    }
    if (spanned.some((s) => s.run.role)) return 'value';
    // New runs, since a run may be shared with another block.
    spanned.forEach((s, i) => {
        runs[runs.indexOf(s.run)] = { ...s.run, text: s.run.text.slice(0, s.start) + (i === 0 ? edit.filed : '') + s.run.text.slice(s.end) };
    });
    return start + edit.filed.length;
}
