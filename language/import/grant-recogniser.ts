/**
 * One power listed under an enumerated grant's "to:" ("(1) execute for and on behalf of the undersigned ...
 * Forms 3, 4, and 5 in accordance with Section 16(a) ...; (2) do and perform ... with the SEC and any stock
 * exchange or similar authority"), recognised as an item of the `.poa` grant block: a filing (`file form3, form4,
 * form5 under section16a`), the EDGAR access (`edgar access`), the venues (`with sec, exchanges`) or the
 * transaction information from brokers (`transaction information`), each with its style where it is not the item's
 * default. The phrasings are the phrasebook's own (`filing`, `edgar-access`, `venues`, `transaction-information`):
 * each style is compiled whole, the amendments and successor forms composed into it, and the values its slots hold
 * (forms, statute, capacity, issuer, venues) are read back into the model's ids. Nothing here lists a phrasing.
 * The catch-all is recognised by the caller (`recognise-document.ts`), which also settles its agents' pronoun.
 */
import { SEC_FORMS, STATUTES, VENUES } from '../catalog/securities-catalog.js';
import { ENUMERATED_ITEM_STYLES } from '../phrasebook/enumerated-items.js';
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedMatch, type ComposedTemplate } from './composed-template.js';
import { namesIssuerClass, parseDate, parseForms } from './slot-parsers.js';
import { actNamed, type ActNamed } from './act-named.js';
import { readOtherAgency } from './other-agency-venue.js';
import { readFormsDescribed } from './forms-described.js';

/** The clauses whose styles word a power of its own in an enumerated grant. */
const ITEM_CLAUSES = ['filing', 'edgar-access', 'venues', 'transaction-information'];

/** The slots of the items' styles that the renderer fills with another phrasebook clause's words. */
const ITEM_COMPOSED: Readonly<Record<string, string>> = {
    amendments: 'filing-amendments',
    'successor-forms': 'filing-successor-forms'
};

/**
 * A list of forms and nothing else ("Forms 3, 4, and 5", "Form 3, Form 4 or Form 5", "Form ID, Forms 3, 4, 5, 13D,
 * and 13G, as applicable", "SEC Form 144"), so that neither the slot before it nor the words after it run into it.
 */
const FORM_NUMBER = '(?:ID|[0-9]+-[A-Z]+|[0-9]+[A-Z]?|[A-Z]-?[0-9]+[A-Z]?)';
const FORM_WORD = '(?:SEC\\s+)?(?:Forms?|Schedules?)\\s+';
export const FORMS = `${FORM_WORD}${FORM_NUMBER}(?:(?:\\s*,\\s*|\\s+)(?:(?:and|or)\\s+)?(?:${FORM_WORD})?${FORM_NUMBER}\\b)*(?:,\\s*as\\s+applicable)?`;
/**
 * A name or role with at most two parentheses, its definition ('Endeavor Group Holdings, Inc. (the "Company")'), which
 * ends it, with one before it ("a company incorporated under the Business Corporations Act (British Columbia) (the
 * "Company")"), and the comma that closes an appositive ("Yelp! Inc., a Delaware corporation (the "Company"), with ...").
 */
const NAMED = '[^;:()]{2,300}?(?:\\([^()]{1,60}\\))?(?:\\s*\\([^()]{1,60}\\))?,?';
/** What the items' value slots may hold, where "any text" would let one swallow its neighbours. */
export const ITEM_PATTERNS: Readonly<Record<string, string>> = {
    forms: FORMS,
    'forms-plural': FORMS,
    'forms-singular': FORMS,
    'forms-plural-or': FORMS,
    'forms-any-plural': FORMS,
    'forms-and-series-or': FORMS,
    'forms-each': FORMS,
    'forms-titled': '[^;:]{2,400}?',
    // The forms listed one by one in roman numerals, each with what it is (`forms-described.ts`): the rest of the power.
    'forms-described': '\\(i\\)\\s[^]+',
    'grant-forms-singular': FORMS,
    'grant-forms-each-singular': FORMS,
    statute: '[^;:]{2,200}?',
    'capacity-as': NAMED,
    'principal-role-bare': NAMED,
    'issuer-appositive': NAMED,
    'issuer-possessive': "[^;:]{2,200}?['\u2019]s",
    venues: '[^;:]{2,400}?',
    'form-id': 'Form\\s+ID',
    'amendments-thereto': '\\s*\\(including\\s+any\\s+amendments\\s+thereto\\)',
    // An item of an enumerated grant continues its "to:" with no "to" of its own.
    to: ''
};

/** The slots that name a filing's forms, the first found is read. */
const FORM_SLOTS = ['forms', 'forms-plural', 'forms-singular', 'forms-plural-or', 'forms-any-plural', 'forms-each', 'forms-titled', 'forms-and-series-or'];

export interface ItemContext {
    /** The instrument's issuer named (or defined) by this text, its id; undefined when it is not the issuer. */
    issuerRef(text: string): string | undefined;
}

export interface RecognisedItem {
    clause: string;
    style: string;
    confidence: number;
    /**
     * The grant block's line: `file form3, form4, form5 under section16a`, `with sec, exchanges`, `edgar access`; a
     * filing that names its venues is followed by a second line, `with ... style folded`.
     */
    line: string;
    /** `phrasing <clause> style <id>` lines for the clauses composed into the item (amendments, successor forms). */
    phrasings: string[];
    /** The principal's role, where the item says "in the undersigned's capacity as an officer of ...". */
    role?: string;
    /** The SEC named by its bare abbreviation ("the SEC"), which no sentence defines: `define sec "the SEC"`. */
    bareSec?: boolean;
    /** The forms listed with a comma before the last ("Forms 3, 4, and 5"): `lists serial-comma`. */
    serialComma?: boolean;
    /** Three or more forms listed without that comma ("Forms 3, 4 and 5"): a serial comma the names take stops short of the forms (`except-forms`). */
    formsNoSerialComma?: boolean;
    /** Numbered forms of several kinds share one word ("Forms 3, 4, 5, 13D, and 13G"): `lists ... forms-one-series`. */
    formsOneSeries?: boolean;
    /** The act as the statute's citation names it, in words the catalog does not read (`act-named.ts`). */
    act?: ActNamed;
    /** The agents' possessive the item's words use ("in his discretion"): the agents' pronoun. */
    agentPossessive?: string;
}

let compiled: ComposedTemplate[] | undefined;
let compiledCommas: ComposedTemplate[] | undefined;

/** The items' styles compiled; `extraCommas`: the last pass, that forgives a comma the power adds (`literalPattern`). */
function itemTemplates(extraCommas = false): ComposedTemplate[] {
    const cached = extraCommas ? compiledCommas : compiled;
    if (cached) return cached;
    const out: ComposedTemplate[] = [];
    for (const clause of ITEM_CLAUSES) {
        for (const style of clausePhrases(clause)?.styles ?? []) {
            // A style that writes nothing (`folded`) has no item to recognise; a filing's variants word the thing
            // filed inside the securities frame, not an item of its own.
            if (!style.template.trim()) continue;
            out.push(compileComposed(clause, style.id, style.template, undefined, { caseSensitive: false, depth: 1, composed: ITEM_COMPOSED, patterns: ITEM_PATTERNS, extraCommas }));
        }
    }
    if (extraCommas) compiledCommas = out;
    else compiled = out;
    return out;
}

/** The readings of an item, the more certain first. */
function itemMatches(text: string, extraCommas: boolean): ComposedMatch[] {
    return itemTemplates(extraCommas).map((t) => ({ t, m: matchComposed(t, text, false) })).filter((x): x is { t: ComposedTemplate; m: ComposedMatch } => x.m !== undefined)
        .sort((a, b) => b.m.confidence - a.m.confidence || b.t.literalLength - a.t.literalLength).map((x) => x.m);
}

/** The style an item takes when the file names none: the enumerated grant's item style, else the clause's first. */
function defaultStyle(clause: string): string | undefined {
    return ENUMERATED_ITEM_STYLES[clause] ?? clausePhrases(clause)?.styles[0]?.id;
}

/** A listed power's own words (list marker and joining "; and" removed) as a grant item, or undefined. */
export function recogniseGrantItem(text: string, ctx: ItemContext): RecognisedItem | undefined {
    // The more certain first; of two as certain, the style with more words of its own ("classic-with-respect-to"
    // before "classic", whose slots could hold the words the other writes).
    for (const m of itemMatches(text, false)) {
        const item = itemOf(m, ctx);
        if (item) return item;
    }
    // Then a comma the power adds where the style has none ("on behalf of the undersigned, Forms 3, 4, and 5"), forgiven.
    for (const m of itemMatches(text, true)) {
        const item = itemOf(m, ctx);
        if (item) return item;
    }
    // A power joined to the appointment by its own "to" ("... as my Power of Attorney to sign ...") is given without
    // it (`joined-powers.ts`); a style that begins with that "to" reads it with the word put back.
    return /^to\s/i.test(text) ? undefined : recogniseGrantItem(`to ${text}`, ctx);
}

function itemOf(m: ComposedMatch, ctx: ItemContext): RecognisedItem | undefined {
    const item = itemLine(m, ctx);
    if (!item) return undefined;
    const bareSec = [m.slots.sec, m.slots.venues].some((t) => t !== undefined && /(?:^|,\s|\sand\s)the\s+SEC(?!\s*\()/.test(t));
    return bareSec ? { ...item, bareSec } : item;
}

function itemLine(m: ComposedMatch, ctx: ItemContext): RecognisedItem | undefined {
    const style = m.style === defaultStyle(m.clause) ? '' : ` style ${m.style}`;
    const base = { clause: m.clause, style: m.style, confidence: m.confidence, phrasings: [] as string[] };
    switch (m.clause) {
        case 'edgar-access': return { ...base, line: `edgar access${style}` };
        case 'transaction-information': return issuersKnown(m, ctx) ? { ...base, line: `transaction information${style}` } : undefined;
        case 'venues': {
            const venues = m.slots.venues === undefined ? undefined : parseVenues(m.slots.venues, ctx, base.phrasings);
            // "..., including the execution of an application for EDGAR codes on Form ID": the EDGAR access folded in.
            const access = m.slots['form-id'] !== undefined ? '\nedgar access style folded' : '';
            return venues ? { ...base, line: `with ${venues.join(', ')}${style}${access}` } : undefined;
        }
        case 'filing': return filingItem(m, ctx, base, style);
        default: return undefined;
    }
}

/** The issuer named by the item's slots, if any, is the instrument's. */
function issuersKnown(m: ComposedMatch, ctx: ItemContext): boolean {
    const s = m.slots;
    // "securities of Yahoo! Inc., in accordance with ...": the appositive's closing comma is not the issuer's.
    for (const name of ['issuer-appositive', 'issuer']) if (s[name] !== undefined && !ctx.issuerRef(s[name].replace(/,$/, ''))) return false;
    if (s['issuer-possessive'] !== undefined && !ctx.issuerRef(s['issuer-possessive'].replace(/['\u2019]s$/, ''))) return false;
    return true;
}

function filingItem(m: ComposedMatch, ctx: ItemContext, base: Omit<RecognisedItem, 'line'>, style: string): RecognisedItem | undefined {
    const s = m.slots;
    const formsText = FORM_SLOTS.map((n) => s[n]).find((v) => v !== undefined);
    let forms = formsText === undefined ? undefined : parseForms(formsText);
    if (formsText !== undefined && !forms) return undefined;
    // The forms listed one by one, each with what it is ("(i) Form ID, including ...; (ii) Form 3, ..."): the statute
    // a description cites, and the amendments that close the list.
    const described = s['forms-described'] === undefined ? undefined : readFormsDescribed(s['forms-described']);
    if (s['forms-described'] !== undefined && !described) return undefined;
    if (described) forms = described.forms;
    const cited = s.statute ?? described?.statute;
    // A style that names no statute ("all securities and related filings with the SEC, including Forms 3, 4 and 5")
    // files the forms under the statute they are filed under; one that names neither, under the statute its own words
    // cite ("... required under SEC Rule 144 ...").
    const statute = cited !== undefined ? statuteId(cited) : forms ? SEC_FORMS.find((f) => f.id === forms![0])?.statutes[0] : statuteInWords(m.clause, m.style);
    if (!statute) return undefined;
    // A style that names no forms ("any voluntary filings under Section 16(a) of the Exchange Act"): the forms filed under the statute.
    forms ??= SEC_FORMS.filter((f) => f.statutes[0] === statute).map((f) => f.id);
    if (!forms.length) return undefined;
    let role: string | undefined;
    // The renderer names one principal's role with its article ("as an officer of ..."), or without it where the style
    // says {principal-role-bare} ("as officer and/or director of ..."): a role written otherwise is read by the other style.
    const roleText = s['capacity-as'] ?? s['principal-role-bare'];
    if (roleText !== undefined) {
        if ((s['capacity-as'] !== undefined) !== /^(?:an?|the)\s/i.test(roleText.trim())) return undefined;
        role = roleOf(roleText, ctx);
        if (!role) return undefined;
    }
    if (!issuersKnown(m, ctx)) return undefined;
    const extras: string[] = [];
    const phrasings: string[] = [];
    for (const use of m.uses) {
        const which = use.clause === 'filing-amendments' ? 'amendments' : use.clause === 'filing-successor-forms' ? 'successor-forms' : undefined;
        if (!which) continue;
        extras.push(which);
        if (use.style !== clausePhrases(use.clause)?.styles[0]?.id) phrasings.push(`phrasing ${use.clause} style ${use.style}`);
    }
    if (s['amendments-thereto'] !== undefined && !extras.includes('amendments')) extras.push('amendments');
    if (described?.amendments && !extras.includes('amendments')) extras.push('amendments');
    if (described && described.style !== clausePhrases('form-description')?.styles[0]?.id) phrasings.push(`phrasing form-description style ${described.style}`);
    const including = extras.length ? ` including ${extras.join(', ')}` : '';
    // The venues the filing itself names ("... file Forms 3, 4, and 5 ... with the SEC, any national securities
    // exchanges and the Company, ..."): the venues' own item is folded into it.
    let venues = '';
    if (s.venues !== undefined) {
        const ids = parseVenues(s.venues, ctx, phrasings);
        if (!ids) return undefined;
        venues = `\nwith ${ids.join(', ')} style folded`;
    }
    const serialComma = forms.length > 2 && /,\s+(?:and|or)\s+\S+\s*$/.test(formsText!);
    const formsNoSerialComma = forms.length > 2 && !serialComma;
    // The fiscal year of the report the power is for ("... for the year ended December 31, 2002").
    const yearEnded = s['year-ended'] === undefined ? undefined : parseDate(s['year-ended'])?.iso;
    if (s['year-ended'] !== undefined && !yearEnded) return undefined;
    const year = yearEnded ? ` for year ended ${yearEnded}` : '';
    const act = s.statute !== undefined ? actNamed(s.statute, statute) : undefined;
    // A statute cited in other words than the catalog's ("Rule 144 under the Securities Act of 1933"): the citation style that words it so.
    const citing = s.statute !== undefined ? citationStyleOf(s.statute, statute) : undefined;
    if (citing) phrasings.push(`phrasing citation style ${citing}`);
    return { ...base, phrasings, ...(role ? { role } : {}), ...(serialComma ? { serialComma } : {}), ...(formsNoSerialComma ? { formsNoSerialComma } : {}), ...(act ? { act } : {}), line: `file ${forms.join(', ')} under ${statute}${including}${year}${style}${venues}` };
}

/**
 * The citation style whose words for the statute ("{statute-name} under {statute-act}", its variant for the statute or
 * for every rule) the cited text is in, where the catalog's words ("Rule 144 of ...") are not; undefined where the
 * catalog's are, or no style's are.
 */
export function citationStyleOf(cited: string, statuteId: string): string | undefined {
    const st = STATUTES.find((x) => x.id === statuteId);
    if (!st) return undefined;
    const name = st.citation.replace(/\s+(?:of|under)\s+\{act\}$/, '');
    const t = cited.replace(/\s+/g, ' ').trim();
    const words = (template: string) => new RegExp(`^${escape(template.replace(/\s+\{statute-act\}$/, '')).replace('\\{statute-name\\}', escape(name)).replace(/ /g, '\\s+')}\\s`).test(t);
    if (words(`{statute-name} ${/\sunder\s+\{act\}$/.test(st.citation) ? 'under' : 'of'} {statute-act}`)) return undefined;
    // Only a style with words of its own for this statute: one that cites it as the catalog does is not chosen for it.
    return (clausePhrases('citation')?.styles ?? []).find((style) => {
        const own = style.variants?.[statuteId] ?? (statuteId.startsWith('rule') ? style.variants?.rule : undefined);
        return own !== undefined && words(own);
    })?.id;
}

/** The statute a style's own words cite, outside its slots ("... under SEC Rule 144 ..." → rule144), when exactly one. */
function statuteInWords(clause: string, style: string): string | undefined {
    const template = clausePhrases(clause)?.styles.find((x) => x.id === style)?.template;
    if (!template) return undefined;
    const words = template.replace(/\{[^}]*\}/g, ' ');
    const cited = STATUTES.filter((st) => new RegExp(`\\b${escape(st.citation.replace(/\s+(?:of|under)\s+\{act\}$/, ''))}(?![\\w(])`).test(words));
    return cited.length === 1 ? cited[0].id : undefined;
}

/**
 * "Section 16(a) of the Securities Exchange Act of 1934" → section16a, by the statute's citation in the securities
 * catalog ("Section 16(a) of {act}"): the words before the act, however the act is named.
 */
export function statuteId(text: string): string | undefined {
    const t = text.replace(/\s+/g, ' ').trim();
    return STATUTES.map((st) => ({ id: st.id, head: st.citation.replace(/\s+(?:of|under)\s+\{act\}$/, '') }))
        .sort((a, b) => b.head.length - a.head.length)
        .find((st) => t === st.head || t.startsWith(`${st.head} of `) || t.startsWith(`${st.head} under `))?.id;
}

/** "an officer and/or director of Endeavor Group Holdings, Inc. (the "Company")" → "officer and/or director". */
export function roleOf(text: string, ctx: ItemContext): string | undefined {
    const t = text.replace(/\s+/g, ' ').trim().replace(/,$/, '');
    const article = /^an?\s+/i.exec(t);
    const body = article ? t.slice(article[0].length) : t;
    // The issuer is what follows the last " of " that starts a name the instrument knows ("a beneficial owner of
    // more than 10% of a registered class of securities of MongoDB, Inc."): tried from the left, names only.
    for (const at of [...body.matchAll(/ of /g)].map((x) => x.index!)) {
        const rest = body.slice(at + 4);
        // A class of issuers ("of any entity affiliated with ... (each, a "Company")") is named in lower case.
        if (!/^(?:the\s+)?[A-Z0-9]/.test(rest) && !namesIssuerClass(rest)) continue;
        if (ctx.issuerRef(rest)) return body.slice(0, at);
    }
    return undefined;
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The catalog's venues by name, the longest first ("any stock exchange on which any of the issuer's securities ..."). */
const NAMED_VENUES = VENUES.filter((v) => v.id !== 'sec' && v.id !== 'company')
    .map((v) => ({ id: v.id, re: new RegExp(`^${escape(v.name).replace(/ /g, '\\s+').replace(/the\\s\+issuer's/, "[^,;]+?['\u2019]s")}`, 'i'), length: v.name.length }))
    .sort((a, b) => b.length - a.length);

/**
 * The catalog's venues that are proper names ("The Nasdaq Stock Market LLC", "the New York Stock Exchange"), as a
 * document may name them without the article's capital or the legal form ("the Nasdaq Stock Market"): the name's
 * core, in its own capitals.
 */
const PROPER_VENUES = VENUES.map((v) => ({ id: v.id, core: v.name.replace(/^the\s+/i, '').replace(/,?\s+(?:LLC|Inc\.)$/, '') }))
    .filter((v) => /^[A-Z]/.test(v.core) && v.id !== 'sec')
    .map((v) => ({ id: v.id, re: new RegExp(`^(?:[Tt]he\\s+)?${escape(v.core).replace(/ /g, '\\s+')}(?:,?\\s+(?:LLC|Inc\\.))?(?![\\w-])`) }));

/** The SEC as the venues name it, with the definition the renderer may give it at first use. */
const SEC_NAME = /^(?:the\s+)?(?:United\s+States\s+|U\.S\.\s+)?(?:Securities\s+and\s+Exchange\s+Commission|SEC)(?:\s*\((?:the\s+)?["\u201c](?:SEC|Commission)["\u201d]\))?/;

/**
 * "the SEC and any stock exchange or similar authority" → sec, exchanges; the issuer named is `company`. A venue worded
 * in a style of its own ("such other person or agency as the attorney shall deem appropriate") adds its `phrasing`
 * line to `phrasings`, when the whole text is read. Given `definitions`, a venue that is a proper name written otherwise
 * than the catalog's ("the Nasdaq Stock Market") is read too, and its words added there, to be defined as written.
 */
export function parseVenues(text: string, ctx: ItemContext, phrasings?: string[], definitions?: { id: string; meaning: string; text: string }[]): string[] | undefined {
    let rest = text.replace(/\s+/g, ' ').trim();
    const ids: string[] = [];
    const styled: string[] = [];
    const asWritten: { id: string; meaning: string; text: string }[] = [];
    while (rest) {
        if (ids.length) {
            const sep = /^(?:,\s*(?:and\s+|or\s+)?|\s*(?:and|or)\s+)/.exec(rest);
            if (!sep) return undefined;
            rest = rest.slice(sep[0].length);
        }
        const sec = SEC_NAME.exec(rest);
        const named = sec ? undefined : NAMED_VENUES.find((v) => v.re.test(rest));
        const other = sec || named ? undefined : readOtherAgency(rest);
        const properRead = sec || named || other || !definitions ? undefined : PROPER_VENUES.map((v) => ({ id: v.id, m: v.re.exec(rest) })).find((v) => v.m);
        const proper = properRead?.m ? { id: properRead.id, words: properRead.m[0] } : undefined;
        if (other) {
            ids.push('otherAgencies');
            styled.push(`phrasing other-agency style ${other.style}`);
            rest = rest.slice(other.length);
        } else if (sec) {
            ids.push('sec');
            rest = rest.slice(sec[0].length);
        } else if (named) {
            ids.push(named.id);
            rest = rest.slice(named.re.exec(rest)![0].length);
        } else if (proper) {
            // A venue named in words of the document's own ("the Nasdaq Stock Market"): defined so, when the caller writes definitions.
            ids.push(proper.id);
            asWritten.push({ id: proper.id, meaning: proper.words, text: proper.words });
            rest = rest.slice(proper.words.length);
        } else {
            // The issuer, by its name or defined term, up to the next separator.
            const issuer = /^[^,;]+?(?=,\s|\s+and\s|\s+or\s|$)/.exec(rest);
            if (!issuer || !ctx.issuerRef(issuer[0].trim())) return undefined;
            ids.push('company');
            rest = rest.slice(issuer[0].length);
        }
        rest = rest.trim();
    }
    if (ids.length) for (const line of styled) if (!phrasings?.includes(line)) phrasings?.push(line);
    if (ids.length) for (const t of asWritten) if (!definitions?.some((n) => n.id === t.id)) definitions?.push(t);
    return ids.length ? ids : undefined;
}

/** "1", "2", ...; "a", "b", ...: the n-th marker of a list numbered or lettered as its first is. */
function nthMarker(first: string, n: number): string {
    if (first === 'i') return ROMAN[n] ?? '';
    return /^\d+$/.test(first) ? String(Number(first) + n) : String.fromCharCode(first.charCodeAt(0) + n);
}
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * The powers listed in the grant's own sentence ("... attorney-in-fact to: (1) execute ...; (2) do and perform ...;
 * and (3) take any other action ..."), each with its list marker and the words that join it to the next, so that
 * the pieces joined again are the text; undefined unless the text is such a list from its first word, its markers
 * in order ("(1)", "(2)", ..., "(a)", "(b)", ... or "(i)", "(ii)", ...), each after a semicolon or "and" ("Section 16(a)" is no marker).
 */
export function splitInlineItems(text: string): string[] | undefined {
    const t = text.trim();
    const first = /^\((1|a|i)\)\s/.exec(t);
    if (!first) return undefined;
    const starts = [0];
    const marker = /(?:;|\band|\bor)\s+\((\d{1,2}|[a-z]|[ivx]{2,5})\)\s/g;
    for (let m = marker.exec(t); m; m = marker.exec(t)) {
        if (m[1] !== nthMarker(first[1], starts.length)) continue;
        starts.push(m.index + m[0].indexOf('('));
    }
    if (starts.length < 2) return undefined;
    return starts.map((at, i) => t.slice(at, starts[i + 1] ?? t.length).trim());
}
