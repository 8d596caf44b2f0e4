/**
 * Compiles a phrasebook template into a regular expression that recognises
 * the sentences the template renders. The template language is the
 * phrasebook's: literal text; `{slot}` a value from the model; `[ ... ]` an
 * optional group; `{a|b}` agreement alternatives. Each slot becomes a named
 * capture group; literal text is matched without regard to capitalisation,
 * with any run of whitespace (and a line wrap) accepted where the template
 * has a space, and commas, semicolons and colons optional.
 */
import { FIRST_PERSON_BE } from '../render/template-engine.js';

export interface PhraseTemplate {
    clause: string;
    style: string;
    template: string;
    /** The phrasebook variant this template words (chosen by the model, not by a `style`). */
    variant?: string;
}

export interface CompiledTemplate extends PhraseTemplate {
    /** Tolerant: case-insensitive, whitespace and light punctuation forgiven. */
    regex: RegExp;
    /** Strict: the template's own capitalisation and punctuation (an exact match is more certain). */
    strict: RegExp;
    /** Slot names in order of first appearance. */
    slots: string[];
    /** The characters of literal text in the template (for confidence). */
    literalLength: number;
}

/** The pattern a slot's value must match; slots without one match any text (as little as possible). */
export type SlotPatterns = Readonly<Record<string, string>>;

type Node =
    | { kind: 'text'; text: string }
    | { kind: 'slot'; name: string }
    | { kind: 'choice'; options: string[]; governor: 'agents' | 'principal' }
    | { kind: 'optional'; nodes: Node[] };

export class TemplateSyntaxError extends Error {}

/** Parses the template language into a tree. */
export function parseTemplate(template: string): Node[] {
    let i = 0;
    const parseSeq = (closing?: string): Node[] => {
        const nodes: Node[] = [];
        let text = '';
        const flush = () => {
            if (text) nodes.push({ kind: 'text', text });
            text = '';
        };
        while (i < template.length) {
            const c = template[i];
            if (c === '\\' && i + 1 < template.length) {
                text += template[i + 1];
                i += 2;
            } else if (c === '{') {
                const end = template.indexOf('}', i);
                if (end < 0) throw new TemplateSyntaxError(`unclosed "{" in template: ${template}`);
                const body = template.slice(i + 1, end);
                flush();
                // `{agents:a|b}` agrees with the agents, `{a|b}` with the principal: either way one of the options is written.
                if (body.includes('|')) {
                    const governor = body.startsWith('agents:') ? 'agents' : 'principal';
                    const options = body.replace(/^(agents|principal):/, '').split('|');
                    // "I am", "I was": the renderer's form of `{is|are}` and `{was|were}` after "I" (template-engine.ts).
                    const firstPerson = governor === 'principal' ? options.map((o) => FIRST_PERSON_BE[o]).filter((o): o is string => o !== undefined && !options.includes(o)) : [];
                    nodes.push({ kind: 'choice', options: [...options, ...firstPerson], governor });
                }
                // `{Slot}` is `{slot}` capitalised; matching ignores case, so both are the one slot.
                else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(body)) nodes.push({ kind: 'slot', name: body.charAt(0).toLowerCase() + body.slice(1) });
                // A signature style's rule with its width in plain text (`{rule:29}`) is the `rule` slot.
                else if (/^rule:\d+$/.test(body)) nodes.push({ kind: 'slot', name: 'rule' });
                else throw new TemplateSyntaxError(`"{${body}}" is not a slot name in template: ${template}`);
                i = end + 1;
            } else if (c === '[') {
                flush();
                i++;
                nodes.push({ kind: 'optional', nodes: parseSeq(']') });
            } else if (c === ']') {
                if (closing !== ']') throw new TemplateSyntaxError(`unmatched "]" in template: ${template}`);
                flush();
                i++;
                return nodes;
            } else {
                text += c;
                i++;
            }
        }
        if (closing) throw new TemplateSyntaxError(`unclosed "[" in template: ${template}`);
        flush();
        return nodes;
    };
    return parseSeq();
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Literal text as a pattern: words exact, spaces flexible, light punctuation optional. `extraCommas`: a comma the text
 * adds before a word ("on behalf of the undersigned, pursuant to ...") or between two values ("on behalf of the
 * undersigned, Forms 3, 4, and 5") is forgiven too (the rendering leaves it out).
 */
export function literalPattern(text: string, strict: boolean, extraCommas = false): string {
    let out = '';
    const tokens = text.match(/[A-Za-z0-9']+|\s+|[^\sA-Za-z0-9']/g) ?? [];
    tokens.forEach((token, i) => {
        const edge = i === 0 || i === tokens.length - 1 || (i === 1 && /^\s+$/.test(tokens[0] ?? '')) || (i === tokens.length - 2 && /^\s+$/.test(tokens[tokens.length - 1] ?? ''));
        const between = /^\w/.test(tokens[i - 1] ?? '') && /^\w/.test(tokens[i + 1] ?? '');
        // A text that is a space alone stands between two values ("{object} {forms-plural}"): a comma there is forgiven too.
        const beforeWord = extraCommas && ((/^\w/.test(tokens[i + 1] ?? '') && (i === 0 || /^\w/.test(tokens[i - 1] ?? ''))) || tokens.length === 1);
        const comma = beforeWord ? '(?:\\s*,)?' : '';
        if (/^\s+$/.test(token)) out += strict ? ' ' : between ? `${comma}\\s+` : `${comma}\\s*`;
        // Beside a slot, a comma, semicolon or colon is required (it ends the slot) but any of them will do; between words it may be missing.
        else if (/^[,;:]$/.test(token)) out += strict ? escape(token) : edge ? '\\s*[,;:]' : `\\s*${escape(token)}?`;
        else if (/^[A-Za-z0-9']+$/.test(token)) out += escape(token);
        else out += strict ? escape(token) : `\\s*${escape(token)}\\s*`;
    });
    return out;
}

function literalLength(nodes: Node[]): number {
    return nodes.reduce((n, node) => n + (node.kind === 'text' ? node.text.trim().length
        : node.kind === 'choice' ? Math.min(...node.options.map((o) => o.length))
            : node.kind === 'optional' ? 0 : 0), 0);
}

export function compileTemplate(t: PhraseTemplate, slotPatterns: SlotPatterns = {}): CompiledTemplate {
    const nodes = parseTemplate(t.template);
    const slots: string[] = [];
    const build = (strict: boolean) => {
        const seen = new Map<string, number>();
        const emit = (list: Node[]): string => list.map((node) => {
            switch (node.kind) {
                case 'text': return literalPattern(node.text, strict);
                case 'choice': return `(?:${node.options.map((o) => literalPattern(o, strict)).join('|')})`;
                case 'optional': return `(?:${emit(node.nodes)})?`;
                case 'slot': {
                    const n = (seen.get(node.name) ?? 0) + 1;
                    seen.set(node.name, n);
                    if (n === 1 && !slots.includes(node.name)) slots.push(node.name);
                    // A slot used twice gets a second group, since agreement may change its form.
                    // A regular expression's group name cannot hold a hyphen: `on-behalf` is the group `on_behalf_`.
                    const name = node.name.includes('-') ? `${node.name.replace(/-/g, '_')}_` : node.name;
                    const group = n === 1 ? name : `${name}__${n}`;
                    return `(?<${group}>${slotPatterns[node.name] ?? '[^]+?'})`;
                }
            }
        }).join('');
        return emit(nodes);
    };
    // A sentence that lost its final full stop (a scraped or truncated document) still matches, less certainly.
    const tolerant = build(false).replace(/\\s\*\\\.\\s\*$/, '(?:\\s*\\.)?');
    const strict = build(true);
    return {
        ...t,
        regex: new RegExp(`^\\s*${tolerant}\\s*$`, 'i'),
        strict: new RegExp(`^${strict}$`),
        slots,
        literalLength: literalLength(nodes)
    };
}

export interface TemplateMatch {
    clause: string;
    style: string;
    variant?: string;
    /** Slot values as written in the sentence; a slot of an optional group that was left out is absent. */
    slots: Record<string, string>;
    /** 0..1: the share of the sentence the template's own words account for, lowered when only the tolerant form matched. */
    confidence: number;
    /** The style of each phrasebook clause composed into the sentence (`composed-template.ts`), outermost first. */
    uses?: { clause: string; style: string; variant?: string; text?: string }[];
    /** Other readings of the same words, the more certain first (the appointment styles that fit a grant's opening). */
    alternatives?: TemplateMatch[];
}

/** Matches one sentence against one compiled template. */
export function matchTemplate(compiled: CompiledTemplate, sentence: string): TemplateMatch | undefined {
    const m = compiled.regex.exec(sentence);
    if (!m) return undefined;
    const slots: Record<string, string> = {};
    let slotChars = 0;
    for (const [name, value] of Object.entries(m.groups ?? {})) {
        if (value === undefined) continue;
        slotChars += value.length;
        const group = name.replace(/__\d+$/, '');
        const base = group.endsWith('_') ? group.slice(0, -1).replace(/_/g, '-') : group;
        if (!(base in slots)) slots[base] = value.trim();
    }
    // Certain when the template's own words, capitalisation and punctuation are all there; a little less when only
    // the tolerant form matched; less again for a template whose own words are few, as it says little about the sentence.
    const exact = compiled.strict.test(sentence.trim());
    const literalWeight = Math.min(1, 0.7 + compiled.literalLength / 100);
    void slotChars;
    return { clause: compiled.clause, style: compiled.style, ...(compiled.variant ? { variant: compiled.variant } : {}), slots, confidence: round((exact ? 1 : 0.9) * literalWeight) };
}

function round(n: number): number {
    return Math.round(n * 100) / 100;
}
