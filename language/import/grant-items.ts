/**
 * The grant's items, recognised one by one in the text of its powers: the
 * securities power with its SEC filings, Form ID access, venues, a limited
 * purpose, general subjects, health-care decisions and the catch-all. Each
 * becomes a line of the `.poa` grant block; if any power is not recognised,
 * the caller keeps the powers as written.
 */
import { HEALTH_CARE_ITEMS, HOT_POWERS, SUBJECTS } from '../catalog/general-powers-catalog.js';
import { STATUTES, VENUES } from '../catalog/securities-catalog.js';
import type { Recogniser } from './recogniser.js';
import { parseForms } from './slot-parsers.js';
import type { PhraseTemplate } from './template-compiler.js';

export interface GrantItems {
    lines: string[];
    /** Text naming the issuer or the principal's capacities, for the caller to read. */
    issuers: string[];
    capacities: string[];
    /** False when some power (or part of one) has no style: the lines then say what was recognised, for the checks. */
    complete: boolean;
}

const isPower = (t: PhraseTemplate) => t.clause === 'power';
const isFiling = (t: PhraseTemplate) => t.clause === 'filing';

/** "(1) to ...; (2) to ...; and (3) to ..." or a single "to ..." power. */
export function splitPowers(text: string): string[] {
    if (!/^\(1\)\s/.test(text)) return [text];
    return text.split(/;?\s*(?:and\s+)?\((?:[1-9][0-9]?)\)\s+/).map((p) => p.trim()).filter(Boolean);
}

export function recogniseGrantItems(text: string, recogniser: Recogniser, quote: (s: string) => string): GrantItems | undefined {
    const items: GrantItems = { lines: [], issuers: [], capacities: [], complete: true };
    let catchAll = false;
    for (const power of splitPowers(text)) {
        const m = recogniser.match(power, isPower, true);
        if (!m) {
            items.complete = false;
            continue;
        }
        const s = m.slots;
        switch (m.style) {
            case 'securities': {
                if (s.object) items.capacities.push(s.object);
                const laws = s.laws ? lawIds(s.laws) : undefined;
                if (laws) items.lines.push(`comply with ${laws.join(', ')}`);
                else if (s.laws) items.complete = false;
                for (const filing of s.filings ? splitFilings(s.filings) : []) {
                    const line = filingLine(filing, recogniser, items);
                    if (line) items.lines.push(line);
                    else items.complete = false;
                }
                if (!s.laws && !s.filings) items.complete = false;
                break;
            }
            case 'edgar-access': items.lines.push('edgar access'); break;
            case 'venues': {
                const venues = s.venues.split(/,\s+and\s+|\s+and\s+|,\s+/).map((v) => (/^the SEC$|Securities and Exchange Commission/.test(v) ? 'sec' : VENUES.find((x) => x.name === v)?.id));
                if (venues.some((v) => !v)) items.complete = false;
                else items.lines.push(`with ${venues.join(', ')}`);
                break;
            }
            case 'purpose': items.lines.push(`purpose ${quote(s.purpose)}`); break;
            case 'subjects': {
                const names = s.subjects.split(/;\s+and\s+|;\s+/);
                const ids = names.map((n) => SUBJECTS.find((x) => x.name === n)?.id).filter((id): id is string => Boolean(id));
                if (ids.length < names.length) items.complete = false;
                if (ids.length) items.lines.push(ids.length === SUBJECTS.length ? 'subjects all' : `subjects ${ids.join(', ')}`);
                break;
            }
            case 'hot-powers': {
                const found = catalogIds(s.hot, HOT_POWERS.map((h) => ({ id: h.id, text: h.text })));
                if (!found.complete) items.complete = false;
                if (found.ids.length) items.lines.push(`expressly ${found.ids.join(', ')}`);
                break;
            }
            case 'health-care': {
                const found = s.items ? catalogIds(s.items.replace(/^power:?\s*/, ''), HEALTH_CARE_ITEMS.map((h) => ({ id: h.id, text: h.text }))) : { ids: [], complete: true };
                if (!found.complete) items.complete = false;
                items.lines.push(`health-care decisions${found.ids.length ? ` including ${found.ids.join(', ')}` : ''}`);
                break;
            }
            case 'catch-all': catchAll = true; break;
            default: items.complete = false;
        }
    }
    if (catchAll) items.lines.push('any other action');
    return items;
}

/**
 * Catalog entries named in a list ("to a; to b; and to c", "a, b and c"), in order. An entry's text may speak
 * of {me}, {my} or "the principal's", which the renderer puts in the instrument's voice.
 */
function catalogIds(text: string, entries: { id: string; text: string }[]): { ids: string[]; complete: boolean } {
    const found: [number, string][] = [];
    let rest = text;
    for (const e of entries) {
        const pattern = e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\\\{me\\\}/g, "(?:me|us|the undersigned)").replace(/\\\{my\\\}/g, "(?:my|our|the undersigned's)")
            .replace(/the principal's/g, "(?:the principal's|the undersigned's|my|our)");
        const m = new RegExp(pattern).exec(text);
        if (!m) continue;
        found.push([m.index, e.id]);
        rest = rest.replace(m[0], '');
    }
    return { ids: found.sort((a, b) => a[0] - b[0]).map(([, id]) => id), complete: /^[\s,;:]*(?:(?:and|to)[\s,;:]*)*$/.test(rest) };
}

/** "the Securities Exchange Act of 1934, as amended (the "1934 Act"), and any requirements of the SEC in respect thereof". */
function lawIds(text: string): string[] | undefined {
    const found: [number, string][] = [];
    const find = (re: RegExp, id: string) => {
        const m = re.exec(text);
        if (m) found.push([m.index, id]);
    };
    find(/Securities Exchange Act of 1934|1934 Act/, 'act1934');
    find(/Securities Act of 1933|1933 Act/, 'act1933');
    find(/any requirements of/, 'sec');
    return found.length ? found.sort((a, b) => a[0] - b[0]).map(([, id]) => id) : undefined;
}

/** "(i) ..., and (ii) ..." or one filing. */
function splitFilings(text: string): string[] {
    if (!/^\(i\)\s/.test(text)) return [text];
    return text.split(/,?\s*(?:and\s+)?\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s+/).map((f) => f.trim()).filter(Boolean);
}

function filingLine(text: string, recogniser: Recogniser, items: GrantItems): string | undefined {
    const m = recogniser.match(text, isFiling, true);
    if (!m) return undefined;
    const s = m.slots;
    if (s.issuer) items.issuers.push(s.issuer.replace(/,$/, ''));
    if (s.subject) items.capacities.push(s.subject);
    let forms = s.forms;
    const amendments = /(?:,? or to any amendment thereto|, including any amendment thereto,)/.test(forms);
    const successor = /, or any form or forms adopted by .* in lieu thereof or in addition thereto/.test(forms);
    forms = forms.replace(/(?:,? or to any amendment thereto|, including any amendment thereto,).*$/, '').replace(/, or any form or forms adopted by .*$/, '');
    const ids = parseForms(forms);
    const statute = statuteId(s.statute);
    if (!ids || !statute) return undefined;
    const extras = [amendments ? 'amendments' : '', successor ? 'successor-forms' : ''].filter(Boolean);
    return `file ${ids.join(', ')} under ${statute}${extras.length ? ` including ${extras.join(', ')}` : ''}${s.relating ? ` relating to ${s.relating}` : ''}`;
}

/** "Section 16(a) of the 1934 Act" → section16a, by the citations of the securities catalog. */
function statuteId(text: string): string | undefined {
    const head = text.replace(/\s+(?:of|under)\s+(?:the\s+)?(?:Securities|1934|1933)[^]*$/, '');
    return STATUTES.find((st) => st.citation.replace(/\s+(?:of|under)\s+\{act\}$/, '') === head)?.id;
}
