/**
 * The sentences of supersession, the term and revocation, recognised from the
 * phrasebook (`phrasebook/term.ts`, `other-clauses.ts`). The renderer
 * (`render/wording/duration-wording.ts`) joins the phrases of supersession, the
 * term's start and its end into one sentence: "{term-frame}A, shall B, and shall
 * C{revocation-frame}."; the frames below are that joining, each part a
 * composed slot expanded into its clause's styles. The sentences that stand
 * alone (supersession's `nothing` and the styles worded as sentences, the
 * springing start, durability, revocation `alone`, the confirming statement the
 * renderer prints in the term's paragraph) are those clauses' own
 * styles whose words begin a sentence.
 */
import { findStyle, isSentenceTemplate, styleTemplate } from '../phrasebook/index.js';
import type { StyleUse } from './composed-template.js';
import { parseDate, parseNames } from './slot-parsers.js';

/** The predicates of the term's sentence, in the renderer's order. */
const PREDICATES = ['{supersession}', '{term-start}', '{term-end}'];

/**
 * The term's sentence for each set of predicates it may have, joined as the renderer joins them; the revocation
 * frame follows only a term that ends by itself. Recognised as the style `sentence` of the clause `term`.
 */
export const TERM_FRAMES: readonly { clause: string; style: string; template: string }[] = [1, 2, 3, 4, 5, 6, 7].map((bits) => {
    const parts = PREDICATES.filter((_, i) => (bits >> (2 - i)) & 1);
    const joined = parts.map((p, i) => (i === 0 ? p : `${i === parts.length - 1 ? ', and shall ' : ', shall '}${p}`)).join('');
    // An agent's departure worded as the sentence's continuation (", except that in respect of ...") ends it.
    return { clause: 'term', style: 'sentence', template: `{term-frame}${joined}${parts.includes('{term-end}') ? '[{revocation-frame}]' : ''}[{agent-departure}].` };
});

/** The clauses whose styles worded as sentences are recognised as sentences of their own. */
export const TERM_SENTENCE_CLAUSES = ['supersession', 'term-start', 'durability', 'revocation-frame', 'confirming-statement', 'agent-departure'];

/** Whether a style (or its variant) is worded as a sentence of its own ("This {instrument} ..."), not a predicate. */
export function isSentenceForm(clause: string, style: string, variant?: string): boolean {
    const found = findStyle(clause, style);
    return found !== undefined && isSentenceTemplate(styleTemplate(found, variant));
}

/**
 * The supersession a use of the phrasebook's `supersession` says, as the `.poa` line; `issuer` resolves the issuer
 * the words name (undefined: one the instrument does not know).
 */
export function supersessionLine(use: StyleUse, slots: Record<string, string>, issuer: (text: string) => string | undefined): string | undefined {
    if (use.variant === 'nothing') return 'supersedes nothing';
    if (use.variant === 'date' || use.variant === 'dates') {
        // "June 1, 2019", or several: "June 1, 2019 and May 4, 2020" (a date's own comma does not part it).
        const text = slots['superseded-dates'] ?? '';
        const dates = (parseDate(text) ? [text] : parseNames(text) ?? []).map((d) => parseDate(d)?.iso);
        return dates.length && dates.every(Boolean) ? `supersedes instrument dated ${dates.join(', ')}` : undefined;
    }
    // {prior-what}: "powers of attorney" or "authorizations"; a style worded as a sentence speaks of powers.
    const what = slots['prior-what'] === undefined || /^powers/i.test(slots['prior-what']) ? 'powers' : 'authorizations';
    // The issuer as the clause names it, or by its name alone inside the prior instrument's title ({superseded-issuer-name}).
    const issuerText = slots['superseded-issuer'] ?? slots['superseded-issuer-name'];
    const id = issuerText ? issuer(issuerText) : undefined;
    if (issuerText && !id) return undefined;
    return `supersedes all prior ${what}${id ? ` for ${id} securities` : ''}${revokes(use) ? ' revoking them' : ''}`;
}

/**
 * Whether a supersession's words revoke the prior powers: its `all-revoking` variant, or a style whose own words are
 * that variant's ("I revoke my prior ..."), which the file then says with `revoking them`.
 */
function revokes(use: StyleUse): boolean {
    if (use.variant === 'all-revoking') return true;
    const style = findStyle(use.clause, use.style);
    const revoking = style?.variants?.['all-revoking'];
    return use.variant === undefined && revoking !== undefined && revoking === style?.template;
}

/** The start a use of `term-start` says (`starts on 2020-01-01`, `starts immediately`). */
export function termStartLine(use: StyleUse, slots: Record<string, string>): string | undefined {
    if (use.variant === 'immediately') return 'starts immediately';
    if (use.variant !== undefined) return undefined;
    const d = parseDate(slots['start-date'] ?? '');
    return d ? `starts on ${d.iso}` : undefined;
}

/** The springing start's determination (`determined by physician`), from the use of the phrasebook's `determination`. */
export function determinationWords(uses: readonly StyleUse[], slots: Record<string, string>): string | undefined {
    const use = uses.find((u) => u.clause === 'determination');
    if (!use) return '';
    if (use.variant) return ` determined by ${use.variant}`;
    const description = slots['determination-description'];
    return description ? ` determined by "${description.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : undefined;
}
