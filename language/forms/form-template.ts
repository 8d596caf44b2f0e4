/**
 * Fills a form's template text (the slot language shared with the
 * phrasebook): literal text; `{slot}` filled from the model; `[ ... ]` an
 * optional group dropped when every slot inside is empty; `{a|b}` agreement
 * alternatives (the first for one agent, the second for several); a backslash
 * makes the next character literal. An unfilled slot renders as the blank the
 * statute prints there. The result is a list of pieces so that the renderer
 * can mark filled names and blanks. The template is parsed by the
 * phrasebook's own parser (`render/template-engine.ts`); only the filling differs:
 * pieces with blanks, not runs.
 */
import { parseTemplate, templateSlots, type TemplateNode } from '../render/template-engine.js';

export interface TemplatePiece {
    text: string;
    /** The slot a piece fills; `filled` says whether the model gave a value. */
    slot?: string;
    filled?: boolean;
}

export interface TemplateInput {
    value(slot: string): string | undefined;
    blank(slot: string): string;
    plural: boolean;
}

export function fillTemplate(template: string, input: TemplateInput): TemplatePiece[] {
    return merge(emit(parseTemplate(template), input) ?? []);
}

/** The slot names a template refers to, in order: the phrasebook's own reader. */
export { templateSlots };

/** The pieces of a node list; undefined for an optional group whose slots are all empty. */
function emit(nodes: readonly TemplateNode[], input: TemplateInput, optional = false): TemplatePiece[] | undefined {
    const pieces: TemplatePiece[] = [];
    let slots = 0;
    let filled = 0;
    for (const n of nodes) {
        if (n.kind === 'text') pieces.push({ text: n.text });
        // On a form every agreement is with the agents: one or several.
        else if (n.kind === 'choice') pieces.push({ text: n.options[input.plural ? 1 : 0] });
        else if (n.kind === 'slot') {
            slots++;
            const value = input.value(n.name);
            if (value) { filled++; pieces.push({ text: value, slot: n.name, filled: true }); }
            else pieces.push({ text: input.blank(n.name), slot: n.name, filled: false });
        } else {
            const inner = emit(n.nodes, input, true);
            if (inner) { pieces.push(...inner); filled++; slots++; }
        }
    }
    if (optional && slots > 0 && filled === 0) return undefined;
    return pieces;
}

function merge(pieces: TemplatePiece[]): TemplatePiece[] {
    const out: TemplatePiece[] = [];
    for (const p of pieces) {
        const last = out[out.length - 1];
        if (last && !last.slot && !p.slot) last.text += p.text;
        else if (p.text) out.push({ ...p });
    }
    return out;
}
