/**
 * Fills a form's template text (the slot language shared with the
 * phrasebook): literal text; `{slot}` filled from the model; `[ ... ]` an
 * optional group dropped when every slot inside is empty; `{a|b}` agreement
 * alternatives (the first for one agent, the second for several); a backslash
 * makes the next character literal. An unfilled slot renders as the blank the
 * statute prints there. The result is a list of pieces so that the renderer
 * can mark filled names and blanks.
 */

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

type Node = { text: string } | { slot: string } | { alternatives: string[] } | { group: Node[] };

export function fillTemplate(template: string, input: TemplateInput): TemplatePiece[] {
    return merge(emit(parse(template), input) ?? []);
}

/** The slot names a template refers to, in order. */
export function templateSlots(template: string): string[] {
    const slots: string[] = [];
    const walk = (nodes: Node[]): void => {
        for (const n of nodes) {
            if ('slot' in n) slots.push(n.slot);
            else if ('group' in n) walk(n.group);
        }
    };
    walk(parse(template));
    return slots;
}

function parse(template: string): Node[] {
    const stack: Node[][] = [[]];
    let text = '';
    const flush = () => { if (text) stack[stack.length - 1].push({ text }); text = ''; };
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '\\' && i + 1 < template.length) { text += template[++i]; continue; }
        if (c === '{') {
            const end = closing(template, i);
            if (end < 0) { text += c; continue; }
            flush();
            const body = template.slice(i + 1, end);
            stack[stack.length - 1].push(body.includes('|') ? { alternatives: body.split('|') } : { slot: body.trim() });
            i = end;
        } else if (c === '[') {
            flush();
            stack.push([]);
        } else if (c === ']' && stack.length > 1) {
            flush();
            const group = stack.pop()!;
            stack[stack.length - 1].push({ group });
        } else {
            text += c;
        }
    }
    flush();
    while (stack.length > 1) { const group = stack.pop()!; stack[stack.length - 1].push({ text: '[' }, ...group); }
    return stack[0];
}

function closing(template: string, open: number): number {
    for (let i = open + 1; i < template.length; i++) {
        if (template[i] === '\\') i++;
        else if (template[i] === '}') return i;
        else if (template[i] === '{') return -1;
    }
    return -1;
}

/** The pieces of a node list; undefined for an optional group whose slots are all empty. */
function emit(nodes: Node[], input: TemplateInput, optional = false): TemplatePiece[] | undefined {
    const pieces: TemplatePiece[] = [];
    let slots = 0;
    let filled = 0;
    for (const n of nodes) {
        if ('text' in n) pieces.push({ text: n.text });
        else if ('alternatives' in n) pieces.push({ text: n.alternatives[input.plural ? Math.min(1, n.alternatives.length - 1) : 0] });
        else if ('slot' in n) {
            slots++;
            const value = input.value(n.slot);
            if (value) { filled++; pieces.push({ text: value, slot: n.slot, filled: true }); }
            else pieces.push({ text: input.blank(n.slot), slot: n.slot, filled: false });
        } else {
            const inner = emit(n.group, input, true);
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
