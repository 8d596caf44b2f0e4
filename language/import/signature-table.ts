/**
 * The table of signatures after a signature-page power ("Signature / Title / Date", then per signer the conformed
 * signature, the typed name, the title and the date), read into `signatures style <id> { signer ... }`. The column
 * heads and the sentence before the table are the phrasebook's own (`signature-table` variants `header` and
 * `intro`): a table whose heads no style prints is not read.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { parseDate } from './slot-parsers.js';

export interface ReadTable {
    /** The paragraphs the table takes (its sentence, heads and rows), by index. */
    paragraphs: number[];
    /** The `.poa` lines of the table. */
    lines: string[];
    /** The instrument as the sentence before the table names it ("Power of Attorney"). */
    instrument?: string;
    /** The column heads printed again at the top of a page: page furniture, set aside. */
    setAside?: string[];
}

const INDENT = '    ';

/** The sentence before the table, as a pattern: `{instrument}` is any name of the instrument. */
function introPattern(intro: string): RegExp {
    const parts = intro.split('{instrument}').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return new RegExp(`^${parts.join('([A-Za-z ]{2,60}?)')}$`);
}

/**
 * The rows of a paragraph: each begins at a conformed signature ("/s/ NAME"). A table whose cells were printed one to a
 * line with no blank line between its rows (an HTML table stripped of its cells) holds several in one paragraph.
 */
function rowsOf(lines: readonly string[]): string[][] {
    const rows: string[][] = [];
    for (const line of lines) {
        if (/^\/s\//.test(line) || !rows.length) rows.push([line]);
        else rows[rows.length - 1].push(line);
    }
    return rows;
}

/** One row: "/s/ NAME", the typed name, the title on one or more lines, the date. */
function row(cells: readonly string[], quote: (s: string) => string): string | undefined {
    const lines = cells.map((l) => l.trim()).filter(Boolean);
    if (lines.length < 3 || !/^\/s\//.test(lines[0])) return undefined;
    const date = parseDate(lines[lines.length - 1]);
    const name = lines[1];
    const title = lines.slice(2, date ? -1 : undefined).join(' ');
    const conformed = lines[0].replace(/^\/s\/\s*/, '') === name ? ' conformed' : ` signature ${quote(lines[0])}`;
    return `signer ${quote(name)}${conformed}${title ? ` as ${quote(title)}` : ''}${date ? ` dated ${date.iso}` : ''}`;
}

/** True when the paragraph's lines begin with the column heads, one to a line. */
function startsWithHeads(lines: readonly string[], heads: readonly string[]): boolean {
    return lines.length >= heads.length && heads.every((h, k) => lines[k] === h);
}

export function readSignatureTable(paragraphs: readonly string[], quote: (s: string) => string): ReadTable | undefined {
    const styles = clausePhrases('signature-table')?.styles ?? [];
    for (let i = 0; i < paragraphs.length; i++) {
        const lines = paragraphs[i].split('\n').map((l) => l.trim());
        // The heads, alone in their paragraph or followed by the rows when no blank line parts them.
        const matching = styles.filter((s) => s.variants?.header !== undefined && startsWithHeads(lines, s.variants.header.split('\t')));
        if (!matching.length) continue;
        const heads = matching[0].variants!.header!.split('\t');
        // The style whose sentence precedes the heads, or one that prints none.
        const before = i > 0 ? paragraphs[i - 1].trim() : '';
        const withIntro = matching.find((s) => s.variants?.intro && introPattern(s.variants.intro).test(before));
        const style = withIntro ?? matching.find((s) => !s.variants?.intro);
        if (!style) continue;
        const taken = withIntro ? [i - 1, i] : [i];
        const signers: string[] = [];
        const repeated: string[] = [];
        // The rows that share the heads' paragraph: all must read, or the table is not this style's.
        const sharing = rowsOf(lines.slice(heads.length).filter(Boolean)).map((r) => row(r, quote));
        if (sharing.some((r) => r === undefined)) continue;
        signers.push(...(sharing as string[]));
        for (let j = i + 1; j < paragraphs.length; j++) {
            const cells = paragraphs[j].split('\n').map((l) => l.trim()).filter(Boolean);
            // The heads printed again at the top of the next page (with the rows that follow them, if no blank line parts them).
            const again = startsWithHeads(cells, heads);
            const read = rowsOf(again ? cells.slice(heads.length) : cells).map((r) => row(r, quote));
            if (read.some((r) => r === undefined) || (!again && !read.length)) break;
            if (again) repeated.push(...heads);
            signers.push(...(read as string[]));
            taken.push(j);
        }
        if (!signers.length) return undefined;
        const head = `signatures style ${style.id} {`;
        const instrument = withIntro?.variants?.intro ? introPattern(withIntro.variants.intro).exec(before)?.[1] : undefined;
        return { paragraphs: taken, lines: [head, ...signers.map((s) => `${INDENT}${s}`), '}'], ...(instrument ? { instrument } : {}), ...(repeated.length ? { setAside: repeated } : {}) };
    }
    return undefined;
}

/**
 * A schedule after the table ("Schedule A – List of S-8 Registration Statements"): its column heads, one per line,
 * then one paragraph per row with a line per column. Read into `schedule "Schedule A" titled "..." { ... }`.
 */
export function readSchedule(paragraphs: readonly string[], quote: (s: string) => string): ReadTable | undefined {
    for (let i = 0; i < paragraphs.length - 2; i++) {
        const heading = /^(Schedule\s+[A-Z0-9]+)\s+-\s+(.+)$/.exec(paragraphs[i].trim());
        if (!heading) continue;
        const columns = paragraphs[i + 1].split('\n').map((l) => l.trim());
        if (columns.length < 2) continue;
        const rows: string[][] = [];
        let j = i + 2;
        for (; j < paragraphs.length; j++) {
            const cells = paragraphs[j].split('\n').map((l) => l.trim());
            if (cells.length !== columns.length) break;
            rows.push(cells);
        }
        if (!rows.length) continue;
        const taken = Array.from({ length: j - i }, (_, k) => i + k);
        return {
            paragraphs: taken,
            lines: [
                `schedule ${quote(heading[1])} titled ${quote(heading[2])} {`,
                `${INDENT}columns ${columns.map(quote).join(', ')}`,
                ...rows.map((r) => `${INDENT}row ${r.map(quote).join(', ')}`),
                '}'
            ]
        };
    }
    return undefined;
}
