/**
 * Parsers for the values a template's slots capture: lists of names, dates,
 * SEC forms, an issuer with its state and type, how co-agents act, durations.
 * Each returns undefined when the text is not such a value, so that the
 * sentence can be kept as written instead of guessed at.
 */
import type { AgentMode } from '../model/poa-model.js';
import { AGENT_MODE_PHRASES } from './agent-mode-phrases.js';
import { describedIssuer, organisedAs } from './issuer-appositive.js';

/** Suffixes that follow a comma inside one name: "Acme, Inc.", "John Smith, Jr.". */
const NAME_SUFFIX = /^(inc\.?|l\.?l\.?c\.?|llc|l\.?p\.?|lp|llp|ltd\.?|n\.a\.|p\.c\.|corp\.?|co\.?|jr\.?|sr\.?|ii|iii|iv|esq\.?|m\.d\.|ph\.d\.)$/i;

/** "A, B and C", "A, B, and C", "A; B; and C", "A and B": the names in order. */
export function parseNames(text: string): string[] | undefined {
    const t = text.trim().replace(/\s+/g, ' ');
    if (!t) return undefined;
    const separator = t.includes(';') ? ';' : ',';
    // ", Inc." and ", Jr." belong to the name before them: hide their comma while splitting.
    // \u0001 marks a protected comma while splitting; it never occurs in text.
    const protectedText = t.replace(new RegExp(`${separator}\\s+(Inc\\.?|L\\.?L\\.?C\\.?|LLC|L\\.?P\\.?|LP|LLP|Ltd\\.?|N\\.A\\.|Corp\\.?|Jr\\.?|Sr\\.?|II|III|IV|Esq\\.?)(?=\\s|,|;|$)`, 'g'), '\u0001$1');
    // eslint-disable-next-line no-control-regex -- the \u0001 marker set just above
    const parts = protectedText.split(separator).map((p) => p.trim().replace(/\u0001/g, `${separator} `)).filter(Boolean);
    const merged: string[] = [];
    for (const p of parts) {
        if (merged.length && NAME_SUFFIX.test(p)) merged[merged.length - 1] += `${separator} ${p}`;
        else merged.push(p);
    }
    const last = merged.pop()!;
    if (/^(and|or)\s+/i.test(last)) merged.push(last.replace(/^(and|or)\s+/i, ''));
    else {
        // "B and C" at the end: the last conjunction separates the final two names.
        const split = /^(.*\S)\s+(?:and|or)\s+(\S.*)$/i.exec(last);
        if (split) merged.push(split[1], split[2]);
        else merged.push(last);
    }
    const names = merged.map((n) => n.trim()).filter(Boolean);
    if (names.length === 0 || names.some((n) => n.length > 80 || /[;:]/.test(n))) return undefined;
    return names;
}

export interface ParsedDate {
    /** YYYY-MM-DD */
    iso: string;
    /** "the 28th day of April, 2021" is legal; "April 28, 2021" plain. */
    style: 'legal' | 'plain';
    /** The word before a legal date: this / the. */
    lead?: 'this' | 'the';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(year: number, month: number, day: number): string | undefined {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "the 28th day of April, 2021", "this 1st day of March 2024", "April 28, 2021", "28 April 2021", "4/28/2021". */
export function parseDate(text: string): ParsedDate | undefined {
    const t = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
    let m = /^(?:(this|the|on the)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]+),?\s+(\d{4})$/i.exec(t);
    if (m) {
        const month = MONTHS.indexOf(m[3].toLowerCase()) + 1;
        const value = month ? iso(Number(m[4]), month, Number(m[2])) : undefined;
        if (!value) return undefined;
        const lead = m[1]?.toLowerCase();
        return { iso: value, style: 'legal', lead: lead === 'this' ? 'this' : lead ? 'the' : undefined };
    }
    m = /^(?:on\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t);
    if (m) {
        const month = monthNumber(m[1]);
        const value = month ? iso(Number(m[3]), month, Number(m[2])) : undefined;
        return value ? { iso: value, style: 'plain' } : undefined;
    }
    m = /^(?:on\s+)?(\d{1,2})\s+([A-Za-z]+),?\s+(\d{4})$/i.exec(t);
    if (m) {
        const month = monthNumber(m[2]);
        const value = month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
        return value ? { iso: value, style: 'plain' } : undefined;
    }
    m = /^(?:on\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (m) {
        const value = iso(Number(m[3]), Number(m[1]), Number(m[2]));
        return value ? { iso: value, style: 'plain' } : undefined;
    }
    return undefined;
}

function monthNumber(word: string): number {
    const w = word.toLowerCase();
    const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
    return i + 1;
}

/**
 * SEC forms named in a phrase, as the language's form ids: "Forms 3, 4 and 5"
 * gives form3, form4, form5; "Form 144" form144; "Schedules 13D and 13G"
 * schedule13D, schedule13G; "Form ID" formID; "SEC Form 3, Form 4 or Form 5".
 */
export function parseForms(text: string): string[] | undefined {
    const t = text.replace(/\bSEC\s+/g, '').replace(/\s+/g, ' ').trim();
    const forms: string[] = [];
    // "10-K", "8-K", "20-F": a number, a hyphen and a letter are one form's name.
    const re = /\b(Forms?|Schedules?)\s+((?:[0-9]+-[A-Z]+\b|[0-9]+[A-Z]?|[A-Z]+-?[0-9]*[A-Z]?)(?:\s*(?:,|and|or|,\s*and|,\s*or|\/)\s*(?!Forms?\b|Schedules?\b)(?:[0-9]+-[A-Z]+\b|[0-9]+[A-Z]?|ID|[A-Z]-?[0-9]+[A-Z]?))*)/g;
    let any = false;
    for (let m = re.exec(t); m; m = re.exec(t)) {
        any = true;
        const kind = /^schedule/i.test(m[1]) ? 'schedule' : 'form';
        for (const number of m[2].split(/\s*(?:,\s*and|,\s*or|,|\band\b|\bor\b|\/)\s*/)) {
            const n = number.trim().replace(/-/g, '');
            if (!n) continue;
            forms.push(kind === 'schedule' ? `schedule${n.toUpperCase()}` : `form${/^id$/i.test(n) ? 'ID' : n.toUpperCase()}`);
        }
    }
    return any && forms.length ? [...new Set(forms)] : undefined;
}

export interface ParsedIssuer {
    name: string;
    state?: string;
    entityType?: 'corporation' | 'limited-liability-company' | 'limited-partnership' | 'partnership' | 'trust' | 'statutory-trust';
    definedAs?: string;
    /**
     * The first mention as written, where it describes the issuer in words the language does not ('AbCellera Biologics
     * Inc., a company incorporated under the Business Corporations Act (British Columbia) (the "Company")').
     */
    wording?: string;
    /** The description alone, the words of that mention the language does not word (", a company incorporated under ..."). */
    description?: string;
    /** The `organization` style its state and type are said in, where not the default ("a corporation organized under the laws of ..."). */
    organizationStyle?: string;
}

const ENTITY_TYPES: [RegExp, ParsedIssuer['entityType']][] = [
    [/^corporation$/i, 'corporation'],
    [/^limited liability company$/i, 'limited-liability-company'],
    [/^limited partnership$/i, 'limited-partnership'],
    [/^(general )?partnership$/i, 'partnership'],
    [/^statutory trust$/i, 'statutory-trust'],
    [/^(business )?trust$/i, 'trust']
];

/** A class of issuers defined by the term each is called: '(each, a "Company")'. */
const ISSUER_CLASS = /\s*\((each,?\s+an?)\s+"([^"]+)"\)$/i;
/** A class of issuers is described in a clause of its own: longer than a name. */
const MAX_CLASS_NAME = 240;

/** Whether the text names a class of issuers by the term each is called ('any entity ... (each, a "Company")'). */
export function namesIssuerClass(text: string): boolean {
    return ISSUER_CLASS.test(text.trim());
}

/**
 * 'ACME CORP., a Delaware corporation (the "Company")', 'Affirm Holdings, Inc. (the "Company")', 'ACME CORP.', 'AbCellera
 * Biologics Inc., a company incorporated under the Business Corporations Act (British Columbia) (the "Company")'.
 */
export function parseIssuer(text: string): ParsedIssuer | undefined {
    let t = text.trim().replace(/\s+/g, ' ');
    const issuer: Partial<ParsedIssuer> = {};
    // 'any entity affiliated with Sequoia Capital Operations, LLC or any corporation ... (each, a "Company")': a class of
    // issuers, each called by the term. The language words the name and the term; "each, a" for "the" is the filing's own.
    const each = ISSUER_CLASS.exec(t);
    if (each) {
        const name = t.slice(0, each.index).replace(/,$/, '');
        if (!name || name.length > MAX_CLASS_NAME || /[;:()"]/.test(name)) return undefined;
        return { name, definedAs: each[2], wording: t, description: each[1] };
    }
    const defined = /\s*\((?:the|hereinafter(?: referred to as)?(?: the)?)\s+"([^"]+)"\)$/i.exec(t);
    if (defined) {
        issuer.definedAs = defined[1];
        t = t.slice(0, defined.index).replace(/,$/, '');
    }
    const organized = /^(.*?),?\s+an?\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)\s+(corporation|limited liability company|limited partnership|(?:general )?partnership|statutory trust|(?:business )?trust)$/.exec(t);
    if (organized) {
        t = organized[1].replace(/,$/, '');
        issuer.state = organized[2];
        issuer.entityType = ENTITY_TYPES.find(([re]) => re.test(organized[3]))?.[1];
    }
    // 'AbCellera Biologics Inc., a company incorporated under the Business Corporations Act (British Columbia)': the
    // name, its first mention kept in the document's words (`issuer-appositive.ts`).
    const described = organized ? undefined : describedIssuer(t);
    // "a corporation organized under the laws of the State of New York": the state and type in an `organization` style.
    const organisation = described ? organisedAs(described.description) : undefined;
    const entityType = organisation ? ENTITY_TYPES.find(([re]) => re.test(organisation.entityType))?.[1] : undefined;
    if (described && organisation && entityType) {
        return { name: described.name, ...issuer, state: organisation.state, entityType, ...(organisation.style === 'state-type' ? {} : { organizationStyle: organisation.style }) };
    }
    if (described) return { name: described.name, ...issuer, wording: text.trim().replace(/\s+/g, ' '), description: described.description.replace(/^,\s*/, '') };
    if (!t || t.length > 120 || /[;:]/.test(t) || !namesAnOrganisation(t)) return undefined;
    return { name: t, ...issuer };
}

/**
 * Words that point back to someone already named ("the foregoing attorney-in-fact", "such attorney", "said agents", "the
 * undersigned", "each of them"): they name no issuer, whatever slot of a template they fill.
 */
const REFERRING_WORDS = /^(?:the\s+)?(?:foregoing|aforesaid|aforementioned|above|above-named|undersigned|same)\b|^(?:such|said|each|any|every|this|that|these|those|it|he|she|they|him|her|them)\b/i;

/** An issuer is named by a proper name (a capitalised word or a number: "Acme Corp.", "3M Company"), not by words that refer back. */
function namesAnOrganisation(name: string): boolean {
    return !REFERRING_WORDS.test(name) && /(?:^|[\s("'])[A-Z0-9]/.test(name);
}

/** "or any one or more of them" → any-one-or-more, and each phrase the renderer uses for a mode. */
export function parseMode(text: string): AgentMode | undefined {
    const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^,|,$/g, '').trim();
    for (const [mode, phrase] of Object.entries(AGENT_MODE_PHRASES) as [AgentMode, string][]) if (t === phrase) return mode;
    if (/^(each|any of them)( of them)? acting (alone|singly|individually)$|^acting (alone|singly|severally)$|^severally$/.test(t)) return 'severally';
    if (/^(acting )?jointly$/.test(t)) return 'jointly';
    if (/^jointly and severally$/.test(t)) return 'jointly-and-severally';
    if (/^(or )?any one or more of them$/.test(t)) return 'any-one-or-more';
    return undefined;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "6 months", "six (6) months", "one year", "90 days" → a count and a unit. */
export function parseDuration(text: string): { count: number; unit: 'days' | 'months' | 'years' } | undefined {
    const m = /^(?:a period of\s+)?([a-z]+|\d+)(?:\s*\((\d+)\))?\s+(day|month|year)s?$/i.exec(text.trim().replace(/\s+/g, ' '));
    if (!m) return undefined;
    const count = m[2] ? Number(m[2]) : /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1].toLowerCase());
    if (!(count > 0)) return undefined;
    return { count, unit: `${m[3].toLowerCase()}s` as 'days' | 'months' | 'years' };
}
