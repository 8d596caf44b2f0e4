/**
 * The signature-page power of reports and registration statements: one sentence in which "each person whose
 * signature appears below" appoints the agents, gives one filing power, and often the incidental authority and
 * the ratification ("..., to sign any amendments to this Annual Report on Form 10-K, ..., granting unto said
 * attorneys-in-fact ..., hereby ratifying and confirming ..."). The sentence is read in three parts, each against
 * the phrasebook's own styles (no list of phrasings here): the appointment (`appointment`, its opening, agent mode
 * and substitution composed into it), the filing (`filing`), then what follows it, the incidental authority
 * (`incidental-authority`) and the ratification (`ratification`), as the grant style `one-sentence` or
 * `infinitives` composes them.
 */
import { SEC_FORMS } from '../catalog/securities-catalog.js';
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, ComposedRecogniser, type ComposedMatch } from './composed-template.js';
import { isDefaultStyle } from './phrasebook-templates.js';
import { parseVenues, type ItemContext } from './grant-recogniser.js';
import { parseRegisteredSecurities } from './registered-securities.js';
import { parseForms, parseNames } from './slot-parsers.js';
import type { TemplateMatch } from './template-compiler.js';

let appointments: ComposedRecogniser | undefined;
let filings: ComposedRecogniser | undefined;
let incidental: ComposedRecogniser | undefined;
let ratifications: ComposedRecogniser | undefined;

/**
 * The appointment's words longer than this are not tried: matching every style of the appointment costs time that grows
 * with its length (about a second at 1,500 characters, two at 2,000). The rest of the sentence (the filing, the incidental
 * authority, the ratification) is matched first, which is cheap, so the appointment is tried only where a filing begins.
 */
const MAX_APPOINTMENT_LENGTH = 2000;

/**
 * The filing's words, and the incidental authority and ratification after it, longer than this are not tried: the
 * filing's styles are tried at each comma, and the tail's at each comma after that, a cost that grows with the square
 * of their length. The longest of each in the corpus is under 700 characters.
 */
const MAX_PART_LENGTH = 1500;

/** Sentences longer than this are not tried at all: no appointment, filing and tail within the limits above fills them. */
const MAX_LENGTH = MAX_APPOINTMENT_LENGTH + 2 * MAX_PART_LENGTH;

/** The appointment's opening styles that speak for the persons who sign the page, not for one named principal. */
export const SIGNATORY_OPENINGS = new Set(['each-person-below', 'each-person-below-plain', 'each-of-the-undersigned', 'each-person-below-men', 'named-signatories', 'named-signatories-does', 'contemplates-filing']);

export interface SignaturePageMatch extends TemplateMatch {
    /** The appointment's readings, the more certain first. */
    alternatives: TemplateMatch[];
    filing: ComposedMatch;
    /** The filing's words as written. */
    filingText: string;
    incidental?: ComposedMatch;
    ratification?: ComposedMatch;
}

/**
 * The signatory openings compiled as patterns of a sentence's beginning: a cheap test before the appointment's
 * styles are tried at each place the filing may begin. A name that is one principal ("the undersigned", "I") is
 * not the signatories.
 */
let openingPrefixes: { regex: RegExp; name?: string }[] | undefined;
function opensForSignatories(text: string, strictName = false): boolean {
    openingPrefixes ??= (clausePhrases('opening')?.styles ?? []).filter((st) => SIGNATORY_OPENINGS.has(st.id)).map((st) => {
        const compiled = compileComposed('opening', st.id, st.template, undefined, { caseSensitive: false });
        const at = compiled.groups.findIndex((g) => g.kind === 'slot' && g.name === 'principal-name');
        return { regex: new RegExp(compiled.regex.source.replace(/\\s\*\$$/, ''), compiled.regex.flags), ...(at >= 0 ? { name: `g${at}` } : {}) };
    });
    return openingPrefixes.some((o) => {
        const m = o.regex.exec(text);
        const name = o.name ? m?.groups?.[o.name] : undefined;
        // Strictly, nor is one that begins so ("The undersigned, as Co-Trustees of the ... Trust, do hereby ...").
        const one = strictName ? /^(?:the\s+undersigned|I|we)\b/i : /^(?:the\s+undersigned|I|we)$/i;
        return m !== null && !(name !== undefined && one.test(name.trim()));
    });
}

/**
 * True when a sentence opens as a signature-page power does, speaking for the persons who sign the page ("KNOW ALL MEN
 * BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints ..."): such a power is
 * signed by the report's or registration statement's own signatures, even when its sentence is kept as written.
 */
export function speaksForSignatories(sentence: string): boolean {
    return opensForSignatories(sentence.trim(), true);
}

/** A name that is one principal, or begins as one ("The undersigned, as Co-Trustees of ..."). */
const ONE_PRINCIPAL = /^(?:the\s+undersigned|I|we)\b/i;

/**
 * An appointment's reading whose opening speaks for the persons who sign (not one principal its name slot calls "the
 * undersigned": "the undersigned does hereby constitute and appoint") and whose agents are names.
 */
function speaksForTheSigners(a: ComposedMatch): boolean {
    const name = a.slots['principal-name'];
    return a.uses.some((u) => u.clause === 'opening' && SIGNATORY_OPENINGS.has(u.style)) && !(name !== undefined && ONE_PRINCIPAL.test(name.trim())) && namesAgents(a.slots.agents);
}

/** A person's name as a signature page prints it: capitalised words, initials and a suffix ("Mark A. Prygocki, Sr."). */
const PERSON_NAME = /^[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,5}$/;

/** The agents' slot holds names alone (not the rest of an appointment a shorter style left to it). */
function namesAgents(agents: string | undefined): boolean {
    const names = agents === undefined ? undefined : parseNames(agents);
    return Boolean(names?.length && names.every((n) => PERSON_NAME.test(n)));
}

/** Offsets in `text` where a part may begin: after ", " or " " and before "to " (the filing's infinitive). */
function infinitiveStarts(text: string): number[] {
    const out: number[] = [];
    const re = /(?:,\s+|\s+)(?=to\s)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
    return out;
}

/** Offsets of ", " in `text`: where the incidental authority or the ratification may begin. */
function commaStarts(text: string): number[] {
    const out: number[] = [];
    const re = /,\s+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
    return out;
}

/**
 * Of the styles that fit, the one whose own words account for most of the text (the fewest characters left to its
 * slots): a short style with free slots ("to sign and file {forms-plural}...") fits nearly anything.
 */
function closest(matches: readonly ComposedMatch[]): ComposedMatch | undefined {
    return [...matches].sort((a, b) => b.confidence - a.confidence || freeChars(a) - freeChars(b))[0];
}

/** The characters a match leaves to its slots. */
function freeChars(m: ComposedMatch): number {
    return Object.values(m.slots).reduce((n, v) => n + v.length, 0);
}

/** The incidental authority and the ratification that follow the filing: ", {incidental-authority}[, {ratification}]" or ", {ratification}". */
function readTail(rest: string): { incidental?: ComposedMatch; ratification?: ComposedMatch } | undefined {
    const body = rest.replace(/^,\s+/, '').replace(/\s*\.\s*$/, '');
    if (!body) return {};
    const ratification = (ratifications ??= new ComposedRecogniser(['ratification'])).match(body);
    if (ratification) return { ratification };
    incidental ??= new ComposedRecogniser(['incidental-authority']);
    const whole = incidental.match(body);
    if (whole) return { incidental: whole };
    for (const at of commaStarts(body)) {
        const ia = incidental.match(body.slice(0, at));
        if (!ia) continue;
        const r = ratifications.match(body.slice(at).replace(/^,\s+/, ''));
        if (r) return { incidental: ia, ratification: r };
    }
    return undefined;
}

/**
 * The sentence read as a signature-page power, or undefined. The appointment must use an opening that speaks for
 * the signatories; the filing must be one style of `filing` whole.
 */
export function recogniseSignaturePage(sentence: string): SignaturePageMatch | undefined {
    const text = sentence.trim();
    if (text.length > MAX_LENGTH || !/\bto\s/.test(text) || !opensForSignatories(text)) return undefined;
    appointments ??= new ComposedRecogniser(['appointment']);
    for (const start of infinitiveStarts(text)) {
        if (start > MAX_APPOINTMENT_LENGTH) break;
        // The filing and what follows it first (cheap), then the appointment before it (costly), only where a filing begins.
        const rest = text.slice(start).replace(/^,?\s+/, '');
        if (rest.length > 2 * MAX_PART_LENGTH) continue;
        const after = readAfterAppointment(rest);
        if (!after) continue;
        const head = text.slice(0, start).replace(/,$/, '');
        const readings = appointments.matchAll(head).filter((a) => speaksForTheSigners(a));
        if (!readings.length) continue;
        const confidence = Math.min(readings[0].confidence, after.filing.confidence, after.incidental?.confidence ?? 1, after.ratification?.confidence ?? 1);
        return { clause: 'grant', style: 'signature-page', slots: {}, confidence, alternatives: readings, ...after };
    }
    return undefined;
}

/**
 * The filing and the incidental authority and ratification after it, in the words after the appointment. The filing
 * ends where the incidental authority or the ratification begins (or at the sentence's end): of the readings, the one
 * whose filing style's own words account for most of its text.
 */
function readAfterAppointment(rest: string): Pick<SignaturePageMatch, 'filing' | 'filingText' | 'incidental' | 'ratification'> | undefined {
    filings ??= new ComposedRecogniser(['filing']);
    let found: Pick<SignaturePageMatch, 'filing' | 'filingText' | 'incidental' | 'ratification'> | undefined;
    let foundFree = Infinity;
    for (const end of [...commaStarts(rest), rest.replace(/\s*\.\s*$/, '').length]) {
        if (end > MAX_PART_LENGTH) break;
        if (rest.length - end > MAX_PART_LENGTH) continue;
        const filing = closest(filings.matchAll(rest.slice(0, end)));
        if (!filing || freeChars(filing) >= foundFree) continue;
        const tail = readTail(rest.slice(end));
        if (!tail) continue;
        found = { filing, filingText: rest.slice(0, end), ...tail };
        foundFree = freeChars(filing);
    }
    return found;
}

/**
 * The grant's `file` line for the filing a signature-page power gives: its forms as the style names them, filed
 * under the statute the securities catalog gives the form (Form 10-K under Section 13(a), a registration statement
 * under the Securities Act), in the filing's style. Undefined when the forms are not the catalog's.
 */
export function signaturePageFilingLine(m: SignaturePageMatch, registering = ''): string | undefined {
    const filing = m.filing;
    // A style that names no form speaks of "this registration statement": the power is in the registration statement itself.
    // "the S-8 registration statements indicated on Schedule A": the forms by their codes.
    const codes = filing.slots['form-codes'];
    const forms = codes !== undefined ? formIds(codes.split(/\s*(?:,|\band\b|\bor\b)\s*/).filter(Boolean).map((c) => `Form ${c}`).join(', '))
        : filing.slots.forms === undefined ? (/\bthis registration statement\b/i.test(m.filingText) ? ['registrationStatement'] : undefined) : formIds(filing.slots.forms);
    if (!forms) return undefined;
    const statutes = new Set(forms.map((id) => SEC_FORMS.find((f) => f.id === id)?.statutes[0]));
    if (statutes.size !== 1) return undefined;
    const [statute] = statutes;
    if (!statute) return undefined;
    // A registration statement's power is to sign its amendments (each registration style speaks of them).
    const including = statute === 'registration' ? ' including amendments' : '';
    const style = isDefaultStyle('filing', filing.style) ? '' : ` style ${filing.style}`;
    return `file ${forms.join(', ')} under ${statute}${including}${registering}${style}`;
}

/**
 * What the grant's `file` line and the lines after it add for a signature-page power: the securities the opening says
 * the registration statement registers (` registering "...", ...`) and the venues the filing names beside the SEC
 * (`with nyse style folded`). Undefined when either is there and does not read.
 */
export function signaturePageExtras(securities: string | undefined, venues: string | undefined, ctx: ItemContext, quote: (s: string) => string): { registering: string; venues: string[] } | undefined {
    const listed = securities === undefined ? [] : parseRegisteredSecurities(securities);
    const ids = venues === undefined ? [] : parseVenues(venues, ctx);
    if (!listed || !ids) return undefined;
    return { registering: listed.length ? ` registering ${listed.map(quote).join(', ')}` : '', venues: ids.length ? [`with ${ids.join(', ')} style folded`] : [] };
}

/** The catalog's forms a filing names ("Form 10-K", "Form S-3"), by the catalog's own names, or as `parseForms` reads them. */
function formIds(text: string): string[] | undefined {
    const named = SEC_FORMS.filter((f) => f.id !== 'registrationStatement' && new RegExp(`(?:^|\\s)${f.name.replace(/[-]/g, '\\-').replace(/\s+/g, '\\s+')}(?![\\w-])`).test(text));
    return named.length ? named.map((f) => f.id) : parseForms(text);
}

/** The grant style that composes what the sentence has after its filing (`one-sentence` when it grants incidental authority). */
export function signaturePageGrantStyle(m: SignaturePageMatch): string | undefined {
    const style = m.incidental ? 'one-sentence' : 'infinitives';
    return isDefaultStyle('grant', style) ? undefined : style;
}

/**
 * Who signs, in the opening's own words: "KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature
 * appears below constitutes and appoints" → "Each person whose signature appears below".
 */
export function signatoriesName(reading: TemplateMatch): string | undefined {
    if (reading.slots['principal-name']) return reading.slots['principal-name'];
    const opening = reading.uses?.find((u) => u.clause === 'opening')?.text;
    const name = opening?.replace(/^[^]*?\bPRESENTS,?\s+that\s+/i, '').replace(/,?\s+(?:hereby\s+)?(?:severally\s+)?(?:constitutes?|appoints?|authorizes?)\b[^]*$/, '').trim();
    return name ? name[0].toUpperCase() + name.slice(1) : undefined;
}
