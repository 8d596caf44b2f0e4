/**
 * Recognises a document that is a statutory form (language/forms/): each
 * form's blocks, the statute's words with `{slot}`s, are compiled into
 * patterns and found in the document in order; the text a slot's place holds
 * is its value, unless it is the blank the statute prints there. A document
 * most of whose words are one form's words is that form: it is imported as
 * `form <id>` with the values the text fills in, and only the text the form
 * does not hold is kept as written. The forms are data: a new form file is
 * recognised without a change here.
 */
import { statutoryForms } from '../forms/form-registry.js';
import type { FormBlock, StatutoryForm } from '../forms/statutory-form.js';
import { parseTemplate, type TemplateNode } from '../render/template-engine.js';
import { countWords } from './import-report.js';
import { foldTypography } from './normalise-text.js';

/** The share of the document's words a form's blocks must account for. */
const MIN_TEXT_COVERAGE = 0.8;
/** The share of the form's own words the document must hold. */
const MIN_FORM_COVERAGE = 0.5;
/** A quick word-overlap measure below which a form is not tried. */
const MIN_OVERLAP = 0.4;
/** The longest value a slot takes (a longer one is a bare-slot block, read between its neighbours). */
const MAX_SLOT = 600;
/** Space, crossing at most one line end. */
const SPACE = '[ \\t]*(?:\\n[ \\t]*)?';

export interface RecognisedForm {
    form: StatutoryForm;
    /** The value of each slot the document fills (first filled occurrence), slot name → text. */
    values: Map<string, string>;
    /** The power ids whose initials line the document fills. */
    initials: string[];
    /** The blocks found in the document, of those with words of their own. */
    matchedBlocks: number;
    blocks: number;
    /** Paragraphs of the document that no block of the form holds, in order. */
    unmatched: string[];
    /** The share of the document's words the form's blocks account for (0..1). */
    coverage: number;
}

/** A block's template as a sequence: runs of the statute's words, slots between them, optional groups. */
type Item = { kind: 'words'; sticky: RegExp; search: RegExp } | { kind: 'slot'; name: string } | { kind: 'group'; items: Item[] };

interface CompiledBlock {
    block: FormBlock;
    /** Empty for a block that is a bare slot (`{instructions}`): its value is the text between its neighbours. */
    items: Item[];
    slots: string[];
}

/** Slots whose values have a shape of their own: a value of another shape is not taken. */
const SLOT_SHAPES: Readonly<Record<string, RegExp>> = {
    'agents.mode': /^(jointly|severally)$/i,
    // A blank line or the principal's initials as typed ("J.A.L.").
    initials: /^(?:[ \t_.\u2026]*|(?:[A-Z]\.[ \t]?){1,5}|[A-Z]{1,5})$/
};

const YEARS = new Set(['execution.year', 'execution.yearShort']);

/** Candidates tried for a block's first words before it is given up as not in the document. */
const MAX_CANDIDATES = 8;

const compiled = new Map<string, CompiledBlock[]>();
const formBags = new Map<string, Map<string, number>>();

/** The form the document is, with the values it fills in; undefined when no form accounts for most of its words. */
export function recogniseForm(raw: string, forms: readonly StatutoryForm[] = statutoryForms()): RecognisedForm | undefined {
    const text = foldTypography(raw).replace(/\r\n?/g, '\n').split('\n').filter((l) => !/^#\s/.test(l)).join('\n');
    const textWords = countWords(text);
    if (!textWords) return undefined;
    const bag = wordBag(text);
    let best: RecognisedForm | undefined;
    for (const form of forms) {
        if (!formBags.has(form.id)) formBags.set(form.id, wordBag(formWords(form)));
        if (overlap(bag, formBags.get(form.id)!) < MIN_OVERLAP) continue;
        const found = matchForm(form, text, textWords);
        if (!best || found.coverage > best.coverage) best = found;
    }
    return best && best.coverage >= MIN_TEXT_COVERAGE && best.matchedBlocks / best.blocks >= MIN_FORM_COVERAGE ? best : undefined;
}

function matchForm(form: StatutoryForm, text: string, textWords: number): RecognisedForm {
    const blocks = compiledBlocks(form);
    const values = new Map<string, string>();
    const initials: string[] = [];
    const spans: [number, number][] = [];
    const fill = (block: FormBlock, slot: string, text: string | undefined) => {
        // A value written on the first of several ruled lines leaves the rest of them blank.
        let value = text?.replace(/\s+/g, ' ').trim();
        for (let rule; value && (rule = /[_.\u2026]{3,}$/.exec(value)); ) value = value.slice(0, rule.index).trim();
        // ... and a value written after the form's own rule on its line ("_____ February 3, 2025") is the words after it.
        for (let rule; value && (rule = /^[_\u2026]{3,}/.exec(value)); ) value = value.slice(rule[0].length).trim();
        if (!value || isBlank(value, block.blanks?.[slot] ?? form.blank)) return;
        if (slot === 'initials') {
            if (block.power && !initials.includes(block.power)) initials.push(block.power);
        } else if (!values.has(slot)) values.set(slot, value);
    };
    let cursor = 0;
    let matched = 0;
    let bare: CompiledBlock[] = [];
    for (const b of blocks) {
        if (!b.items.length) { bare.push(b); continue; }
        const blank = (slot: string) => b.block.blanks?.[slot] ?? form.blank;
        const m = findBlock(b.items, text, cursor, true, blank) ?? findBlock(b.items, text, cursor, false, blank);
        if (!m) continue;
        matched++;
        // One bare slot between two found blocks holds the text between them.
        if (bare.length === 1 && cursor > 0 && m.start > cursor) {
            fill(bare[0].block, bare[0].slots[0], text.slice(cursor, m.start));
            spans.push([cursor, m.start]);
            matched++;
        }
        bare = [];
        spans.push([m.start, m.end]);
        cursor = m.end;
        for (const [slot, value] of m.values) fill(b.block, slot, value);
    }
    const unmatched = outside(text, spans);
    const unmatchedWords = unmatched.reduce((n, p) => n + countWords(p), 0);
    return { form, values, initials, matchedBlocks: matched, blocks: blocks.length, unmatched, coverage: 1 - unmatchedWords / textWords };
}

/** The text a slot holds is a blank when it is the statute's blank or only rules, dots and brackets. */
function isBlank(value: string, blank: string): boolean {
    const fold = (s: string) => foldTypography(s).replace(/\s+/g, ' ').trim().toLowerCase();
    const skeleton = (s: string) => fold(s).replace(/[\s_.\u2026]+/g, '');
    return fold(value) === fold(blank) || skeleton(value) === skeleton(blank) || /^[\s_.\u2026()[\]-]*$/.test(value);
}

/** The paragraphs of the text outside the matched spans, without the empty ones. */
function outside(text: string, spans: readonly [number, number][]): string[] {
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
        if (start > at) parts.push(text.slice(at, start));
        at = Math.max(at, end);
    }
    parts.push(text.slice(at));
    return parts.flatMap((p) => p.split(/\n[ \t]*\n/)).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => countWords(p) > 0);
}

interface BlockMatch {
    start: number;
    end: number;
    values: [string, string][];
}

/**
 * The first place at or after `from` where a block's words are, with its slots' values. `lines`: the block starts and
 * ends a line (the statute's blocks are paragraphs or lines); otherwise it may start after any word (a text whose
 * line ends a scraper lost). The words are found run by run and a slot is the text between two runs, so that the
 * time taken grows with the text, never with the number of ways to share it among the slots.
 */
function findBlock(items: readonly Item[], text: string, from: number, lines: boolean, blank: Blank): BlockMatch | undefined {
    const leadingSlot = items[0].kind === 'slot' ? items[0].name : undefined;
    const first = items[leadingSlot ? 1 : 0];
    if (first?.kind !== 'words') return undefined;
    if (leadingSlot && !lines && !SLOT_SHAPES[leadingSlot]) return undefined;
    first.search.lastIndex = from;
    for (let n = 0; n < MAX_CANDIDATES; n++) {
        const m = first.search.exec(text);
        if (!m) return undefined;
        if (m[0].length === 0) first.search.lastIndex++;
        const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
        let start = m.index;
        const values: [string, string][] = [];
        if (leadingSlot) {
            // The slot's value is what stands before the words on their line (between words: the initials just before them).
            if (lines && lineStart < from) continue;
            const before = text.slice(lineStart, m.index);
            const value = lines ? before : (/(?:(?:[A-Z]\.[ \t]?){1,5}|[ \t_.\u2026]+)$/.exec(before)?.[0] ?? '');
            if (value.length > MAX_SLOT || !accepts(leadingSlot, value, blank)) continue;
            start = m.index - value.length;
            values.push([leadingSlot, value]);
        } else if (lines ? !/^[ \t]*$/.test(text.slice(lineStart, m.index)) : !wordStart(text, m.index)) continue;
        const end = follow(items.slice(leadingSlot ? 2 : 1), text, m.index + m[0].length, undefined, values, lines, blank);
        if (end !== undefined) return { start, end, values };
    }
    return undefined;
}

/** Matches the rest of a block from `at`; `pending` is a slot whose value ends where the next words begin. */
function follow(items: readonly Item[], text: string, at: number, pending: string | undefined, values: [string, string][], lines: boolean, blank: Blank): number | undefined {
    if (!items.length) {
        if (pending) {
            // A slot that ends the block holds the rest of its line.
            const eol = text.indexOf('\n', at);
            let end = eol < 0 ? text.length : eol;
            // A year ends at its digits (or its blank), whatever a scraper ran on after it.
            const year = YEARS.has(pending) ? /^[ \t]*(?:\d{2,4}|[_.\u2026]+)/.exec(text.slice(at, end)) : undefined;
            if (year) end = at + year[0].length;
            const value = text.slice(at, end);
            if (end - at > MAX_SLOT || !accepts(pending, value, blank)) return undefined;
            values.push([pending, value]);
            return end;
        }
        return !lines || /^[ \t]*(?:\n|$)/.test(text.slice(at, at + 200)) ? at : undefined;
    }
    const [item, ...rest] = items;
    if (item.kind === 'slot') {
        if (pending) values.push([pending, '']);
        return follow(rest, text, at, item.name, values, lines, blank);
    }
    if (item.kind === 'group') {
        const mark = values.length;
        const inside = follow([...item.items, ...rest], text, at, pending, values, lines, blank);
        if (inside !== undefined) return inside;
        values.length = mark;
        return follow(rest, text, at, pending, values, lines, blank);
    }
    if (pending) {
        // The slot's value ends at the first place the words that follow it are found, or at a later place on the
        // same line where the rest of the block then matches: "by {principal.name}." is "by Grace O. Adeyemi.", whose
        // first full stop follows "Grace O".
        item.search.lastIndex = at;
        const first = item.search.exec(text);
        if (!first || first.index - at > MAX_SLOT) return undefined;
        const eolAt = text.indexOf('\n', at);
        const eol = eolAt < 0 ? text.length : eolAt;
        for (let m: RegExpExecArray | null = first, tries = 0; m && (m === first || m.index < eol) && tries < MAX_CANDIDATES; tries++) {
            const value = text.slice(at, m.index);
            // A slot's value stays within its paragraph.
            if (m.index - at <= MAX_SLOT && !/\n[ \t]*\n/.test(value) && accepts(pending, value, blank)) {
                const mark = values.length;
                values.push([pending, value]);
                const end = follow(rest, text, m.index + m[0].length, undefined, values, lines, blank);
                if (end !== undefined) return end;
                values.length = mark;
            }
            item.search.lastIndex = m.index + Math.max(1, m[0].length);
            m = item.search.exec(text);
        }
        return undefined;
    }
    item.sticky.lastIndex = at;
    const m = item.sticky.exec(text);
    return m ? follow(rest, text, at + m[0].length, undefined, values, lines, blank) : undefined;
}

type Blank = (slot: string) => string;

/** A word starts here: after a non-word character, or where a scraper glued a capitalised word to the one before ("BuriedOR"). */
function wordStart(text: string, at: number): boolean {
    const before = text[at - 1] ?? ' ';
    return !/[A-Za-z0-9]/.test(before) || (/[a-z]/.test(before) && /[A-Z]/.test(text[at]));
}

/** A slot takes a value of its shape, or the blank the statute prints there. */
function accepts(slot: string, value: string, blank: Blank): boolean {
    return !SLOT_SHAPES[slot] || SLOT_SHAPES[slot].test(value.trim()) || isBlank(value, blank(slot));
}

function compiledBlocks(form: StatutoryForm): CompiledBlock[] {
    let blocks = compiled.get(form.id);
    if (!blocks) {
        blocks = form.blocks.flatMap((block): CompiledBlock[] => {
            const nodes = parseTemplate(block.text);
            const slots: string[] = [];
            // A block without words of its own would match any line: a bare slot is read between its neighbours, a page break not at all.
            // A block of rules around one slot ("_____   {execution.date}") is read as that bare slot, its rules dropped by `fill`.
            const only = nodes.filter((n) => n.kind === 'slot');
            if (!countWords(literal(nodes))) return only.length === 1 && only[0].kind === 'slot' && nodes.every((n) => n.kind !== 'group') ? [{ block, items: [], slots: [only[0].name] }] : [];
            return [{ block, items: sequence(nodes, slots), slots }];
        });
        compiled.set(form.id, blocks);
    }
    return blocks;
}

/** A template as items: each run of words and agreement choices one pattern, each slot and optional group an item. */
function sequence(nodes: readonly TemplateNode[], slots: string[]): Item[] {
    const items: Item[] = [];
    let source = '';
    let raw = '';
    const flush = () => {
        // A run that is only space between two slots is left to the slots, unless it ends a line: then it parts them.
        if (!raw.trim()) source = raw.includes('\n') ? '[ \\t]*\\n\\s*' : '';
        if (source) items.push({ kind: 'words', sticky: new RegExp(source, 'iy'), search: new RegExp(source, 'gi') });
        source = '';
        raw = '';
    };
    for (const n of nodes) {
        if (n.kind === 'text') { source += literalPattern(n.text); raw += n.text; }
        else if (n.kind === 'choice') { source += `(?:${n.options.map(literalPattern).join('|')})`; raw += n.options[0]; }
        else {
            flush();
            if (n.kind === 'slot') { slots.push(n.name); items.push({ kind: 'slot', name: n.name }); }
            else items.push({ kind: 'group', items: sequence(n.nodes, slots) });
        }
    }
    flush();
    return items;
}

function literalPattern(text: string): string {
    const tokens = foldTypography(text).match(/[A-Za-z0-9']+|\s+|_+|\.{3,}|[^\sA-Za-z0-9']/g) ?? [];
    return tokens.map((t, i) => {
        // A line end of the block may be any number of them; a space crosses at most one line end (a blank line ends a paragraph).
        if (/\n/.test(t)) return '\\s*';
        if (/^\s+$/.test(t)) return /\w$/.test(tokens[i - 1] ?? '') && /^\w/.test(tokens[i + 1] ?? '') ? `(?=\\s)${SPACE}` : SPACE;
        // A printed blank (a rule or a row of dots) is as long as the typist made it.
        if (/^(_+|\.{3,})$/.test(t)) return `${SPACE}[_.\u2026]+`;
        return /^[A-Za-z0-9']+$/.test(t) ? t : `${SPACE}${t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;
    }).join('');
}

function literal(nodes: readonly TemplateNode[]): string {
    return nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'choice' ? n.options[0] : n.kind === 'group' ? literal(n.nodes) : ' ')).join('');
}

function formWords(form: StatutoryForm): string {
    return form.blocks.map((b) => literal(parseTemplate(b.text))).join('\n');
}

function wordBag(text: string): Map<string, number> {
    const bag = new Map<string, number>();
    for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
    return bag;
}

/** Dice's coefficient of two bags of words. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
    let common = 0;
    let total = 0;
    for (const [w, n] of a) { common += Math.min(n, b.get(w) ?? 0); total += n; }
    for (const n of b.values()) total += n;
    return total ? (2 * common) / total : 0;
}
