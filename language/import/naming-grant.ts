/**
 * A grant whose one sentence names the agents and the powers, with no appointment of its own: the `grant` styles whose
 * template holds `{agents}` ("This letter confirms that {agents} {agents:is|are} authorized and designated to sign
 * {powers-enumerated}, {on-behalf}."). Each such style of the phrasebook is compiled whole; the agents, the powers and
 * the words for whom the agents act ("on my behalf": the first person) are read back. Nothing here lists a phrasing:
 * a style added to `language/phrasebook/grant.ts` with `{agents}` in it is recognised with no change here.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedTemplate } from './composed-template.js';
import type { TemplateMatch } from './template-compiler.js';

/** Sentences longer than this are not tried. */
const MAX_LENGTH = 2000;

/** What the value slots of such a grant may hold: names and powers stop at the sentence's own words. */
const PATTERNS: Readonly<Record<string, string>> = {
    agents: "[A-Z][^;:()]{1,400}?",
    'powers-enumerated': '[^]{2,1500}?',
    powers: '[^]{2,1500}?',
    'on-behalf': "on\\s+(?:my|our)\\s+behalf|on\\s+behalf\\s+of\\s+the\\s+undersigned"
};

let compiled: ComposedTemplate[] | undefined;

function namingGrants(): ComposedTemplate[] {
    compiled ??= (clausePhrases('grant')?.styles ?? []).filter((s) => /\{agents\}/.test(s.template))
        .flatMap((s) => [true, false].map((caseSensitive) => compileComposed('grant', s.id, s.template, undefined, { caseSensitive, depth: 1, patterns: PATTERNS })));
    return compiled;
}

/**
 * The sentence read as such a grant: `style` `naming`, the grant style in `slots['grant-style']`, the agents, the powers
 * and the voice (`slots.voice`, "first-person" where the agents act "on my behalf"); undefined when no style reads it.
 */
export function recogniseNamingGrant(text: string): TemplateMatch | undefined {
    if (text.length > MAX_LENGTH) return undefined;
    for (const [i, t] of namingGrants().entries()) {
        const m = matchComposed(t, text, i % 2 === 0);
        if (!m) continue;
        const powers = m.slots['powers-enumerated'] ?? m.slots.powers;
        if (m.slots.agents === undefined || powers === undefined) continue;
        const onBehalf = m.slots['on-behalf'];
        const voice = onBehalf !== undefined && /\b(?:my|our)\b/i.test(onBehalf) ? 'first-person' : 'undersigned';
        return { clause: 'grant', style: 'naming', slots: { 'grant-style': m.style, agents: m.slots.agents, powers, voice }, confidence: m.confidence };
    }
    return undefined;
}

/**
 * The securities-power style that words the filings alone, with no frame of its own ("{filings-each}"): the grant's
 * sentence names the thing filed ("to sign all securities and related filings ..."), where the default frame would
 * add "to do any and all acts ... in connection with the preparation, execution and filing of".
 */
export function unframedSecuritiesPower(): string | undefined {
    return clausePhrases('securities-power')?.styles.find((s) => /^\{filings[a-z-]*\}$/.test(s.template))?.id;
}
