/**
 * A listed power that names several filings one after the other, each in its own filing style's words, the styles
 * after the first carrying their connector (securities-power style `chained`): "(1) Execute for and on behalf of the
 * undersigned, in the undersigned's capacity as ..., Forms 3, 4, and 5 and amendments thereto in accordance with
 * Section 16(a) of ... and the rules thereunder, as well as any reports on Schedules 13D or 13G or Forms 13F or 13H and
 * amendments thereto in each case in accordance with Section 13 ... or any Forms 144 in accordance with Rule 144 ...".
 * The first part is read as any filing item (`grant-recogniser.ts`), each part after it by a filing style whose words
 * begin with a connector (", as well as ...", " or any ..."): one `file` line per part. Nothing here lists a phrasing:
 * the connectors are the phrasebook styles' own first words.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { recogniseGrantItem, type ItemContext, type RecognisedItem } from './grant-recogniser.js';

/** The filing styles that follow another filing: their template begins with its connector, not a word. */
function followingStyles(): { id: string; lead: string }[] {
    return (clausePhrases('filing')?.styles ?? []).filter((s) => /^[ ,;]/.test(s.template))
        .map((s) => ({ id: s.id, lead: s.template.slice(0, s.template.search(/[{[]|$/)).replace(/\s+/g, ' ') }))
        .filter((s) => s.lead.trim().length > 0);
}

/** Where a following style's connector begins in the text (its first words, whatever the case and spacing). */
function splitPoints(text: string): number[] {
    const points = new Set<number>();
    for (const { lead } of followingStyles()) {
        const words = lead.trim().split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const re = new RegExp(`${lead.startsWith(',') ? '' : '\\s'}${words.join('\\s+')}`, 'gi');
        for (const m of text.matchAll(re)) if (m.index) points.add(m.index);
    }
    return [...points].sort((a, b) => a - b);
}

/** The part of the chain from `at`, a following filing then the rest of the chain, or undefined. */
function following(text: string, ctx: ItemContext): RecognisedItem[] | undefined {
    const ends = [...splitPoints(text).filter((p) => p > 0), text.length];
    for (const end of ends) {
        const item = recogniseGrantItem(text.slice(0, end), ctx);
        if (!item || item.clause !== 'filing' || !followingStyles().some((s) => s.id === item.style)) continue;
        if (end === text.length) return [item];
        const rest = following(text.slice(end), ctx);
        if (rest) return [item, ...rest];
    }
    return undefined;
}

/** A listed power's own words as filings chained one after the other, or undefined. */
export function recogniseFilingsChained(text: string, ctx: ItemContext): RecognisedItem | undefined {
    for (const at of splitPoints(text)) {
        const first = recogniseGrantItem(text.slice(0, at), ctx);
        if (!first || first.clause !== 'filing' || first.line.includes('\n')) continue;
        const rest = following(text.slice(at), ctx);
        if (!rest) continue;
        const parts = [first, ...rest];
        const phrasings = [...new Set([...parts.flatMap((p) => p.phrasings), 'phrasing securities-power style chained'])];
        return {
            clause: 'securities-power', style: 'chained', confidence: Math.min(...parts.map((p) => p.confidence)),
            line: parts.map((p) => p.line).join('\n'), phrasings,
            ...(first.role ? { role: first.role } : {}),
            ...(parts.some((p) => p.serialComma) ? { serialComma: true } : {}),
            ...(first.act ? { act: first.act } : {}),
            ...(first.bareSec ? { bareSec: true } : {})
        };
    }
    return undefined;
}
