/**
 * The phrasebook's template language, parsed once per template and cached,
 * and filled with runs. Four constructs, nothing else, so that every template
 * can be turned back into a regular expression (import reads instruments with
 * the same templates):
 *
 *   literal text          copied as is; `\{`, `\}`, `\[`, `\]`, `\|` and `\\` stand for themselves
 *   {slot}                runs from the model (see `slots.ts`); `{Slot}` capitalises the first letter
 *   [ ... ]               an optional group, dropped when a slot inside it is empty
 *   {a|b}                 agreement with the principal: a for "the undersigned" (third person
 *                         singular), b for "I"/"we" or several principals
 *   {agents:a|b}          agreement with the agents: a for one agent, b for several
 *   {rule:N}              the `rule` slot; on a line of its own in a signature style, a rule that
 *                         plain text prints N hyphens wide (render/phrase.ts)
 *
 * Groups may nest. A slot is empty when it gives no runs or only empty text.
 */
import { runWithText, type Run } from './document-tree.js';

export type TemplateNode =
    | { kind: 'text'; text: string }
    | { kind: 'slot'; name: string; capital: boolean }
    | { kind: 'choice'; governor: 'principal' | 'agents'; options: [string, string] }
    | { kind: 'group'; nodes: TemplateNode[] };

export class TemplateError extends Error {}

const cache = new Map<string, TemplateNode[]>();

/** The parsed template (cached); throws a TemplateError on a malformed template. */
export function parseTemplate(template: string): TemplateNode[] {
    let nodes = cache.get(template);
    if (!nodes) {
        nodes = new TemplateParser(template).parse();
        cache.set(template, nodes);
    }
    return nodes;
}

class TemplateParser {
    private at = 0;
    constructor(private readonly src: string) {}

    parse(): TemplateNode[] {
        const nodes = this.sequence(false);
        if (this.at < this.src.length) throw this.error(`unexpected "${this.src[this.at]}"`);
        return nodes;
    }

    private sequence(inGroup: boolean): TemplateNode[] {
        const nodes: TemplateNode[] = [];
        let text = '';
        const flush = () => { if (text) nodes.push({ kind: 'text', text }); text = ''; };
        while (this.at < this.src.length) {
            const c = this.src[this.at];
            if (c === '\\') {
                if (this.at + 1 >= this.src.length) throw this.error('a template cannot end with "\\"');
                text += this.src[this.at + 1];
                this.at += 2;
            } else if (c === '{') {
                flush();
                nodes.push(this.brace());
            } else if (c === '[') {
                flush();
                this.at++;
                nodes.push({ kind: 'group', nodes: this.sequence(true) });
                if (this.src[this.at] !== ']') throw this.error('an optional group "[" is not closed');
                this.at++;
            } else if (c === ']') {
                if (!inGroup) throw this.error('"]" closes no group');
                break;
            } else if (c === '}' || c === '|') {
                throw this.error(`"${c}" outside braces (write "\\${c}")`);
            } else {
                text += c;
                this.at++;
            }
        }
        flush();
        return nodes;
    }

    private brace(): TemplateNode {
        const end = this.src.indexOf('}', this.at);
        if (end < 0) throw this.error('"{" is not closed');
        const body = this.src.slice(this.at + 1, end);
        this.at = end + 1;
        if (body.includes('|')) {
            const colon = body.indexOf(':');
            const governor = colon >= 0 ? body.slice(0, colon) : 'principal';
            if (governor !== 'principal' && governor !== 'agents') throw this.error(`unknown agreement "${governor}" (use "agents:")`);
            const options = body.slice(colon + 1).split('|');
            if (options.length !== 2 || options.some((o) => /[{}[\]]/.test(o))) throw this.error(`an agreement takes two plain alternatives: {${body}}`);
            return { kind: 'choice', governor, options: [options[0], options[1]] };
        }
        // A signature style's rule with its width in plain text (`{rule:29}`, read by render/phrase.ts) is a `rule` slot that many hyphens wide.
        if (/^rule:\d+$/.test(body)) return { kind: 'slot', name: body, capital: false };
        // Statutory forms name slots by path (`principal.name`, `successor1.address`).
        if (!/^[A-Za-z][A-Za-z0-9.-]*$/.test(body)) throw this.error(`"{${body}}" is not a slot name`);
        return { kind: 'slot', name: interned(body.toLowerCase() === body ? body : body[0].toLowerCase() + body.slice(1)), capital: /^[A-Z]/.test(body) };
    }

    private error(message: string): TemplateError {
        return new TemplateError(`template ${JSON.stringify(this.src)}, at ${this.at}: ${message}`);
    }
}

/**
 * The same name as the engine's own copy of the string (a property key, which V8 keeps once per process):
 * `slots.ts` picks a slot with a `switch` over about 150 names, and a name cut out of a template with
 * `slice` is compared with each case character by character, where an interned one is compared by identity.
 */
function interned(name: string): string {
    return Object.keys({ [name]: true })[0];
}

/** What a template is filled from. */
export interface SlotSource {
    /** The runs of a slot; undefined when the name is not a slot. */
    slot(name: string): Run[] | undefined;
    /** True when the alternative for a singular governor applies. */
    singular(governor: 'principal' | 'agents'): boolean;
    /**
     * True when the governor is "I": it takes the plural alternative ("I have", "I sign") except for the verb
     * "to be" ("I am", "I was"), which `{is|are}` and `{was|were}` say so.
     */
    firstPersonSingular?(governor: 'principal' | 'agents'): boolean;
    /** Saves and restores first-use state, so that a dropped group defines nothing. */
    checkpoint(): () => void;
}

/** The verb "to be" after "I": the plural alternative of `{is|are}` and `{was|were}` is not said with it. */
export const FIRST_PERSON_BE: Readonly<Record<string, string>> = { are: 'am', were: 'was' };

/** The slot names a template uses, in order (for tests and documentation). */
export function templateSlots(template: string): string[] {
    const out: string[] = [];
    const walk = (nodes: TemplateNode[]) => nodes.forEach((n) => {
        if (n.kind === 'slot') out.push(n.name);
        else if (n.kind === 'group') walk(n.nodes);
    });
    walk(parseTemplate(template));
    return out;
}

/**
 * Fills a template; an unknown slot is shown in place as a marked gap, never a crash. The runs are a new
 * array of the caller's own (`phrase` appends to it).
 */
export function fillTemplate(template: string, source: SlotSource): Run[] {
    const runs: Run[] = [];
    fillNodes(parseTemplate(template), source, runs, 0);
    return mergeText(runs, 0);
}

/**
 * Fills a sequence of nodes onto the end of `runs`, which holds from `from` on what this sequence (the
 * template, or a group in it) has filled so far; true when a slot in it is empty. Groups are filled in the
 * same array and cut off it when dropped: an array and a result object for each sequence, and copying
 * them into the enclosing one, were most of what filling allocated.
 */
function fillNodes(nodes: TemplateNode[], source: SlotSource, runs: Run[], from: number): boolean {
    let empty = false;
    for (const node of nodes) {
        switch (node.kind) {
            case 'text':
                runs.push({ text: withoutDoubledMark(runs, from, runs.length, node.text) });
                break;
            case 'choice': {
                const singular = source.singular(node.governor);
                const text = node.options[singular ? 0 : 1];
                runs.push({ text: !singular && source.firstPersonSingular?.(node.governor) ? FIRST_PERSON_BE[text] ?? text : text });
                break;
            }
            case 'slot': {
                const value = source.slot(node.name);
                if (value === undefined) {
                    runs.push({ text: `{${node.name}}`, role: 'missing', ref: node.name, note: `The phrasebook names a slot "${node.name}" that the renderer does not know.` });
                    break;
                }
                if (allEmpty(value)) empty = true;
                const at = runs.length;
                for (const r of value) runs.push(r);
                if (node.capital) capitalFirst(runs, at);
                commaAfterComma(runs, from, at);
                stateOfDistrict(runs, from, at);
                break;
            }
            case 'group': {
                const restore = source.checkpoint();
                const start = runs.length;
                if (fillNodes(node.nodes, source, runs, start)) {
                    runs.length = start;
                    restore();
                    break;
                }
                mergeText(runs, start);
                // The group's opening words, read after what precedes the group in this sequence (a run of
                // its text alone, as a joined run is).
                if (runs.length > start && isPlain(runs[start])) runs[start] = { text: withoutDoubledMark(runs, from, start, runs[start].text) };
                break;
            }
        }
    }
    return empty;
}

/**
 * A template's comma or full stop after words that already end in one is not doubled: a role written
 * "director or officer, or both," before the template's ", hereby" or "," (no issuer follows); a firm
 * written "BlackRock, Inc." before the template's ". This authorization ...".
 * Only runs[from, to) are read: the words the same sequence put before the mark.
 */
function withoutDoubledMark(runs: Run[], from: number, to: number, text: string): string {
    const mark = text.charCodeAt(0);
    if (mark !== 44 /* , */ && mark !== 46 /* . */) return text;
    let last: Run | undefined;
    for (let i = to - 1; i >= from && !last; i--) if (runs[i].text !== '') last = runs[i];
    if (!last) return text;
    const before = last.text.trimEnd();
    if (before.charCodeAt(before.length - 1) !== mark) return text;
    // An ellipsis is not a full stop.
    if (mark === 46 && (text.startsWith('..') || before.endsWith('..'))) return text;
    const rest = text.slice(1);
    return /\s$/.test(last.text) ? rest.trimStart() : rest;
}

/** The District of Columbia, which is not a State: "the laws of the State of {governing-state}" reads "the laws of the District of Columbia". */
const DISTRICT = /^(?:the\s+)?(District of Columbia\b.*)$/is;
const STATE_OF = /(\b[Tt]he\s+)?\bState of\s+$/;

/**
 * A slot whose words name the District of Columbia, after a template's "the State of" (a governing law, a notary's
 * venue, an entity's organization): the words "State of" are dropped and the District keeps its article, as it is
 * named ("the laws of the District of Columbia", "District of Columbia" heading a venue).
 */
function stateOfDistrict(runs: Run[], from: number, at: number): void {
    const value = runs[at];
    const first = value?.text.charCodeAt(0);
    if (first !== 68 /* D */ && first !== 116 /* t */ && first !== 84 /* T */) return;
    const district = DISTRICT.exec(value.text);
    const before = at - 1 >= from ? runs[at - 1] : undefined;
    if (!district || !before || !isPlain(before)) return;
    const stateOf = STATE_OF.exec(before.text);
    if (!stateOf) return;
    const article = stateOf[1] ? `${stateOf[1].trimEnd()} ` : '';
    runs[at - 1] = { text: before.text.slice(0, stateOf.index) + article };
    runs[at] = runWithText(value, district[1]);
}

/**
 * A slot whose words open with a comma, after words of the same sequence that end in one, drops its comma as a
 * template's text does (`withoutDoubledMark`): an appointment style that ends "name, place and stead," before a grant
 * whose powers open ", to sign ...". The slot's runs are not changed: the first with words is replaced.
 */
function commaAfterComma(runs: Run[], from: number, at: number): void {
    for (let i = at; i < runs.length; i++) {
        const r = runs[i];
        if (r.text === '') continue;
        if (r.text.charCodeAt(0) !== 44 /* , */) return;
        const text = withoutDoubledMark(runs, from, i, r.text);
        if (text !== r.text) runs[i] = runWithText(r, text);
        return;
    }
}

function allEmpty(runs: Run[]): boolean {
    for (const r of runs) if (r.text !== '') return false;
    return true;
}

/** Capitalises the first run with words from `at` on (a new run: the slot's runs are not changed). */
function capitalFirst(runs: Run[], at: number): void {
    for (let i = at; i < runs.length; i++) {
        const r = runs[i];
        if (r.text === '') continue;
        runs[i] = runWithText(r, r.text.charAt(0).toUpperCase() + r.text.slice(1));
        return;
    }
}

/**
 * Joins adjacent plain literal runs, so templates do not fragment the tree. Compacts runs[from, ...] in place
 * (the caller's own new array; the runs in it are never changed, a joined run is a new one, made once for
 * all the runs it joins) and reads each run's fields once: on a long grant this is a tenth of the rendering.
 */
function mergeText(runs: Run[], from: number): Run[] {
    let kept = from;
    /** Where the plain runs being joined start among the kept ones; -1 when the last kept run is not plain. */
    let streak = -1;
    let text = '';
    let joined = false;
    for (let i = from; i < runs.length; i++) {
        const r = runs[i];
        const role = r.role;
        const source = r.source;
        if (r.text === '' && !role && !source) continue;
        if (!role && !source && !r.ref && !r.note) {
            if (streak >= 0) {
                text += r.text;
                joined = true;
                continue;
            }
            streak = kept;
            text = r.text;
            joined = false;
        } else if (streak >= 0) {
            if (joined) runs[streak] = { text };
            streak = -1;
        }
        runs[kept++] = r;
    }
    if (streak >= 0 && joined) runs[streak] = { text };
    // Setting the length is a call into the engine even when it does not change: most sequences keep every run.
    if (kept !== runs.length) runs.length = kept;
    return runs;
}

function isPlain(r: Run): boolean {
    return !r.role && !r.ref && !r.note && !r.source;
}
