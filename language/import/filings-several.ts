/**
 * A listed power that names the filings of several statutes in one list, in the words of a securities-power style's
 * `filings-several` variant ("(1) execute for and on behalf of the undersigned, in the undersigned's capacity as an
 * executive officer and/or director of Rumble Inc. (the "Company"), a Form ID, Forms 3, 4, 5, 13D, and 13G, as
 * applicable, and any other documents necessary to facilitate the filing of reports in accordance with Section 16(a)
 * ..."): one `file` line per statute (`file formID under regulationST`, `file form3, form4, form5 under section16a`,
 * `file schedule13D, schedule13G under section13`) and the securities-power style that words them together. The
 * phrasing is the phrasebook's own: every style with that variant is compiled; nothing here lists a phrasing.
 */
import { SEC_FORMS } from '../catalog/securities-catalog.js';
import { clausePhrases } from '../phrasebook/index.js';
import { compileComposed, matchComposed, type ComposedTemplate } from './composed-template.js';
import { FORMS, ITEM_PATTERNS, roleOf, statuteId, type ItemContext, type RecognisedItem } from './grant-recogniser.js';
import { parseForms } from './slot-parsers.js';

const VARIANT = 'filings-several';

/** The slots of the variant that hold values, beyond the items' own. */
const PATTERNS: Readonly<Record<string, string>> = {
    ...ITEM_PATTERNS,
    'a-grant-forms-applicable': `(?:an?\\s+)?${FORMS}`,
    'reports-statute': '[^;:]{2,200}?'
};

let compiled: ComposedTemplate[] | undefined;

function templates(): ComposedTemplate[] {
    compiled ??= (clausePhrases('securities-power')?.styles ?? []).flatMap((style) => {
        const template = style.variants?.[VARIANT];
        return template ? [compileComposed('securities-power', style.id, template, VARIANT, { caseSensitive: false, depth: 1, patterns: PATTERNS })] : [];
    });
    return compiled;
}

/**
 * A form as the catalog names it: a number listed after "Forms" that the catalog knows only as a Schedule ("Forms 3,
 * 4, 5, 13D, and 13G") is that Schedule, the list then written in one series.
 */
function catalogForm(id: string): { id: string; renamed: boolean } | undefined {
    if (SEC_FORMS.some((f) => f.id === id)) return { id, renamed: false };
    const schedule = id.replace(/^form/, 'schedule');
    return SEC_FORMS.some((f) => f.id === schedule) ? { id: schedule, renamed: true } : undefined;
}

/**
 * Consecutive forms that share a statute of the catalog, each group with the statutes all its forms share; undefined
 * when a form has no statute in the catalog.
 */
export function groupByStatute(forms: readonly string[]): { forms: string[]; statutes: string[] }[] | undefined {
    const groups: { forms: string[]; statutes: string[] }[] = [];
    for (const id of forms) {
        const statutes = SEC_FORMS.find((f) => f.id === id)?.statutes ?? [];
        if (!statutes.length) return undefined;
        const last = groups[groups.length - 1];
        const shared = last ? last.statutes.filter((s) => statutes.includes(s)) : [];
        if (last && shared.length) Object.assign(last, { forms: [...last.forms, id], statutes: shared });
        else groups.push({ forms: [id], statutes: [...statutes] });
    }
    return groups;
}

/**
 * The forms grouped by the statute they are filed under: consecutive forms that share a statute of the catalog form
 * one filing, under the statute the text names for its reports where they share it, else the most general they share.
 */
function filingsOf(forms: string[], reportsStatute: string): { forms: string[]; statute: string }[] | undefined {
    const groups = groupByStatute(forms);
    if (!groups) return undefined;
    return groups.map((g) => ({ forms: g.forms, statute: g.statutes.includes(reportsStatute) ? reportsStatute : g.statutes[g.statutes.length - 1] }));
}

/** A listed power's own words as the filings of several statutes, or undefined. */
export function recogniseFilingsSeveral(text: string, ctx: ItemContext): RecognisedItem | undefined {
    for (const t of templates()) {
        const m = matchComposed(t, text, false);
        const formsText = m?.slots['a-grant-forms-applicable'];
        const statuteText = m?.slots['reports-statute'];
        if (!m || formsText === undefined || statuteText === undefined) continue;
        const reports = statuteId(statuteText);
        const parsed = parseForms(formsText)?.map(catalogForm);
        if (!reports || !parsed || parsed.some((f) => !f)) continue;
        const forms = parsed.map((f) => f!.id);
        const filings = filingsOf(forms, reports);
        // The variant words filings under more than one statute, the reports' among them.
        if (!filings || filings.length < 2 || !filings.some((f) => f.statute === reports)) continue;
        let role: string | undefined;
        if (m.slots['capacity-as'] !== undefined) {
            role = roleOf(m.slots['capacity-as'], ctx);
            if (!role) continue;
        }
        const serialComma = forms.length > 2 && /,\s+(?:and|or)\s+\S+(?:,\s*as\s+applicable)?\s*$/.test(formsText);
        const formsNoSerialComma = forms.length > 2 && !serialComma;
        const formsOneSeries = parsed.some((f) => f!.renamed);
        return {
            clause: 'securities-power', style: t.style, confidence: m.confidence,
            line: filings.map((f) => `file ${f.forms.join(', ')} under ${f.statute}`).join('\n'),
            phrasings: [`phrasing securities-power style ${t.style}`],
            ...(role ? { role } : {}), ...(serialComma ? { serialComma } : {}), ...(formsNoSerialComma ? { formsNoSerialComma } : {}), ...(formsOneSeries ? { formsOneSeries } : {})
        };
    }
    return undefined;
}
