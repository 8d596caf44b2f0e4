/**
 * Renders an instrument written on a statutory form: the form's blocks, the
 * statute's words, with the slots filled from the model, into the same
 * document tree every writer and the preview read. Headings render as titles,
 * notices and powers as paragraphs (the statute's capitals kept), the
 * signature, witness and notary blocks line by line, and a page break where
 * the statute's layout asks for one.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { Block, Line, RenderedDocument, Run } from '../render/document-tree.js';
import { fillTemplate } from './form-template.js';
import { blankRun } from '../render/blank.js';
import { formSlotValues, initialsOf } from './form-slots.js';
import type { FormBlock, StatutoryForm } from './statutory-form.js';

const STRUCTURED = { signature: 'signature', witness: 'witnesses', notary: 'notary', agent: 'signature' } as const;
/** A signature, witness or notary block longer than this many lines may break across pages. */
const KEEP_LINES = 12;

export function renderStatutoryForm(form: StatutoryForm, model: PoaModel): RenderedDocument {
    const values = formSlotValues(model);
    const granted = new Set((model.form?.initials ?? []).map((p) => p.id));
    const initials = initialsOf(model.principals[0]?.name.value);
    const plural = model.agents.length > 1;
    const blocks: Block[] = [];
    let pageBreak = false;
    form.blocks.forEach((formBlock, i) => {
        if (formBlock.kind === 'page-break') { pageBreak = true; return; }
        const runs = (template: string): Run[] => fillTemplate(template, {
            plural,
            value: (slot) => slot === 'initials' ? (formBlock.power && granted.has(formBlock.power) ? initials : undefined) : values.get(slot),
            blank: (slot) => formBlock.blanks?.[slot] ?? form.blank
        }).map((p) => toRun(p.text, p.slot, p.filled, model));
        const block = treeBlock(formBlock, i, runs);
        if (pageBreak) { block.pageBreakBefore = true; pageBreak = false; }
        blocks.push(block);
    });
    const principal = model.principals[0]?.name.value;
    return {
        title: form.title,
        blocks,
        properties: {
            title: form.title,
            subject: `${form.title} (${form.citation})${principal ? ` of ${principal}` : ''}`,
            author: principal ?? '',
            kind: model.kind ?? form.kind,
            jurisdiction: model.jurisdiction ?? form.jurisdiction
        }
    };
}

function treeBlock(formBlock: FormBlock, index: number, runs: (template: string) => Run[]): Block {
    const id = formBlock.power ? `power-${formBlock.power}` : formBlock.notice ? `notice-${formBlock.notice}` : `form-${index + 1}`;
    if (formBlock.kind === 'heading') return { kind: 'title', id, runs: runs(formBlock.text) };
    if (formBlock.kind in STRUCTURED) {
        const lines: Line[] = formBlock.text.split('\n').map((text) => ({ runs: runs(text) }));
        const kind = STRUCTURED[formBlock.kind as keyof typeof STRUCTURED];
        return { kind, id, runs: [], lines, keepTogether: lines.length <= KEEP_LINES };
    }
    return { kind: 'paragraph', id, runs: runs(formBlock.text) };
}

function toRun(text: string, slot: string | undefined, filled: boolean | undefined, model: PoaModel): Run {
    if (!slot) return { text };
    if (!filled) return blankRun(text, slot);
    if (slot === 'initials') return { text, role: 'party', ref: model.principals[0]?.id, note: 'The principal initials this line by hand when signing.' };
    return slot.startsWith('principal.') || slot.startsWith('agent') || slot.startsWith('successor') || slot.startsWith('witness')
        ? { text, role: 'party', ref: slot }
        : { text, ref: slot };
}
