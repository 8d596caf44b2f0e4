/**
 * A listed power worded whole by a securities-power style that names every filing of the grant in one slot, each
 * form "as required under" its statute and the act once ("2. sign any and all SEC statements of beneficial ownership
 * of securities of Founder SPAC (the "Company") on Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as
 * required under Section 16(a) of the Securities Exchange Act of 1934, as amended, and any amendments thereto, and to
 * file the same ... with the SEC, the Company and any stock exchange ..., granting unto said attorneys-in-fact and
 * agents ..."): one `file` line per statute, the venues it names folded into it (`with sec, company, listingExchanges
 * style folded`) and the securities-power style. The phrasing is the phrasebook's own: every securities-power style
 * whose words hold `{forms-as-required}` is compiled; nothing here lists a phrasing.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedTemplate } from './composed-template.js';
import { FORMS, ITEM_PATTERNS, parseVenues, statuteId, type ItemContext, type RecognisedItem } from './grant-recogniser.js';
import { parseForms } from './slot-parsers.js';

/** The slot that names the filings with their statutes, which this recogniser reads. */
const SLOT = 'forms-as-required';

/** A name with at most its definition ('Founder SPAC (the "Company")'). */
const NAMED = '[^;:()]{2,200}?(?:\\([^()]{1,60}\\))?';

const PATTERNS: Readonly<Record<string, string>> = {
    ...ITEM_PATTERNS,
    // Begins with the forms, so that the words before it ("... of {issuer} on ...") do not end inside a name ("Acquisition").
    [SLOT]: '(?=(?:SEC\\s+)?(?:Forms?|Schedules?)\\s)[^;:]{2,400}?',
    issuer: NAMED,
    'sec-adjective': '(?:SEC|Commission)',
    'statutes-said': '[^;:,]{2,120}?'
};

let compiled: ComposedTemplate[] | undefined;

function templates(): ComposedTemplate[] {
    compiled ??= (clausePhrases('securities-power')?.styles ?? []).filter((style) => style.template.includes(`{${SLOT}}`))
        .map((style) => compileComposed('securities-power', style.id, style.template, undefined, { caseSensitive: false, depth: 1, patterns: PATTERNS }));
    return compiled;
}

/**
 * "Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the Securities
 * Exchange Act of 1934, as amended" → the filings, each under its statute; the act is named once, after the last.
 */
export function readFormsAsRequired(text: string): { forms: string[]; statute: string }[] | undefined {
    const parts = text.replace(/\s+/g, ' ').trim().split(/,?\s+and\s+(?=(?:SEC\s+)?(?:Forms?|Schedules?)\s)/);
    const filings: { forms: string[]; statute: string }[] = [];
    for (const part of parts) {
        const m = new RegExp(`^(${FORMS})\\s+as\\s+required\\s+(?:under|by)\\s+(.+)$`, 'i').exec(part);
        const forms = m ? parseForms(m[1]) : undefined;
        const statute = m ? statuteId(m[2]) : undefined;
        if (!forms || !statute) return undefined;
        filings.push({ forms, statute });
    }
    return filings.length ? filings : undefined;
}

/** A listed power's own words as a securities-power style that words every filing in one phrase, or undefined. */
export function recogniseWholeSecuritiesPower(text: string, ctx: ItemContext): RecognisedItem | undefined {
    for (const t of templates()) {
        const m = matchComposed(t, text, false) ?? (/^to\s/i.test(text) ? undefined : matchComposed(t, `to ${text}`, false));
        const s = m?.slots;
        if (!m || !s || s[SLOT] === undefined) continue;
        const filings = readFormsAsRequired(s[SLOT]);
        if (!filings) continue;
        if (s.issuer !== undefined && !ctx.issuerRef(s.issuer.trim())) continue;
        const venuePhrasings: string[] = [];
        const venues = s.venues === undefined ? undefined : parseVenues(s.venues, ctx, venuePhrasings);
        if (s.venues !== undefined && !venues) continue;
        const lines = filings.map((f) => `file ${f.forms.join(', ')} under ${f.statute}`);
        if (venues) lines.push(`with ${venues.join(', ')} style folded`);
        return {
            clause: 'securities-power', style: t.style, confidence: m.confidence, line: lines.join('\n'),
            phrasings: [`phrasing securities-power style ${t.style}`, ...venuePhrasings]
        };
    }
    return undefined;
}
