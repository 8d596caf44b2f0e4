/**
 * What a document says of the issuer at its first mention, between its name and its definition: where and as what it
 * is organised (", a Delaware corporation", which the language words as `organized in "Delaware" as corporation`), or
 * a description the language does not word (", a company incorporated under the Business Corporations Act (British
 * Columbia)"), kept as the issuer's first mention in the document's words (`issuer ... worded "..."`). One pattern
 * for every reader of an issuer (`parseIssuer`, the agents with their firms).
 */

import { clausePhrases } from '../phrasebook/index.js';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template-compiler.js';

/** An organisation's legal form, which ends its name ("Inc.", "LLP", "Corporation"). */
export const LEGAL_FORM = '(?:Inc\\.?|Incorporated|LLP|L\\.L\\.P\\.|LLC|L\\.L\\.C\\.|LP|L\\.P\\.|Corporation|Corp\\.?|Company|Co\\.|P\\.C\\.|PLLC|Ltd\\.?|Limited|N\\.A\\.)';

/** ", a Delaware corporation", ", an Oregon limited liability company". */
export const ORGANISED_APPOSITIVE = ',?\\s+an?\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*)*\\s+(?:corporation|limited liability company|limited partnership|partnership)';

/**
 * ", a company incorporated under the Business Corporations Act (British Columbia)": an article, a word in lower case,
 * then words (one parenthesis allowed) up to the definition that follows it; no clause break (";", ":") inside.
 */
export const DESCRIBED_APPOSITIVE = ',\\s+an?\\s+[a-z][^;:"()\u201c\u201d]{2,120}?(?:\\s*\\([^;:"()\u201c\u201d]{1,40}\\))?';

/** Either, as the text before an organisation's definition may hold it. */
export const ISSUER_APPOSITIVE = `(?:${ORGANISED_APPOSITIVE}|${DESCRIBED_APPOSITIVE})`;

/**
 * 'AbCellera Biologics Inc., a company incorporated under ...' → the name and the description, when the text is a
 * name followed by a described appositive (not one the language words: that is `organized`).
 */
export function describedIssuer(text: string): { name: string; description: string } | undefined {
    const m = new RegExp(`^([A-Z0-9][^()";:]{0,100}?)(${DESCRIBED_APPOSITIVE})$`).exec(text.trim());
    if (!m || new RegExp(`^${ORGANISED_APPOSITIVE}$`).test(m[2])) return undefined;
    return { name: m[1], description: m[2] };
}

/** The entity types the language knows, in words (`organized in ... as limited-liability-company`). */
const ENTITY_TYPE_WORDS = ['corporation', 'limited liability company', 'limited partnership', 'general partnership', 'partnership', 'statutory trust', 'business trust', 'trust'];

const ORGANIZATION_PATTERNS: Readonly<Record<string, string>> = {
    'organized-article': 'an?',
    'entity-article': 'an?',
    'entity-type': ENTITY_TYPE_WORDS.join('|'),
    'organized-state': '[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*)*'
};

let organizationTemplates: CompiledTemplate[] | undefined;

/**
 * "a corporation organized under the laws of the State of New York": the state and the type, read by a style of the
 * phrasebook's `organization` clause, and that style; undefined when no style reads the description whole.
 */
export function organisedAs(description: string): { state: string; entityType: string; style: string } | undefined {
    organizationTemplates ??= (clausePhrases('organization')?.styles ?? []).map((s) => compileTemplate({ clause: 'organization', style: s.id, template: s.template }, ORGANIZATION_PATTERNS));
    const text = description.trim().replace(/^,\s*/, '').replace(/,$/, '');
    for (const t of organizationTemplates) {
        const m = matchTemplate(t, text);
        const state = m?.slots['organized-state'];
        const type = m?.slots['entity-type']?.toLowerCase();
        if (!m || !state || !type) continue;
        // The article the renderer writes must be the one the text has.
        for (const [slot, word] of [['organized-article', state], ['entity-article', type]] as const) {
            const written = m.slots[slot];
            if (written !== undefined && written.toLowerCase() !== (/^[aeiou]/i.test(word) ? 'an' : 'a')) return undefined;
        }
        return { state, entityType: type, style: t.style };
    }
    return undefined;
}

/** The words an `organization` style says for a state and type ("a Delaware corporation"), as the renderer fills it. */
export function organizationWords(state: string, entityType: string, style?: string): string {
    const template = (clausePhrases('organization')?.styles.find((s) => s.id === style) ?? clausePhrases('organization')?.styles[0])?.template ?? '';
    const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
    const values: Record<string, string> = { 'organized-state': state, 'entity-type': entityType, 'organized-article': article(state), 'entity-article': article(entityType) };
    return template.replace(/\{([^}]+)\}/g, (_, slot: string) => values[slot] ?? '');
}

/**
 * "Microsoft" for "Microsoft Corporation": the issuer's name without its legal form, as a text may call the issuer after
 * naming it in full, without defining that name (`called "Microsoft"`); undefined when `text` is not that.
 */
export function shortNameOf(name: string, text: string): string | undefined {
    const bare = new RegExp(`^(.+?),?\\s+${LEGAL_FORM}$`).exec(name.trim())?.[1];
    return bare !== undefined && bare === text.trim() ? bare : undefined;
}
