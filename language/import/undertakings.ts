/**
 * The undertakings of a director and officer questionnaire that holds a power of attorney ("I understand that the
 * information I am furnishing ...", "If I am a nominee for Director, ...", "... I shall tender my resignation ...",
 * "... I shall advise the Chairman of the Board ..."): each sentence is read against the variants of the phrasebook's
 * `undertaking` styles (no list of phrasings here), and the variant that reads it whole is its keyword in
 * `undertakings { ... }`. The values its slots hold (the issuer, the report's forms and fiscal year) are the
 * instrument's, so the caller checks the issuer and the rendering checks the rest.
 */
import { compileClause, matchComposed, type ComposedMatch, type ComposedTemplate } from './composed-template.js';

let compiled: ComposedTemplate[] | undefined;

/** The undertaking a sentence states, with its style, variant (the keyword) and slots; undefined when none reads it whole. */
export function recogniseUndertaking(sentence: string): (ComposedMatch & { variant: string }) | undefined {
    compiled ??= compileClause('undertaking', { caseSensitive: false });
    const text = sentence.trim();
    for (const c of compiled) {
        if (!c.variant) continue;
        const m = matchComposed(c, text, false);
        if (m) return { ...m, variant: c.variant };
    }
    return undefined;
}
