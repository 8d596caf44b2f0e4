/**
 * A table of signatures printed two (or more) signers side by side, without column heads, as a registration statement's
 * power filed as an exhibit prints it, read back from a text that flattened each row: the conformed signatures, one to a
 * paragraph, then the signers' "Name, Title" read left to right ("/s/ KENNETH J. BACON", "/s/ JOHNESE M. SPISSO",
 * "Kenneth J. Bacon, Chair of the Board Johnese M. Spisso, Director"). The style is the phrasebook's `signature-table`
 * style printed `across` with the cell `{conformed}` over `{name}[, {title}]`; a heading over a group of rows
 * ("Registrant Officers and Directors") starts a table of its own (`signatures style ... "Heading" { signer ... }`).
 * Each signer's typed name is found by the name the conformed signature gives (in capitals or not), so the titles are
 * what lies between the names. A table with no row of several signers is not read (a signature block is not a table).
 */
import { clausePhrases } from '../phrasebook/index.js';
import type { ReadTable } from './signature-table.js';

const INDENT = '    ';
const CONFORMED = /^\/s\/\s*(\S.*)$/;

interface Group {
    heading?: string;
    headingIndex?: number;
    signers: string[];
}

/** The `across` style whose cell is the conformed signature over "{name}[, {title}]". */
function acrossStyle(): string | undefined {
    return clausePhrases('signature-table')?.styles.find((s) => (s.across ?? 0) > 1 && !s.variants?.header && s.template === '{conformed}\n{name}[, {title}]')?.id;
}

/** Where `name` begins in `text` at or after `from`, ignoring case ("MATTHEW G. MCQUEEN" in "Matthew G. McQueen, ..."). */
function nameAt(text: string, name: string, from: number): number {
    return text.toLowerCase().indexOf(name.toLowerCase(), from);
}

/**
 * One row: the conformed signatures from `i`, then the paragraphs of names and titles, up to the next conformed
 * signature or heading. Returns the signer lines and the index after the row, or undefined when the names are not there.
 */
function readRow(paragraphs: readonly string[], i: number, quote: (s: string) => string): { signers: string[]; next: number; across: number } | undefined {
    const conformed: string[] = [];
    let j = i;
    for (; j < paragraphs.length && CONFORMED.test(paragraphs[j].trim()) && !paragraphs[j].includes('\n'); j++) conformed.push(paragraphs[j].trim());
    if (!conformed.length) return undefined;
    const names = conformed.map((c) => CONFORMED.exec(c)![1]);
    // The names and titles: the first paragraph opens with the first signer's name; a paragraph that opens with a later
    // signer's name or with "(" (a title carried over a line) goes on; anything else ends the row.
    const taken: string[] = [];
    for (; j < paragraphs.length; j++) {
        const p = paragraphs[j].replace(/\s+/g, ' ').trim();
        const opensName = names.some((n, k) => k >= (taken.length ? 1 : 0) && nameAt(p, n, 0) === 0);
        if (!taken.length ? nameAt(p, names[0], 0) !== 0 : !(opensName || p.startsWith('('))) break;
        taken.push(p);
    }
    if (!taken.length) return undefined;
    const text = taken.join(' ');
    const starts: number[] = [];
    for (const n of names) {
        const at = nameAt(text, n, starts.length ? starts[starts.length - 1] + 1 : 0);
        if (at < 0) return undefined;
        starts.push(at);
    }
    const signers: string[] = [];
    for (let k = 0; k < names.length; k++) {
        const cell = text.slice(starts[k], starts[k + 1] ?? text.length).trim();
        const name = cell.slice(0, names[k].length);
        const rest = cell.slice(names[k].length);
        if (rest && !/^,\s+\S/.test(rest)) return undefined;
        const title = rest.replace(/^,\s+/, '');
        const signature = conformed[k] === `/s/ ${name}` ? ' conformed' : ` signature ${quote(conformed[k])}`;
        signers.push(`signer ${quote(name)}${signature}${title ? ` as ${quote(title)}` : ''}`);
    }
    return { signers, next: j, across: names.length };
}

/** The tables of signatures printed across, each under its heading, or undefined. */
export function readSignaturesAcross(paragraphs: readonly string[], quote: (s: string) => string): ReadTable | undefined {
    const style = acrossStyle();
    if (!style) return undefined;
    const first = paragraphs.findIndex((p) => CONFORMED.test(p.trim()) && !p.includes('\n'));
    if (first < 0) return undefined;
    const groups: Group[] = [];
    const taken: number[] = [];
    let widest = 0;
    let i = first;
    // A heading over the first row: a short line of its own, not a sentence.
    const isHeading = (p: string | undefined): boolean => p !== undefined && !p.includes('\n') && p.trim().length <= 80 && !/[.:;]$/.test(p.trim()) && !CONFORMED.test(p.trim());
    let group: Group = isHeading(paragraphs[first - 1]) ? { heading: paragraphs[first - 1].trim(), headingIndex: first - 1, signers: [] } : { signers: [] };
    while (i < paragraphs.length) {
        const row = readRow(paragraphs, i, quote);
        if (!row) break;
        group.signers.push(...row.signers);
        widest = Math.max(widest, row.across);
        for (let k = i; k < row.next; k++) taken.push(k);
        i = row.next;
        // A heading before the next row starts a table of its own.
        if (i + 1 < paragraphs.length && isHeading(paragraphs[i]) && CONFORMED.test(paragraphs[i + 1].trim())) {
            groups.push(group);
            group = { heading: paragraphs[i].trim(), headingIndex: i, signers: [] };
            i++;
        }
    }
    groups.push(group);
    const read = groups.filter((g) => g.signers.length);
    // Every paragraph from the first signature on must be the table's: a block left over is not this layout.
    if (widest < 2 || read.length !== groups.length || paragraphs.slice(i).some((p) => p.trim())) return undefined;
    const lines = read.flatMap((g) => [`signatures style ${style}${g.heading ? ` ${quote(g.heading)}` : ''} {`, ...g.signers.map((s) => `${INDENT}${s}`), '}']);
    const headings = read.flatMap((g) => (g.headingIndex === undefined ? [] : [g.headingIndex]));
    return { paragraphs: [...headings, ...taken].sort((a, b) => a - b), lines };
}
