/**
 * A grant said in one sentence (the grant style `one-sentence`, "{appointment}{powers}[, {incidental-authority}][,
 * {ratification}].") whose one power is a securities-power style that words the whole power itself, naming no filing:
 * "The undersigned, as Co-Trustees of the ... Trust (the "Trust"), do hereby constitute and appoint A as the true and
 * lawful attorney of the undersigned, ..., in any and all capacities, to execute, acknowledge, deliver and/or file any
 * documents or filings ... held by the Trust, directly, indirectly or beneficially. Without limitation, this
 * authorization extends to ... under applicable laws (including without limitation, the Securities Act of 1933, ...),
 * ..., and to do and perform all and every act and thing ... if personally present." The appointment is read by the
 * phrasebook's `appointment` styles; the rest by the securities-power style, with the incidental authority and the
 * ratification the grant style composes after it. A style whose words run over several sentences (the one above, two)
 * is read over as many sentences of one paragraph.
 *
 * The phrasing is the phrasebook's own: the grant style's template, and every securities-power style whose
 * `compliance-only` words name no filing (the laws come from `comply with ...`), are compiled; nothing here lists one.
 */
import { clausePhrases, findStyle } from '../phrasebook/index.js';
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { compileComposed, ComposedRecogniser, matchComposed, type ComposedMatch, type ComposedTemplate } from './composed-template.js';
import type { TemplateMatch } from './template-compiler.js';

/** The grant style whose sentence this reads. */
export const GRANT_STYLE = 'one-sentence';

/** The slots that name filings: a style that holds one words a filing, and is read with the filings (`grant-items.ts`). */
const FILING_SLOT = /\{(?:filings?|filings-each|filings-chained|filings-several|forms-as-required|forms-described|grant-forms[a-z-]*|a-grant-forms-applicable)\}/;

/** What the securities power's value slots may hold, where "any text" would let one swallow its neighbours. */
const PATTERNS: Readonly<Record<string, string>> = {
    'role-of': '[^;:,()]{2,160}?',
    holder: '[^;:,()]{2,160}?',
    venues: '[^;:()]{2,300}?',
    compliance: '[^;:()]{2,400}?',
    'compliance-or': '[^;:()]{2,400}?'
};

/** Of the sentence, the words before the power ("..., in any and all capacities") and after: where the power may begin. */
const POWER_STARTS = /,\s+(?=to\s+[a-z])/g;

/** How many places the power may begin at are tried: the appointment ends at one of the first few. */
const MAX_STARTS = 8;

/** Sentences longer than this are not tried: the corpus's longest such grant is under 2,500 characters. */
const MAX_LENGTH = 4000;

interface PowerTemplate {
    style: string;
    /** How many sentences the style's words run over (its own full stops, plus one). */
    sentences: number;
    strict: ComposedTemplate;
    loose?: ComposedTemplate;
    template: string;
}

let templates: PowerTemplate[] | undefined;
let appointments: ComposedRecogniser | undefined;
const agreement = new Map<string, ComposedTemplate>();

/** The grant style's words after its power, with the securities-power style's own words in place of `{powers}`. */
function powerTemplates(): PowerTemplate[] {
    if (templates) return templates;
    const grant = findStyle('grant', GRANT_STYLE)?.template ?? '';
    const head = '{appointment}{powers}';
    if (!grant.startsWith(head)) return (templates = []);
    const tail = grant.slice(head.length);
    templates = (clausePhrases('securities-power')?.styles ?? []).flatMap((style) => {
        const words = style.variants?.['compliance-only'] ?? style.template;
        if (FILING_SLOT.test(words) || !/\{compliance(?:-or)?\}/.test(words)) return [];
        const template = `${words}${tail}`;
        const sentences = 1 + (words.match(/[a-z)]\.\s+[A-Z]/g) ?? []).length;
        const strict = compileComposed('securities-power', style.id, template, 'compliance-only', { patterns: PATTERNS, agreement: true });
        return [{ style: style.id, sentences, strict, template }];
    });
    return templates;
}

export interface SecuritiesPowerGrantMatch extends TemplateMatch {
    /** The appointment's readings, the more certain first. */
    alternatives: ComposedMatch[];
    /** The securities power with what the grant style composes after it (`uses`: the incidental authority, the ratification). */
    power: ComposedMatch;
    /** How many sentences, from the first, the grant's words take. */
    sentences: number;
    /** The number the words that agree with the principal take, where all agree ("do hereby", "determine": plural). */
    principalNumber?: 'singular' | 'plural';
}

/** The most sentences a style's words run over: as many are tried together, from the first. */
export function securitiesPowerGrantSpan(): number {
    return Math.max(0, ...powerTemplates().map((t) => t.sentences));
}

/**
 * The grant read from the first `count` of `sentences` (one paragraph's, in order) taken together, or undefined. Cheap
 * when no securities-power style fits: the power's words are tested first, the appointment only before a power that fits.
 */
export function recogniseSecuritiesPowerGrant(sentences: readonly string[]): SecuritiesPowerGrantMatch | undefined {
    for (const t of powerTemplates()) {
        if (sentences.length < t.sentences) continue;
        const text = sentences.slice(0, t.sentences).join(' ').trim();
        if (text.length > MAX_LENGTH) continue;
        for (const at of [...text.matchAll(POWER_STARTS)].slice(0, MAX_STARTS)) {
            const rest = text.slice(at.index! + at[0].length);
            const strict = matchComposed(t.strict, rest, true);
            const power = strict ?? matchComposed((t.loose ??= compileComposed('securities-power', t.style, t.template, 'compliance-only', { patterns: PATTERNS, agreement: true, caseSensitive: false })), rest, false);
            if (!power) continue;
            const head = text.slice(0, at.index!);
            const alternatives = (appointments ??= new ComposedRecogniser(['appointment'])).readings(head);
            if (!alternatives.length) continue;
            const number = agreeing([power.principalNumber, appointmentNumber(alternatives[0], head)]);
            const confidence = Math.min(alternatives[0].confidence, power.confidence);
            return { clause: 'grant', style: 'securities-power-grant', slots: {}, confidence, alternatives, power, sentences: t.sentences, ...(number ? { principalNumber: number } : {}) };
        }
    }
    return undefined;
}

/** The number the appointment's words that agree with the principal take ("do hereby constitute", "authorize"). */
function appointmentNumber(reading: ComposedMatch, head: string): ComposedMatch['principalNumber'] {
    const style = findStyle('appointment', reading.style);
    if (!style) return undefined;
    let compiled = agreement.get(style.id);
    if (!compiled) agreement.set(style.id, (compiled = compileComposed('appointment', style.id, style.template, undefined, { agreement: true, caseSensitive: false })));
    return matchComposed(compiled, head, false)?.principalNumber;
}

/** One number all the parts agree on, or undefined. */
function agreeing(numbers: readonly ComposedMatch['principalNumber'][]): 'singular' | 'plural' | undefined {
    const said = new Set(numbers.filter((n) => n !== undefined));
    if (said.size !== 1 || said.has('mixed')) return undefined;
    return said.has('plural') ? 'plural' : 'singular';
}

/**
 * The laws a power says the agents act under ("the Securities Act of 1933, as amended, or the Securities Exchange Act of
 * 1934, as amended"): the standard terms' ids, each named once; undefined when any part names none.
 */
export function lawsNamed(text: string): string[] | undefined {
    const parts = text.replace(/\s+/g, ' ').trim().split(/,?\s+(?:or|and)\s+(?=the\s)|,\s+(?=the\s)/);
    const ids: string[] = [];
    for (const part of parts) {
        const core = (meaning: string) => meaning.replace(/^the\s+/i, '').replace(/,\s+as amended$/, '');
        const term = STANDARD_TERMS.find((t) => t.id !== 'sec' && new RegExp(`^(?:the\\s+)?${core(t.meaning).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,\\s+as\\s+amended)?$`).test(part));
        if (!term || ids.includes(term.id)) return undefined;
        ids.push(term.id);
    }
    return ids.length ? ids : undefined;
}

/**
 * A role held in something the text defines there ("Co-Trustees of the Bill & Melinda Gates Foundation Trust (the
 * "Trust")"): the role, the name and the short form. Undefined for a role that names no definition.
 */
export function roleInDefinedTerm(text: string): { role: string; name: string; term: string; text: string } | undefined {
    const m = /^(?:an?\s+)?(.+?)\s+of\s+(the\s+[A-Z][^()"]{1,160}?)\s+\(the\s+"([^"]{1,40})"\)$/.exec(text.replace(/\s+/g, ' ').trim().replace(/,$/, ''));
    return m ? { role: m[1], name: m[2], term: m[3], text: `${m[2]} (the "${m[3]}")` } : undefined;
}
