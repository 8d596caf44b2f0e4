/**
 * The tolerant reading of a sentence that no style matches exactly: when it
 * differs from one of the phrasebook's templates by a few words (at most
 * `MAX_RUNS` runs of differing words, at most `MAX_SHARE` of its words), the
 * differing runs are put back into the style's words. The sentence so
 * rewritten is then read by the ordinary recogniser (exactly, with its slots
 * and composed clauses), and the filed words are kept as `as-filed` edits of
 * the clause's rendered paragraph (render/filed-edits.ts), so the clause stays
 * structured and the rendering reproduces the filed words.
 *
 * The alignment is word by word against the template's skeleton: its literal
 * words (an optional group's words may be left out at no cost), a choice's best
 * option, a clause filled in by another clause (`{appointment}`, ...) by that
 * clause's style closest to the sentence, and a value slot (a name, a date, a
 * form) as a gap that takes any words. A differing run is therefore always
 * the style's own words, never a slot's value: parties, terms, dates and forms
 * stay in their clauses.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { COMPOSED_SLOTS, compileComposed, matchComposed, type ComposedTemplate } from './composed-template.js';
import type { PhraseTemplate } from './template-compiler.js';

/** A phrasebook template to read a sentence against. */
export type TolerantTemplate = PhraseTemplate;
import { parseTemplate } from './template-compiler.js';

/**
 * What a slot's word costs: next to nothing, but a template that leaves most of a sentence to a slot is less close
 * than one whose own words cover it.
 */
const GAP_COST = 0.01;
/** The least share of a sentence's words a template must word itself. */
const MIN_COVER = 0.3;
/** Sentences longer than this are not read tolerantly (the alignment grows with the product of the lengths). */
const MAX_WORDS = 400;
/** The closest templates tried, in order. */
const MAX_CANDIDATES = 4;
/** At most this many runs of differing words. */
export const MAX_RUNS = 3;
/** At most this share of the sentence's words differ. */
export const MAX_SHARE = 0.15;
/** A template with fewer words of its own than this says too little to be read tolerantly. */
const MIN_TEMPLATE_WORDS = 8;
/** A template with fewer words of its own than this is made of the clauses it fills in. */
const MIN_OWN_WORDS = 3;
/** Matched words either side of a run, so that the edit's words are found in their place in the rendering. */
const CONTEXT_WORDS = 2;

type TemplateNode = ReturnType<typeof parseTemplate>[number];

const parsed = new Map<string, { nodes: TemplateNode[]; own: string[] } | null>();

/** A template parsed once, with its own required words (outside optional groups and clauses filled in). */
function parse(template: string): { nodes: TemplateNode[]; own: string[] } | undefined {
    let p = parsed.get(template);
    if (p === undefined) {
        try {
            const nodes = parseTemplate(template);
            p = { nodes, own: nodes.flatMap((n) => (n.kind === 'text' ? textTokens(n.text, false).map((t) => t.key!) : [])) };
        } catch {
            p = null;
        }
        parsed.set(template, p);
    }
    return p ?? undefined;
}

interface Token {
    /** The word as the template writes it; undefined for a value slot (a gap). */
    word?: string;
    key?: string;
    /** The other words a choice of single words accepts here ("{is|are}"). */
    alternatives?: string[];
    optional: boolean;
}

function accepts(t: Token, word: Word): boolean {
    return t.key !== undefined && (t.key === word.key || (t.alternatives?.includes(word.key) ?? false));
}

interface Word {
    raw: string;
    key: string;
    start: number;
    end: number;
}

/** A run of differing words: the sentence's words `from`..`to` (maybe none) stand where the style has `style` (maybe none). */
export interface DifferingRun {
    from: number;
    to: number;
    style: string[];
}

export interface TolerantReading {
    /** The sentence with each differing run put back into the style's words. */
    rewritten: string;
    /** Per run: the style's words with their context (as rewritten) and the filed words with the same context. */
    edits: { style: string; filed: string; words: number }[];
}

function key(word: string): string {
    return word.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function sentenceWords(sentence: string): Word[] {
    return [...sentence.matchAll(/\S+/g)].map((m) => ({ raw: m[0], key: key(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })).filter((w) => w.key !== '');
}

/** The share of a word list found in the sentence's words. */
function presence(words: readonly string[], bag: ReadonlySet<string>): number {
    return words.length ? words.filter((w) => bag.has(w)).length / words.length : 0;
}

function textTokens(text: string, optional: boolean): Token[] {
    return text.split(/\s+/).map((w) => ({ word: w, key: key(w), optional })).filter((t) => t.key !== '');
}

/** The skeleton of a template for this sentence: its words, composed clauses expanded by the style closest to the sentence. */
function skeleton(nodes: readonly TemplateNode[], bag: ReadonlySet<string>, optional: boolean, depth: number): Token[] {
    const out: Token[] = [];
    for (const node of nodes) {
        if (node.kind === 'text') out.push(...textTokens(node.text, optional));
        else if (node.kind === 'optional') out.push(...skeleton(node.nodes, bag, true, depth));
        else if (node.kind === 'choice' && node.options.every((o) => textTokens(o, false).length === 1)) {
            const [first, ...others] = node.options.map((o) => textTokens(o, optional)[0]);
            out.push({ ...first, alternatives: others.map((t) => t.key!) });
        } else if (node.kind === 'choice') {
            const best = [...node.options].sort((a, b) => presence(textTokens(b, false).map((t) => t.key!), bag) - presence(textTokens(a, false).map((t) => t.key!), bag))[0] ?? '';
            out.push(...textTokens(best, optional));
        } else {
            const clause = COMPOSED_SLOTS[node.name];
            const expanded = clause && depth < 3 ? closestStyle(clause, bag, depth + 1) : undefined;
            if (expanded) out.push(...expanded.map((t) => ({ ...t, optional: t.optional || optional })));
            else out.push({ optional });
        }
    }
    return out;
}

/** Whether closest styles are chosen by their pairs of words too, and their optional words counted (set for each sentence). */
let byPairs = false;

/** The closest style of each composed clause, for the sentence being read (cleared for each sentence). */
const closest = new Map<string, Token[] | undefined>();

/** The skeleton of the clause's style (or variant) whose words are most present in the sentence. */
function closestStyle(clause: string, bag: ReadonlySet<string>, depth: number): Token[] | undefined {
    const k = `${clause}:${depth}`;
    if (!closest.has(k)) closest.set(k, findClosestStyle(clause, bag, depth));
    return closest.get(k);
}

function findClosestStyle(clause: string, bag: ReadonlySet<string>, depth: number): Token[] | undefined {
    let best: { tokens: Token[]; score: number } | undefined;
    for (const style of clausePhrases(clause)?.styles ?? []) {
        for (const template of [style.template, ...Object.values(style.variants ?? {})]) {
            const p = parse(template);
            if (!p) continue;
            const tokens = skeleton(p.nodes, bag, false, depth);
            // Words present count for the style, words absent against it (an optional word absent costs nothing); and so do
            // its pairs of words in a row.
            // (So only for a signature-page power, for now: `byPairs`.)
            const score = byPairs ? tokens.reduce((n, t) => n + (!t.key ? 0 : bag.has(t.key) ? 1 : t.optional ? 0 : -1), 0) + pairScore(tokens, bag)
                : tokens.filter((t) => t.key && !t.optional).reduce((n, t) => n + (bag.has(t.key!) ? 1 : -1), 0);
            if (!best || score > best.score) best = { tokens, score };
        }
    }
    return best?.tokens;
}

/**
 * The style's pairs of words in a row (no slot between them) found in the sentence in a row, less those not found
 * (a pair with an optional word absent costs nothing): in a long sentence nearly every common word is somewhere, but a style's phrases are where it is
 * the one written ("or either of them", not "with full power to act, together or each without the other").
 */
function pairScore(tokens: readonly Token[], bag: ReadonlySet<string>): number {
    let n = 0;
    for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1];
        const b = tokens[k];
        if (a.key && b.key) n += bag.has(`${a.key} ${b.key}`) ? 1 : a.optional || b.optional ? 0 : -1;
    }
    return n;
}

type Op = 'match' | 'insert' | 'delete' | 'skip' | 'gap';

/** The cheapest alignment of the sentence's words with the skeleton: each word inserted, or a style word deleted, costs 1. */
function align(words: readonly Word[], tokens: readonly Token[]): { cost: number; ops: { op: Op; i: number; j: number }[] } {
    const n = words.length;
    const m = tokens.length;
    const INF = 1e9;
    const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(INF));
    cost[0][0] = 0;
    for (let i = 0; i <= n; i++) {
        for (let j = 0; j <= m; j++) {
            const c = cost[i][j];
            if (c >= INF) continue;
            if (j < m) {
                const t = tokens[j];
                // A gap, or an optional or deleted style word, moves on in the template.
                const skip = !t.key || t.optional ? 0 : 1;
                if (c + skip < cost[i][j + 1]) cost[i][j + 1] = c + skip;
                if (i < n && accepts(t, words[i]) && c < cost[i + 1][j + 1]) cost[i + 1][j + 1] = c;
            }
            if (i < n) {
                // A gap (the slot before j) takes the word at no cost; otherwise the word is inserted.
                const gap = j > 0 && !tokens[j - 1].key ? GAP_COST : 1;
                if (c + gap < cost[i + 1][j]) cost[i + 1][j] = c + gap;
            }
        }
    }
    const ops: { op: Op; i: number; j: number }[] = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
        const c = cost[i][j];
        if (i > 0 && j > 0 && accepts(tokens[j - 1], words[i - 1]) && cost[i - 1][j - 1] === c) {
            ops.push({ op: 'match', i: i - 1, j: j - 1 }); i--; j--;
        } else if (i > 0 && j > 0 && !tokens[j - 1].key && Math.abs(cost[i - 1][j] + GAP_COST - c) < 1e-9) {
            ops.push({ op: 'gap', i: i - 1, j: j - 1 }); i--;
        } else if (j > 0 && (!tokens[j - 1].key || tokens[j - 1].optional) && cost[i][j - 1] === c) {
            ops.push({ op: 'skip', i, j: j - 1 }); j--;
        } else if (j > 0 && cost[i][j - 1] + 1 === c) {
            ops.push({ op: 'delete', i, j: j - 1 }); j--;
        } else {
            ops.push({ op: 'insert', i: i - 1, j }); i--;
        }
    }
    return { cost: cost[n][m], ops: ops.reverse() };
}

/**
 * The sentence read tolerantly against the templates: the closest template within the limits, its differing runs put
 * back into the style's words. Undefined when no template is that close (or the sentence matches one exactly).
 */
export function tolerantReading(sentence: string, templates: readonly TolerantTemplate[], composedOnly = false): TolerantReading | undefined {
    const words = sentenceWords(sentence);
    if (words.length < MIN_TEMPLATE_WORDS || words.length > MAX_WORDS) return undefined;
    // The sentence's words, and its pairs of words in a row.
    const bag = new Set([...words.map((w) => w.key), ...words.slice(1).map((w, k) => `${words[k].key} ${w.key}`)]);
    closest.clear();
    byPairs = composedOnly;
    const limit = Math.floor(words.length * MAX_SHARE);
    const candidates: { ops: ReturnType<typeof align>['ops']; tokens: Token[]; cost: number; template: TolerantTemplate }[] = [];
    for (const template of templates) {
        const p = parse(template.template);
        // The template's own words, before any clause is filled in, must nearly all be there.
        // (A template of clauses filled in, with fewer words of its own, is judged by its clauses' words below.)
        // Such templates are tried only when asked (`composedOnly`: a signature-page power, which the import reads again).
        if (!p || (p.own.length < MIN_OWN_WORDS && !composedOnly) || (p.own.length >= MIN_OWN_WORDS && presence(p.own, bag) < 1 - MAX_SHARE)) continue;
        const tokens = skeleton(p.nodes, bag, false, 0);
        const required = tokens.filter((t) => t.key && !t.optional).map((t) => t.key!);
        // A template that leaves most of the sentence to its slots does not word it.
        // (its optional words count where the sentence has them: a signature-page grant words its incidental authority and ratification in them).
        const covered = required.length + (composedOnly ? tokens.filter((t) => t.key && t.optional && bag.has(t.key)).length : 0);
        if (covered < Math.max(MIN_TEMPLATE_WORDS, words.length * MIN_COVER) || presence(required, bag) < 1 - MAX_SHARE) continue;
        // Words of the sentence that the template does not have, where no gap could take them.
        if (!tokens.some((t) => !t.key) && words.length - tokens.length > limit) continue;
        const { cost, ops } = align(words, tokens);
        if (cost < 1 || cost > 2 * limit) continue;
        candidates.push({ ops, tokens, cost, template });
    }
    // The closest templates first; a rewriting counts only if the template, slots and clauses filled in, then reads it.
    for (const c of candidates.sort((a, b) => a.cost - b.cost).slice(0, MAX_CANDIDATES)) {
        const reading = rewrite(sentence, words, c.tokens, c.ops, limit);
        if (!reading) continue;
        // A template of clauses filled in and little else (a grant: "{appointment}{powers}[, {incidental-authority}]
        // [, {ratification}]."), too large a pattern to match whole, is checked by the import itself, which reads the
        // rewritten sentence again with its own readers (the signature page's among them) and keeps the reading only
        // if the sentence is then recognised (filed-reading.ts).
        if (parse(c.template.template)!.own.length < MIN_OWN_WORDS || matchComposed(compiled(c.template), reading.rewritten, false)) return reading;
    }
    return undefined;
}

const compiledTemplates = new Map<string, ComposedTemplate>();

function compiled(t: TolerantTemplate): ComposedTemplate {
    const k = `${t.clause}\u0000${t.template}`;
    let c = compiledTemplates.get(k);
    if (!c) compiledTemplates.set(k, (c = compileComposed(t.clause, t.style, t.template, t.variant, { caseSensitive: false, extraCommas: true })));
    return c;
}

function rewrite(sentence: string, words: readonly Word[], tokens: readonly Token[], ops: ReturnType<typeof align>['ops'], limit: number): TolerantReading | undefined {
    // The runs of inserted and deleted words, skips inside a run belonging to it.
    const runs: { first: number; last: number }[] = [];
    ops.forEach((o, k) => {
        if (o.op !== 'insert' && o.op !== 'delete') return;
        const prev = runs[runs.length - 1];
        if (prev && ops.slice(prev.last + 1, k).every((x) => x.op === 'skip')) prev.last = k;
        else runs.push({ first: k, last: k });
    });
    if (runs.length === 0 || runs.length > MAX_RUNS) return undefined;
    let differing = 0;
    const spans: { start: number; end: number; style: string; filed: string; words: number; context: [string, string] }[] = [];
    for (const run of runs) {
        const part = ops.slice(run.first, run.last + 1);
        const inserted = part.filter((o) => o.op === 'insert').map((o) => o.i);
        const deleted = part.filter((o) => o.op === 'delete').map((o) => tokens[o.j].word!.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''));
        differing += Math.max(inserted.length, deleted.length);
        // The matched words either side: the edit's context, so that it is found in its place.
        const before = matchedAround(ops, run.first, -1);
        const after = matchedAround(ops, run.last, 1);
        if (before.length + after.length === 0) return undefined;
        // The run starts after the matched word before it (its space included), so that a run of words removed
        // takes its space with it.
        const at = before.length ? words[before[before.length - 1]].end : inserted.length ? words[inserted[0]].start : words[after[0]].start;
        const end = inserted.length ? words[inserted[inserted.length - 1]].end : at;
        // The punctuation around the inserted words stays the sentence's.
        const lead = inserted.length ? /^[^A-Za-z0-9]*/.exec(words[inserted[0]].raw)![0] : '';
        const trail = inserted.length ? /[^A-Za-z0-9]*$/.exec(words[inserted[inserted.length - 1]].raw)![0] : '';
        const styleWords = deleted.join(' ');
        const space = before.length ? ' ' : '';
        const replacement = styleWords ? `${space}${lead}${styleWords}${trail}${before.length ? '' : ' '}` : trail;
        const contextStart = before.length ? words[before[0]].start : at;
        const contextEnd = after.length ? words[after[after.length - 1]].end : end;
        spans.push({ start: at, end, style: replacement, filed: sentence.slice(at, end), words: inserted.length, context: [sentence.slice(contextStart, at), sentence.slice(end, contextEnd)] });
    }
    if (differing > limit) return undefined;
    let rewritten = sentence;
    for (const s of [...spans].reverse()) rewritten = rewritten.slice(0, s.start) + s.style + rewritten.slice(s.end);
    // A run that only deletes leaves a double space behind when there were no style words.
    rewritten = rewritten.replace(/ {2,}/g, ' ').trim();
    return {
        rewritten,
        edits: spans.map((s) => ({ style: `${s.context[0]}${s.style}${s.context[1]}`.replace(/ {2,}/g, ' ').trim(), filed: `${s.context[0]}${s.filed}${s.context[1]}`.replace(/ {2,}/g, ' ').trim(), words: s.words }))
    };
}

/** Up to `CONTEXT_WORDS` sentence words matched to the style's words next to an op, before (-1) or after (1), nearest last or first. */
function matchedAround(ops: ReturnType<typeof align>['ops'], k: number, direction: -1 | 1): number[] {
    const out: number[] = [];
    for (let x = k + direction; x >= 0 && x < ops.length && out.length < CONTEXT_WORDS; x += direction) {
        const o = ops[x];
        if (o.op === 'match') out.push(o.i);
        else if (o.op !== 'skip') break;
    }
    return direction < 0 ? out.reverse() : out;
}
