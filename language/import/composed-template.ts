/**
 * A phrasebook style compiled into one recogniser of the whole sentence it
 * renders: a slot that the renderer fills with another phrasebook clause
 * (`{appointment}`, `{opening}`, `{substitution}`, `{ratification}`, ...) is
 * expanded into the alternatives of that clause's styles, recursively, so
 * that a match tells which style of each clause the sentence uses and what
 * each plain slot holds. The phrasebook is the only list of phrasings read:
 * a style added to it is recognised with no change here.
 *
 * The pattern is tolerant as the flat compiler's is (`template-compiler.ts`):
 * whitespace and line wrapping, light punctuation; `caseSensitive: false`
 * also forgives capitalisation (a second pass, less certain, since some
 * styles differ only in capitals: "KNOW ALL BY THESE PRESENTS" and "Know all
 * by these presents").
 */
import { clausePhrases } from '../phrasebook/index.js';
import { literalPattern, parseTemplate } from './template-compiler.js';

/**
 * The slots the renderer fills with a phrasebook clause's words (render/slots.ts), and that clause. A slot not
 * listed is a value from the model.
 */
export const COMPOSED_SLOTS: Readonly<Record<string, string>> = {
    opening: 'opening',
    presents: 'presents',
    verb: 'appointing-verb',
    appointment: 'appointment',
    'agent-mode': 'agent-mode',
    substitution: 'substitution',
    ratification: 'ratification',
    'ratification-sentence': 'ratification',
    'incidental-authority': 'incidental-authority',
    instrument: 'instrument-name',
    'term-end': 'term-end',
    'revocation-frame': 'revocation-frame',
    revocation: 'revocation',
    // The term's sentence as duration-wording.ts joins it (term-sentences.ts), and the springing start's determination.
    'term-frame': 'term-frame',
    supersession: 'supersession',
    'term-start': 'term-start',
    determination: 'determination',
    'agent-departure': 'agent-departure'
};

/** Words as alternatives, each accepted with its first letter in either case ("{Subject}" capitalises it). */
function words(...list: string[]): string {
    return list.map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1).replace(/ /g, '\\s+')}`).join('|');
}
const VOICE_POSSESSIVE = words("the undersigned's", "the undersigneds'", 'his or her', 'my', 'our', 'his', 'her', 'their', 'its');
const VOICE_OBJECT = words('the undersigned', 'him or her', 'me', 'us', 'him', 'her', 'them', 'it');

/** What a slot that holds a value from the model may contain, where "any text" would let it swallow its neighbours. */
export const VALUE_PATTERNS: Readonly<Record<string, string>> = {
    subject: words('the undersigned', 'I', 'we', 'he or she', 'he', 'she', 'they', 'it'),
    object: VOICE_OBJECT,
    possessive: VOICE_POSSESSIVE,
    whose: VOICE_POSSESSIVE,
    'pronoun-possessive': VOICE_POSSESSIVE,
    'signatory-possessive': VOICE_POSSESSIVE,
    'agent-possessive': VOICE_POSSESSIVE,
    'pronoun-object': VOICE_OBJECT,
    'signatory-object': VOICE_OBJECT,
    'pronoun-subject': words('he or she', 'I', 'we', 'he', 'she', 'they', 'it'),
    // "the undersigned", or "I, Ann Lee, of Denver, Colorado," in the first person.
    identification: `${words('the undersigned')}|(?:I|We),\\s[^;:]{2,160}?,`,
    designation: "[A-Za-z][A-Za-z'-]*(?:\\s+[A-Za-z][A-Za-z'-]*){0,5}?",
    'designation-one': "[A-Za-z][A-Za-z'-]*(?:\\s+[A-Za-z][A-Za-z'-]*){0,5}?",
    'designation-plural': "[A-Za-z][A-Za-z'-]*(?:\\s+[A-Za-z][A-Za-z'-]*){0,5}?",
    'at-request': `at\\s+(?:the\\s+request\\s+of\\s+(?:${VOICE_OBJECT})|(?:${VOICE_POSSESSIVE})\\s+request)`,
    'on-behalf': '[^,;:]{2,80}?',
    section16: '[^;:]{2,160}?',
    section16a: '[^;:]{2,160}?',
    section16b: '[^;:]{2,160}?',
    act1934: '[^;:]{2,160}?',
    act1933: '[^;:]{2,160}?',
    sec: '[^;:]{2,120}?',
    issuer: '[^;:]{2,200}?',
    'acknowledged-issuer': '[^;:]{2,200}?',
    'principal-role': '[^;:]{2,200}?',
    capacity: '[^;:]{2,200}?',
    agents: '[^;:]{2,600}?',
    // An agent's departure: "an officer and/or director" of "the Company or its subsidiaries" (the role ends at " of ").
    'departure-role': '(?:an?\\s+)[^;:]{1,80}?(?=\\s+of\\b)',
    'departure-employers': '[^;:]{2,200}?',
    // The forms whose filing duties keep the power in force: the renderer never names a Form ID among them (a style that
    // does names the grant's forms, {grant-forms-applicable}).
    'status-forms': '(?!\\s*a\\s+Form\\s+ID\\b|\\s*Form\\s+ID\\b)[^]+?'
};

/**
 * A capture group of the compiled pattern: a slot's value, the mark that a style's alternative was taken, or (with
 * `ComposeOptions.agreement`) the mark that a word agreeing with the principal took its singular or plural form.
 */
type Group = { kind: 'slot'; name: string } | { kind: 'style'; clause: string; style: string; variant?: string; depth: number } | { kind: 'agreement'; plural: boolean };

export interface ComposedTemplate {
    clause: string;
    style: string;
    variant?: string;
    regex: RegExp;
    groups: Group[];
    /** The characters of literal text in the template's own words (composed clauses counted at their shortest). */
    literalLength: number;
    /** Runs of words the sentence must contain, in this order (lower case, one space apart): a cheap test before the pattern. */
    required: string[];
    /**
     * The words a sentence it matches can end with (lower case), or undefined when it may end with a value's
     * text. Tested before the pattern: a sentence that goes on past the clause would otherwise fail only after
     * the pattern had tried every split of its slots, which takes minutes on a long sentence.
     */
    endings?: ReadonlySet<string>;
    /** The style's template and the options it was compiled with: a reading that excludes a nested style recompiles it. */
    template: string;
    options: ComposeOptions;
}

export interface StyleUse {
    clause: string;
    style: string;
    variant?: string;
    /** The words of the sentence this clause's style accounts for. */
    text?: string;
}

export interface ComposedMatch {
    clause: string;
    style: string;
    variant?: string;
    /** The style of each composed clause the sentence uses, outermost first. */
    uses: StyleUse[];
    /** Plain slot values as written (the first occurrence of each name). */
    slots: Record<string, string>;
    confidence: number;
    /** The capture groups of the nested styles this reading took (`ComposeOptions.exclude` names them to read it otherwise). */
    styleGroups?: number[];
    /**
     * With `ComposeOptions.agreement`: the number the words that agree with the principal take ("do hereby", "authorize":
     * plural, several principals; "does hereby": singular); 'mixed' when they disagree, absent when the sentence has none.
     */
    principalNumber?: 'singular' | 'plural' | 'mixed';
}

export interface ComposeOptions {
    caseSensitive?: boolean;
    /** How deep composed slots are expanded (appointment → opening → verb is 3). */
    depth?: number;
    /** Further slots filled with a phrasebook clause's words, for a recogniser of parts (the grant's items). */
    composed?: Readonly<Record<string, string>>;
    /** Further patterns of slots that hold a value, for the same. */
    patterns?: Readonly<Record<string, string>>;
    /** A comma the sentence adds before a word of the template's own is forgiven (`literalPattern`'s `extraCommas`). */
    extraCommas?: boolean;
    /**
     * Nested styles' alternatives (their capture groups' numbers) that may not be taken: the sentence is read with the
     * next style of that nested clause that fits. The groups keep their numbers, so a reading's groups name the same styles.
     */
    exclude?: ReadonlySet<number>;
    /** Each word that agrees with the principal (`{does|do}`) tells its form: the match's `principalNumber`. */
    agreement?: boolean;
}

/** Compiles one style (or one variant of it) of a phrasebook clause, its composed slots expanded. */
export function compileComposed(clause: string, style: string, template: string, variant: string | undefined, options: ComposeOptions = {}): ComposedTemplate {
    const groups: Group[] = [];
    const maxDepth = options.depth ?? 3;
    let literal = 0;
    const group = (g: Group) => {
        groups.push(g);
        return `g${groups.length - 1}`;
    };
    const emit = (tpl: string, depth: number, counting: boolean): string => {
        const nodes = parseTemplate(tpl);
        const walk = (list: typeof nodes): string => list.map((node, index) => {
            switch (node.kind) {
                case 'text':
                    if (counting) literal += node.text.trim().length;
                    return literalPattern(node.text, false, options.extraCommas);
                case 'choice': {
                    const forms = node.options.map((o) => literalPattern(o, false, options.extraCommas));
                    // `{does|do}`: the singular form first, the plural second, each marked when the number is asked for.
                    if (options.agreement && node.governor === 'principal' && forms.length === 2) {
                        return `(?:${forms.map((f, n) => `(?<${group({ kind: 'agreement', plural: n === 1 })}>${f})`).join('|')})`;
                    }
                    return `(?:${forms.join('|')})`;
                }
                case 'optional': return `(?:${walk(node.nodes)})?`;
                case 'slot': {
                    const composed = options.composed?.[node.name] ?? COMPOSED_SLOTS[node.name];
                    const phrases = composed && depth < maxDepth ? clausePhrases(composed) : undefined;
                    if (phrases) {
                        // The style with more words of its own is tried first: the first alternative that fits is taken.
                        const forms = phrases.styles.flatMap((s) => [[s.id, undefined, s.template], ...Object.entries(s.variants ?? {}).map(([v, t]) => [s.id, v, t])] as [string, string | undefined, string][])
                            .sort((a, b) => ownWords(b[2]) - ownWords(a[2]));
                        const alternatives = forms.map(([id, v, t]) => {
                            const mark = group({ kind: 'style', clause: composed, style: id, variant: v, depth: depth + 1 });
                            const barred = options.exclude?.has(groups.length - 1) ? '(?!)' : '';
                            return `(?<${mark}>${barred}${emit(t, depth + 1, false)})`;
                        });
                        return `(?:${alternatives.join('|')})`;
                    }
                    const name = group({ kind: 'slot', name: node.name });
                    const pattern = options.patterns?.[node.name] ?? VALUE_PATTERNS[node.name] ?? '[^]+?';
                    const value = tempered(pattern, followingWords(list, index, options));
                    // Trimmed only where the template puts a space beside it: "substitution[{and-resubstitution}]" renders its own.
                    const spaced = (n: (typeof list)[number] | undefined, re: RegExp) => n?.kind === 'text' && re.test(n.text);
                    const trim = ANY_TEXT.test(pattern) ? { before: spaced(list[index - 1], /\s$/), after: spaced(list[index + 1], /^\s/) } : undefined;
                    return `(?<${name}>${trim ? trimmed(value, trim.before, trim.after) : value})`;
                }
            }
        }).join('');
        return walk(nodes);
    };
    const body = emit(template, 0, true).replace(/\\s\*\\\.\\s\*$/, '(?:\\s*\\.)?');
    const last = lastWords(parseTemplate(template), 0, maxDepth, options);
    return {
        clause, style, variant, regex: new RegExp(`^\\s*${body}\\s*$`, options.caseSensitive === false ? 'i' : ''), groups, literalLength: literal, required: requiredRuns(template), template, options,
        ...(last !== 'any' && !last.empty ? { endings: last.words } : {})
    };
}

/**
 * The last words a run of template nodes can render, and whether it can render no word at all; 'any' when a
 * value's text may end it. Composed slots are followed into their clause's styles as `compileComposed` expands them.
 */
function lastWords(nodes: ReturnType<typeof parseTemplate>, depth: number, maxDepth: number, options: ComposeOptions): { words: Set<string>; empty: boolean } | 'any' {
    const found = new Set<string>();
    for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i];
        let empty: boolean;
        if (node.kind === 'text') {
            const w = wordsOf(node.text).split(' ').filter(Boolean);
            if (w.length) found.add(w[w.length - 1]);
            empty = !w.length;
        } else if (node.kind === 'choice') {
            const ends = node.options.map((o) => wordsOf(o).split(' ').filter(Boolean).pop());
            ends.forEach((e) => { if (e) found.add(e); });
            empty = ends.some((e) => !e);
        } else if (node.kind === 'optional') {
            const inner = lastWords(node.nodes, depth, maxDepth, options);
            if (inner === 'any') return 'any';
            inner.words.forEach((w) => found.add(w));
            empty = true;
        } else {
            const composed = options.composed?.[node.name] ?? COMPOSED_SLOTS[node.name];
            const phrases = composed && depth < maxDepth ? clausePhrases(composed) : undefined;
            if (!phrases) return 'any';
            empty = false;
            for (const s of phrases.styles) {
                for (const t of [s.template, ...Object.values(s.variants ?? {})]) {
                    const inner = lastWords(parseTemplate(t), depth + 1, maxDepth, options);
                    if (inner === 'any') return 'any';
                    inner.words.forEach((w) => found.add(w));
                    empty ||= inner.empty;
                }
            }
        }
        if (!empty) return { words: found, empty: false };
    }
    return { words: found, empty: true };
}

/**
 * The first two words of the literal text that must follow the node at `index`, or its one word if that is
 * long enough to be telling ("hereby", "with"). Passed over on the way: optional groups, punctuation, agreement
 * choices and slots that hold one of a few words ("his", "the undersigned's"). Undefined when a slot of other
 * text or a composed clause comes first, or the text has no such word.
 */
function followingWords(list: ReturnType<typeof parseTemplate>, index: number, options: ComposeOptions): string | undefined {
    for (const node of list.slice(index + 1)) {
        if (node.kind === 'optional' || node.kind === 'choice') continue;
        if (node.kind === 'slot') {
            const pattern = options.patterns?.[node.name] ?? VALUE_PATTERNS[node.name];
            if (!(options.composed?.[node.name] ?? COMPOSED_SLOTS[node.name]) && pattern && !pattern.includes('[^')) continue;
            return undefined;
        }
        const w = node.text.match(/[A-Za-z0-9']+/g) ?? [];
        if (w.length >= 2) return `${w[0]} ${w[1]}`;
        if (w.length === 1) return w[0].length >= 4 ? w[0] : undefined;
    }
    return undefined;
}

/**
 * A slot's pattern that any text may fill, tempered so that it never runs past the words that must follow it
 * (`followingWords`). Without this, a sentence the style does not fit is tried with every slot ending at every
 * later place, which takes minutes on a long sentence (the 2,455-character sentence of a registration
 * statement's power). A slot's value holding the very words its template puts after it is not a reading any
 * style means.
 */
function tempered(pattern: string, following: string | undefined): string {
    // A lookahead that opens the pattern ("(?!Form\\s+ID\\b)") is kept before the tempered rest.
    const lead = /^\(\?![^()]*\)/.exec(pattern)?.[0] ?? '';
    const m = /^\[\^([^\]]*)\](\+\?|\{\d+,\d+\}\?)$/.exec(pattern.slice(lead.length));
    if (!m || !following) return pattern;
    const words = following.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
    return `${lead}(?:(?!\\b${words}\\b)[^${m[1]}])${m[2]}`;
}

/**
 * A slot's pattern that neither begins nor ends with a space where the template's words beside it take the spaces
 * (`\s*`); a value that could take them too would let the pattern split each space two ways at every slot, and a
 * sentence the style does not fit would be tried in every such split: 2 to the power of the slots' edges (the
 * 2,455-character sentence of a registration statement's power took seconds per appointment style). A value is
 * read trimmed (`matchComposed`), so no reading is lost.
 */
function trimmed(pattern: string, before: boolean, after: boolean): string {
    return `${before ? '(?=\\S)' : ''}(?:${pattern})${after ? '(?<=\\S)' : ''}`;
}

/** A slot of any text ("[^;:]{2,160}?"), which could take a space; a pattern of its own may be empty (`{to}`) or open with its space. */
const ANY_TEXT = /^\[\^[^\]]*\](?:\+\?|\{\d+,\d+\}\?)$/;

/** Matches a sentence; the outermost style is the compiled one, and `uses` lists the composed clauses' styles. */
export function matchComposed(compiled: ComposedTemplate, sentence: string, caseSensitive = true): ComposedMatch | undefined {
    const plain = ` ${wordsOf(sentence)} `;
    let from = 0;
    for (const r of compiled.required) {
        const at = plain.indexOf(` ${r} `, from);
        if (at < 0) return undefined;
        from = at + r.length + 1;
    }
    if (compiled.endings && !compiled.endings.has(plain.slice(plain.trimEnd().lastIndexOf(' ') + 1).trim())) return undefined;
    const m = compiled.regex.exec(sentence);
    if (!m) return undefined;
    const slots: Record<string, string> = {};
    const uses: StyleUse[] = [];
    const styleGroups: number[] = [];
    const numbers = new Set<boolean>();
    compiled.groups.forEach((g, i) => {
        const value = m.groups?.[`g${i}`];
        if (value === undefined) return;
        if (g.kind === 'agreement') {
            numbers.add(g.plural);
            return;
        }
        if (g.kind === 'style') styleGroups.push(i);
        if (g.kind === 'style') uses.push({ clause: g.clause, style: g.style, ...(g.variant ? { variant: g.variant } : {}), text: value.trim() });
        else if (!(g.name in slots)) slots[g.name] = value.trim();
    });
    const literalWeight = Math.min(1, 0.7 + compiled.literalLength / 100);
    return {
        clause: compiled.clause, style: compiled.style, ...(compiled.variant ? { variant: compiled.variant } : {}),
        uses, slots, confidence: Math.round((caseSensitive ? 1 : 0.9) * literalWeight * 100) / 100, styleGroups,
        ...(numbers.size ? { principalNumber: numbers.size > 1 ? 'mixed' as const : numbers.has(true) ? 'plural' as const : 'singular' as const } : {})
    };
}

/** Every style and variant of a phrasebook clause, compiled (a style that writes nothing is left out). */
export function compileClause(clause: string, options: ComposeOptions = {}): ComposedTemplate[] {
    const phrases = clausePhrases(clause);
    if (!phrases) return [];
    const out: ComposedTemplate[] = [];
    for (const s of phrases.styles) {
        const forms: [string | undefined, string][] = [[undefined, s.template], ...Object.entries(s.variants ?? {})];
        for (const [variant, template] of forms) if (template.trim()) out.push(compileComposed(clause, s.id, template, variant, options));
    }
    return out;
}

function wordsOf(text: string): string {
    return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' ');
}

/** The words of a template outside slots, choices and optional groups: every sentence it renders has them. */
function requiredWords(template: string): string[] {
    return parseTemplate(template).filter((n) => n.kind === 'text').map((n) => wordsOf((n as { text: string }).text)).filter(Boolean);
}

/**
 * The runs of words every sentence a template renders has, as `matchComposed` tests them: a word glued to a value
 * ("in such {designation-one}s discretion") is part of the value's word in the sentence ("attorney-in-facts"), not a
 * word of its own, and is left out.
 */
function requiredRuns(template: string): string[] {
    const nodes = parseTemplate(template);
    return nodes.map((n, i) => {
        if (n.kind !== 'text') return '';
        let text = n.text;
        if (nodes[i - 1]?.kind === 'slot') text = text.replace(/^[A-Za-z0-9']+/, '');
        if (nodes[i + 1]?.kind === 'slot') text = text.replace(/[A-Za-z0-9']+$/, '');
        return wordsOf(text);
    }).filter(Boolean);
}

/** How many words of its own a template has (its slots and groups not counted). */
function ownWords(template: string): number {
    return requiredWords(template).join(' ').split(' ').filter(Boolean).length;
}

/**
 * The sentence clauses recognised whole, composed slots expanded: each style of each clause, compiled once per
 * capitalisation pass. A match with the template's own capitalisation is preferred to one that forgives it.
 */
export class ComposedRecogniser {
    private strict?: ComposedTemplate[];
    private loose?: ComposedTemplate[];
    private commas?: ComposedTemplate[];
    private readonly cache = new Map<string, ComposedMatch | null>();
    private readonly variants = new WeakMap<ComposedTemplate, Map<string, ComposedTemplate>>();

    /**
     * `frames`: sentences the renderer composes in code (the term's), as templates of composed slots.
     * `forgiveCommas`: a last pass, after capitalisation is forgiven, forgives a comma the sentence adds before a word
     * of a template's own ("executed ... on behalf of the undersigned, pursuant to this Power of Attorney, shall be").
     * Not for a recogniser whose styles differ by a comma alone (the agent modes: "..., and each of them").
     */
    constructor(private readonly clauses: readonly string[], private readonly frames: readonly { clause: string; style: string; template: string }[] = [], private readonly forgiveCommas = false) {}

    private compile(caseSensitive: boolean, extraCommas = false): ComposedTemplate[] {
        return [
            ...this.clauses.flatMap((c) => compileClause(c, { caseSensitive, extraCommas })),
            ...this.frames.map((f) => compileComposed(f.clause, f.style, f.template, undefined, { caseSensitive, extraCommas }))
        ];
    }

    /** The templates of the last pass, that forgives added commas (compiled when first needed). */
    private commaTemplates(): ComposedTemplate[] | undefined {
        return this.forgiveCommas ? (this.commas ??= this.compile(false, true)) : undefined;
    }

    /** Every style that fits, the more certain first: the caller may prefer one whose slots agree with the rest. */
    matchAll(sentence: string): ComposedMatch[] {
        return this.matchAllOf(sentence).map((x) => x.m);
    }

    /**
     * Every reading of a sentence, the more certain first: the readings `matchAll` gives, then, for each of them in
     * turn, the readings that take another style of one of its nested clauses (the first that fits of the styles left,
     * then the next, `NESTED_RETRIES` at most per nested clause). A nested clause's styles are tried in order and the
     * first that fits is taken, so a later style with the same words is found only so, when the first did not render
     * back. Bounded: one nested clause varied at a time, never two at once.
     */
    readings(sentence: string): ComposedMatch[] {
        return [...this.eachReading(sentence)];
    }

    /** The `n`th of `readings` (from 0), the further readings compiled only as far as needed. */
    reading(sentence: string, n: number): ComposedMatch | undefined {
        let i = 0;
        for (const m of this.eachReading(sentence)) if (i++ === n) return m;
        return undefined;
    }

    /** `readings` one at a time: a caller that stops at the first it accepts compiles no further pattern. */
    *eachReading(sentence: string): Generator<ComposedMatch> {
        const first = this.matchAllOf(sentence);
        yield* first.map((x) => x.m);
        const seen = new Set(first.map((x) => readingKey(x.m)));
        for (const { t, m } of first) {
            for (const g of m.styleGroups ?? []) {
                const excluded = new Set<number>([g]);
                for (let i = 0; i < NESTED_RETRIES; i++) {
                    const other = matchComposed(this.excluding(t, excluded), sentence, t.options.caseSensitive !== false);
                    if (!other) break;
                    const key = readingKey(other);
                    if (!seen.has(key)) {
                        seen.add(key);
                        yield other;
                    }
                    // The style this reading took in place of the excluded ones is excluded next.
                    const taken = (other.styleGroups ?? []).find((x) => !(m.styleGroups ?? []).includes(x) && t.groups[x]?.kind === 'style' && sameSlot(t, x, g));
                    if (taken === undefined) break;
                    excluded.add(taken);
                }
            }
        }
    }

    /** `matchAll`'s readings with the compiled style each came from. */
    private matchAllOf(sentence: string): { t: ComposedTemplate; m: ComposedMatch }[] {
        this.strict ??= this.compile(true);
        let all = pairsOf(this.strict, sentence, true);
        if (!all.length) {
            this.loose ??= this.compile(false);
            all = pairsOf(this.loose, sentence, false);
        }
        const commas = all.length ? undefined : this.commaTemplates();
        return commas ? pairsOf(commas, sentence, false) : all;
    }

    /** A compiled style recompiled with some nested styles' alternatives barred (kept for the next sentence). */
    private excluding(t: ComposedTemplate, excluded: ReadonlySet<number>): ComposedTemplate {
        const key = [...excluded].sort((a, b) => a - b).join(',');
        let variants = this.variants.get(t);
        if (!variants) this.variants.set(t, (variants = new Map()));
        let v = variants.get(key);
        if (!v) variants.set(key, (v = compileComposed(t.clause, t.style, t.template, t.variant, { ...t.options, exclude: new Set(excluded) })));
        return v;
    }

    match(sentence: string): ComposedMatch | undefined {
        const cached = this.cache.get(sentence);
        if (cached !== undefined) return cached ?? undefined;
        this.strict ??= this.compile(true);
        let best = bestOf(this.strict, sentence, true);
        if (!best) {
            this.loose ??= this.compile(false);
            best = bestOf(this.loose, sentence, false);
        }
        const commas = best ? undefined : this.commaTemplates();
        if (commas) best = bestOf(commas, sentence, false);
        if (this.cache.size > 5000) this.cache.clear();
        this.cache.set(sentence, best ?? null);
        return best;
    }
}

function bestOf(templates: readonly ComposedTemplate[], sentence: string, caseSensitive: boolean): ComposedMatch | undefined {
    let best: ComposedMatch | undefined;
    for (const t of templates) {
        const m = matchComposed(t, sentence, caseSensitive);
        if (m && (!best || m.confidence > best.confidence)) best = m;
    }
    return best;
}

/** How many further styles of one nested clause `readings` tries after the one first taken. */
const NESTED_RETRIES = 3;

function pairsOf(templates: readonly ComposedTemplate[], sentence: string, caseSensitive: boolean): { t: ComposedTemplate; m: ComposedMatch }[] {
    return templates.map((t) => ({ t, m: matchComposed(t, sentence, caseSensitive) })).filter((x): x is { t: ComposedTemplate; m: ComposedMatch } => x.m !== undefined)
        .sort((a, b) => b.m.confidence - a.m.confidence);
}

/** Two nested styles' groups that are alternatives of the same slot: the same clause at the same depth. */
function sameSlot(t: ComposedTemplate, a: number, b: number): boolean {
    const x = t.groups[a];
    const y = t.groups[b];
    return x?.kind === 'style' && y?.kind === 'style' && x.clause === y.clause && x.depth === y.depth;
}

/** What tells two readings apart: the styles taken and the slots' values. */
function readingKey(m: ComposedMatch): string {
    return JSON.stringify([m.clause, m.style, m.variant ?? '', m.uses.map((u) => [u.clause, u.style, u.variant ?? '', u.text ?? '']), m.slots]);
}
