/**
 * A filing's forms listed one by one, each with what it is, as the `{forms-described}` slot of a filing style renders
 * them ("(i) Form ID, including any attached documents ...; (ii) Form 3, Initial Statement of Beneficial Ownership of
 * Securities, including any attached documents; ... (v) Schedules 13D and 13G; and (vi) amendments of each thereof,
 * ..."): a sub-list numbered in roman numerals inside one listed power. Each item is read against the variants of the
 * phrasebook's `form-description` styles (a variant named by a form's id describes that form; `amendments` closes the
 * list); an item no variant reads is forms named plainly ("Schedules 13D and 13G"). Nothing here lists a phrasing.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template-compiler.js';
import { parseForms } from './slot-parsers.js';
import { splitInlineItems } from './grant-recogniser.js';

export interface FormsDescribed {
    /** The forms, as the language's ids, in the order listed. */
    forms: string[];
    /** The list closes with the amendments of each form. */
    amendments: boolean;
    /** The statute a description cites (`{statute}`, "Section 16(a) of the Securities Exchange Act of 1934, as amended"), as written. */
    statute?: string;
    /** The `form-description` style every described item is read by. */
    style: string;
}

/** What a description's value slots may hold: a phrase, never a neighbouring item. */
const PATTERNS: Readonly<Record<string, string>> = {
    object: "the\\s+undersigned|me|him|her|us|them|it",
    sec: '[^;:]{2,120}?',
    statute: '[^;:]{2,200}?',
    act1934: '[^;:]{2,160}?'
};

let compiled: CompiledTemplate[] | undefined;

function descriptions(): CompiledTemplate[] {
    compiled ??= (clausePhrases('form-description')?.styles ?? []).flatMap((style) =>
        Object.entries(style.variants ?? {}).map(([variant, template]) => compileTemplate({ clause: 'form-description', style: style.id, variant, template }, PATTERNS)));
    return compiled;
}

/** The list's items read, or undefined when it is no such list or an item is neither a described form nor forms named plainly. */
export function readFormsDescribed(text: string): FormsDescribed | undefined {
    const items = splitInlineItems(text.trim());
    if (!items || !/^\(i\)\s/.test(items[0])) return undefined;
    const forms: string[] = [];
    let amendments = false;
    let statute: string | undefined;
    let style: string | undefined;
    for (const [i, raw] of items.entries()) {
        // The item's own words: its marker and the "; and" that joins it to the next removed.
        const own = raw.replace(/^\([ivx]+\)\s+/, '').replace(/\s*;\s*(?:and|or)?\s*$/, '').replace(/[;.]$/, '').trim();
        if (amendments) return undefined;
        const described = descriptions().map((t) => matchTemplate(t, own)).find((m) => m !== undefined);
        if (described) {
            if (style !== undefined && described.style !== style) return undefined;
            style = described.style;
            if (described.variant === 'amendments') {
                if (i !== items.length - 1) return undefined;
                amendments = true;
                continue;
            }
            if (described.slots.statute !== undefined) {
                const cited = described.slots.statute.replace(/,$/, '');
                if (statute !== undefined && cited !== statute) return undefined;
                statute = cited;
            }
            forms.push(described.variant!);
            continue;
        }
        // Forms the style does not describe, named plainly and nothing else ("Schedules 13D and 13G").
        const plain = parseForms(own);
        if (!plain || !/^(?:Forms?|Schedules?)\s+[\w\s,-]+$/i.test(own)) return undefined;
        forms.push(...plain);
    }
    if (!style || !forms.length) return undefined;
    return { forms: [...new Set(forms)], amendments, style, ...(statute !== undefined ? { statute } : {}) };
}
