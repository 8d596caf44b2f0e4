/**
 * A notary's certificate in the words of a phrasebook `notary` style (`before-me-personally-appeared`: "Before me,
 * the undersigned, a notary public within and for the County of ... in the State of ..., personally appeared ... and
 * acknowledged the execution of the foregoing power of attorney." and "Witness my hand and notarial seal this ... day
 * of ..."). Each line of a style's template is a sentence of its own, read as the clause `notary` with the style and
 * the line as its variant (`line1`, `line2`); the county, state and date are values or blanks to fill. The phrasings
 * are the phrasebook's: a style added there is read with no change here.
 */
import { phrasebookTemplates } from './phrasebook-templates.js';
import type { PhraseTemplate, TemplateMatch } from './template-compiler.js';
import { createRecogniser, type Recogniser } from './recogniser.js';
import { parseDate } from './slot-parsers.js';
import { quote } from './recognise-document.js';

/** Every line of each notary style that words the certificate itself (the default's is drawn by the renderer). */
function certificateLines(): PhraseTemplate[] {
    return phrasebookTemplates(['notary']).filter((t) => !t.variant)
        .flatMap((t) => t.template.split('\n').map((line, i) => ({ clause: 'notary', style: t.style, variant: `line${i + 1}`, template: line })));
}

/** A line of nothing but slots (the notary's signature, the notary's name): it would match any line alone. */
const SLOTS_ONLY = /^(?:\s*\{[^}]+\})+\s*$/;

/** The lines of the notary styles that have words of their own, read wherever they stand. */
export function notaryLineTemplates(): PhraseTemplate[] {
    return certificateLines().filter((t) => !SLOTS_ONLY.test(t.template));
}

let signingRecogniser: Recogniser | undefined;

/**
 * A line of a certificate's style that holds only slots ("/s/Christine Welch", "Christine Welch" under "Dated: ..."),
 * read only under a certificate of that style already read, never alone.
 */
export function notarySigningLine(text: string, style: string): TemplateMatch | undefined {
    signingRecogniser ??= createRecogniser(certificateLines().filter((t) => SLOTS_ONLY.test(t.template)), NOTARY_SLOT_PATTERNS);
    return signingRecogniser.match(text, (t) => t.style === style);
}

/** What the certificate's slots hold: a place's name or a blank, a person or a blank, a dating (its year may be a blank). */
export const NOTARY_SLOT_PATTERNS = {
    'notary-county': '_{3,}|[A-Z][^,]{0,60}?',
    'notary-state': '_{3,}|[A-Z][^,]{0,60}?',
    'notary-appeared': '[^]{1,200}?',
    'notary-date': '[^]{1,60}?(?:\\d{4}|\\d*_{2,})',
    'notary-plain-date': '[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4}|_{3,}[^]{0,12}?',
    // The signer's pronoun in the third person ("he signed this instrument as his free and voluntary act").
    'notary-pronoun': 'he or she|he|she|they|it',
    'notary-possessive': 'his or her|his|her|their|its',
    // The notary's conformed signature, and the notary's name under it.
    'notary-signature': '/s/\\s*[A-Z][^/]{1,60}',
    'notary-name': "[A-Z][A-Za-z.,' -]{1,60}"
} as const;

/** A place or a blank: `blank 12` for "____________", else the quoted name. */
export function placeValue(text: string): string {
    const blank = /^_{3,}$/.exec(text.trim());
    return blank ? `blank ${blank[0].length}` : quote(text.trim());
}

/** The certificate's date: a date, or a blank as wide as its first blank ("this ______ day of ______, 199__" is `blank 6 "199__"`). */
export function certificateDate(text: string): string | undefined {
    const date = parseDate(text)?.iso;
    if (date) return date;
    const blank = /_{3,}/.exec(text);
    if (!blank || /\d{4}/.test(text)) return undefined;
    // A year printed in part before its blank ("199__") is kept as the blank's caption, which prints as the year.
    const year = /,\s*(\d{1,3}_+)\s*\.?$/.exec(text)?.[1];
    return `blank ${blank[0].length}${year ? ` ${quote(year)}` : ''}`;
}
