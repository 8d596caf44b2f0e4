/**
 * A power that names the forms of every filing together, then their statutes together, in the words of a
 * securities-power style with `{grant-forms}` and `{grant-statutes}` ("complete and execute such Forms 144, Form ID,
 * Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in his or her discretion determine to
 * be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933, as amended, Section 16
 * of the Securities Exchange Act of 1934, as amended, and the rules and regulations promulgated thereunder, ..."):
 * one `file` line per statute (`file form144 under rule144`, `file formID under regulationST`, `file form3, form4,
 * form5 under section16a`), the securities-power style, and the citation style that names the statutes so. The
 * phrasings are the phrasebook's own (`securities-power`, `citation`); nothing here lists a phrasing.
 */
import { STATUTES } from '../catalog/securities-catalog.js';
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedTemplate } from './composed-template.js';
import { groupByStatute } from './filings-several.js';
import { FORMS, ITEM_PATTERNS, type ItemContext, type RecognisedItem } from './grant-recogniser.js';
import { parseForms } from './slot-parsers.js';

/** The slots of such a style that hold values, beyond the items' own. */
const PATTERNS: Readonly<Record<string, string>> = {
    ...ITEM_PATTERNS,
    'grant-forms': FORMS,
    'grant-statutes': '[^;:]{2,400}?'
};

let compiled: ComposedTemplate[] | undefined;

function templates(): ComposedTemplate[] {
    compiled ??= (clausePhrases('securities-power')?.styles ?? [])
        .filter((style) => style.template.includes('{grant-forms}') && style.template.includes('{grant-statutes}'))
        .map((style) => compileComposed('securities-power', style.id, style.template, undefined, { caseSensitive: false, depth: 1, patterns: PATTERNS }));
    return compiled;
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A catalog citation without its act, as the renderer names it: "Section 16(a) of {act}" is "Section 16(a)". */
function bareName(citation: string): string {
    return citation.split('{act}')[0].replace(/\s+(?:of|under)\s*$/, '');
}

/** One statute as a citation style words it: the style and the statutes its words may be. */
interface Cited { style: string; statutes: string[] }

/**
 * The statutes a piece of the list names ("Rule 144 promulgated under the Securities Act of 1933 (as amended)"),
 * by every citation style of the phrasebook: its variant for the statute (or for rules), else its own words.
 */
function citedBy(piece: string): Cited[] {
    const out: Cited[] = [];
    for (const style of clausePhrases('citation')?.styles ?? []) {
        const statutes = STATUTES.filter((st) => {
            const template = style.variants?.[st.id] ?? (st.id.startsWith('rule') ? style.variants?.rule : undefined) ?? style.template;
            const pattern = template.split(/(\{[^}]*\})/).map((part) => {
                if (part === '{statute-name}') return escape(bareName(st.citation)).replace(/ /g, '\\s+');
                if (part.startsWith('{')) return '.+?';
                return escape(part).replace(/ /g, '\\s+');
            }).join('');
            return new RegExp(`^${pattern}$`).test(piece);
        }).map((st) => st.id);
        if (statutes.length) out.push({ style: style.id, statutes });
    }
    return out;
}

/**
 * The forms grouped by the statutes the text cites: consecutive forms that share a catalog statute form one filing,
 * under the statute cited for them; a form under Regulation S-T (Form ID) the list need not cite once another
 * filing names its act (the renderer leaves it among "the rules and regulations promulgated thereunder").
 */
function filingsOf(forms: string[], cited: string[][]): { forms: string[]; statute: string }[] | undefined {
    const groups = groupByStatute(forms);
    if (!groups) return undefined;
    const used = new Set<number>();
    const filings: { forms: string[]; statute: string }[] = [];
    for (const g of groups) {
        const at = cited.findIndex((c) => c.some((s) => g.statutes.includes(s)));
        if (at >= 0) {
            used.add(at);
            filings.push({ forms: g.forms, statute: cited[at].find((s) => g.statutes.includes(s))! });
        } else {
            const statute = STATUTES.find((st) => st.id === g.statutes[0]);
            const actCited = cited.some((c) => c.some((s) => STATUTES.find((st) => st.id === s)?.act === statute?.act));
            if (statute?.family !== 'regulationST' || !actCited) return undefined;
            filings.push({ forms: g.forms, statute: statute.id });
        }
    }
    // Every statute the list cites is one a filing is under.
    return used.size === cited.length ? filings : undefined;
}

/** A listed power's own words as the forms and statutes of every filing named together, or undefined. */
export function recogniseFormsTogether(text: string, ctx: ItemContext): RecognisedItem | undefined {
    for (const t of templates()) {
        const m = matchComposed(t, text, false);
        const formsText = m?.slots['grant-forms'];
        const statutesText = m?.slots['grant-statutes'];
        if (!m || formsText === undefined || statutesText === undefined) continue;
        if (m.slots.issuer !== undefined && !ctx.issuerRef(m.slots.issuer)) continue;
        const forms = parseForms(formsText);
        if (!forms) continue;
        // "Rule 144 promulgated under the Securities Act of 1933, as amended, Section 16 of the Securities Exchange
        // Act of 1934, as amended": one piece per statute, each beginning with its name.
        const pieces = statutesText.replace(/\s+/g, ' ').trim().replace(/,$/, '').split(/,\s+(?=(?:Rule|Section|Regulation)\s)/);
        const readings = pieces.map(citedBy);
        // One citation style words every piece, its statutes those the forms are filed under: the first of the
        // phrasebook's that does ("Section 16 of ..." is Section 16 in the catalog's words, Section 16(a) in another's).
        const styles = (readings[0] ?? []).map((r) => r.style).filter((s) => readings.every((rs) => rs.some((r) => r.style === s)));
        const read = styles.map((style) => ({ style, filings: filingsOf(forms, readings.map((rs) => rs.find((r) => r.style === style)!.statutes)) }))
            .find((x) => x.filings !== undefined && x.filings.length >= 2);
        if (!read) continue;
        const { style, filings } = read as { style: string; filings: { forms: string[]; statute: string }[] };
        const citationDefault = clausePhrases('citation')?.styles[0]?.id;
        return {
            clause: 'securities-power', style: t.style, confidence: m.confidence,
            line: filings.map((f) => `file ${f.forms.join(', ')} under ${f.statute}`).join('\n'),
            phrasings: [`phrasing securities-power style ${t.style}`, ...(style === citationDefault ? [] : [`phrasing citation style ${style}`])],
            ...(m.slots['agent-possessive'] !== undefined ? { agentPossessive: m.slots['agent-possessive'] } : {})
        };
    }
    return undefined;
}
