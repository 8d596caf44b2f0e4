/**
 * A grant whose sentence names no agents, the agents listed after it one name to a line: the `grant` styles whose
 * template holds neither `{appointment}` nor `{agents}` ("This will confirm that, effective as of the date above, I have
 * granted each of the individuals listed below the authority to, on my behalf, {powers-enumerated}, as my
 * Attorney-In-Fact."), and the sentence of an `agents-list` style that introduces the names ("The individuals who are
 * authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:"). Both are read from the
 * phrasebook: a style added to `grant` or `agents-list` is recognised with no change here.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedTemplate, type StyleUse } from './composed-template.js';
import type { TemplateMatch } from './template-compiler.js';

/** Sentences longer than this are not tried. */
const MAX_LENGTH = 2000;

/** What the value slots may hold: the powers stop at the sentence's own words. */
const PATTERNS: Readonly<Record<string, string>> = {
    'powers-enumerated': '[^]{2,1500}?',
    powers: '[^]{2,1500}?',
    'on-behalf': 'on\\s+(?:my|our)\\s+behalf|on\\s+behalf\\s+of\\s+the\\s+undersigned',
    'supersession-sentence': '[^]{2,400}?'
};

let grants: ComposedTemplate[] | undefined;
let lists: ComposedTemplate[] | undefined;

function compiled(clause: string, accept: (template: string) => boolean): ComposedTemplate[] {
    return (clausePhrases(clause)?.styles ?? []).filter((s) => s.template.trim() !== '' && accept(s.template))
        .flatMap((s) => [true, false].map((caseSensitive) => compileComposed(clause, s.id, s.template, undefined, { caseSensitive, patterns: PATTERNS })));
}

/**
 * The sentence read as a grant that names no agents: `style` `listing`, the grant style in `slots['grant-style']`, the
 * powers, the designation of one agent and the voice (`slots.voice`, "first-person" where the agents act "on my
 * behalf"); undefined when no such style reads it.
 */
export function recogniseListingGrant(text: string): TemplateMatch | undefined {
    if (text.length > MAX_LENGTH) return undefined;
    grants ??= compiled('grant', (t) => !/\{(?:appointment|agents)\}/.test(t) && /\{powers[a-z-]*\}/.test(t));
    for (const [i, t] of grants.entries()) {
        const m = matchComposed(t, text, i % 2 === 0);
        const powers = m?.slots['powers-enumerated'] ?? m?.slots.powers;
        if (!m || powers === undefined || m.slots['supersession-sentence'] !== undefined) continue;
        const onBehalf = m.slots['on-behalf'];
        const voice = onBehalf !== undefined && /\b(?:my|our)\b/i.test(onBehalf) ? 'first-person' : 'undersigned';
        const slots: Record<string, string> = { 'grant-style': m.style, powers, voice };
        if (m.slots['designation-one'] !== undefined) slots['designation-one'] = m.slots['designation-one'];
        return { clause: 'grant', style: 'listing', slots, confidence: m.confidence };
    }
    return undefined;
}

/** A name alone on its line, as a list of agents prints it ("Benjamin O. Orndorff"). */
const NAME_LINE = /^[A-Z][A-Za-z'’-]*\.?(?:\s+[A-Z][A-Za-z'’-]*\.?){1,4}$/;

/**
 * The sentence at `start` read as an `agents-list` style ("... are as follows:") and the names on the lines after it,
 * one to a line, up to the first line that is not a name: the style, the names, how many lines the list takes (the
 * sentence included) and the composed styles it uses (`instrument-name`). Undefined when no style reads the sentence
 * or no name follows it.
 */
export function readAgentsList(lines: readonly string[], start: number): { style: string; names: string[]; lines: number; slots: Record<string, string>; uses: StyleUse[] } | undefined {
    const text = lines[start];
    if (text === undefined || text.length > MAX_LENGTH) return undefined;
    lists ??= compiled('agents-list', () => true);
    for (const [i, t] of lists.entries()) {
        const m = matchComposed(t, text, i % 2 === 0);
        if (!m) continue;
        const names: string[] = [];
        for (let at = start + 1; at < lines.length && NAME_LINE.test(lines[at].trim()); at++) names.push(lines[at].trim());
        if (!names.length) return undefined;
        return { style: m.style, names, lines: names.length + 1, slots: m.slots, uses: m.uses };
    }
    return undefined;
}
