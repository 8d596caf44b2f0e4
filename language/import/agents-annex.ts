/**
 * Agents named in an annex: the appointment says "the individuals named on Annex A attached hereto" (a style of the
 * phrasebook's `agents-annex`) where it would name them, and the annex, after the signature, lists them
 * ("Annex A", then "1. Kate DeHoff", "2. Mustafa Rizvi", or a name a line). Read so, the `.poa` says
 * `agents listed in "Annex A" { ... }` and the renderer prints the annex after the signatures: its heading in
 * capitals and the names unnumbered, so a heading in other capitals and list markers on lines of their own are
 * kept as written (nothing of the document is lost).
 */
import { phrasebookTemplates } from './phrasebook-templates.js';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template-compiler.js';
import { stripListMarker } from './recogniser.js';

let templates: CompiledTemplate[] | undefined;

export interface AnnexReference {
    /** The phrasebook's `agents-annex` style the appointment uses. */
    style: string;
    /** The annex's name as the appointment writes it ("Annex A", "Exhibit A"). */
    annex: string;
}

/** The `agents-annex` style whose words the appointment's agents slot holds, with the annex it names. */
export function annexReference(agents: string): AnnexReference | undefined {
    templates ??= phrasebookTemplates(['agents-annex']).map((t) => compileTemplate(t, { annex: '[A-Z][A-Za-z]*\\s+[A-Z0-9][A-Za-z0-9-]*' }));
    const text = agents.trim().replace(/,$/, '');
    for (const t of templates) {
        const m = matchTemplate(t, text);
        if (m?.slots.annex) return { style: m.style, annex: m.slots.annex };
    }
    return undefined;
}

export interface AnnexList {
    /** The agents' names in the annex's order. */
    names: string[];
    /** The lines that are a name alone (a line with its list marker is kept as written: the renderer numbers no name). */
    indices: number[];
    /** The annex's heading line ("Annex A"). */
    heading: number;
}

/** A line that is one person's name: two to six capitalised words, initials and suffixes allowed. */
const PERSON = /^[A-Z][A-Za-z'.-]*(?:,?\s+(?:[A-Z][A-Za-z'.-]*|[a-z]{1,3}))*(?:,\s+(?:Jr|Sr|II|III|IV)\.?)?$/;
function isPersonName(line: string): boolean {
    const words = line.trim().split(/\s+/);
    return words.length >= 2 && words.length <= 6 && PERSON.test(line.trim()) && !/\b(?:Annex|Exhibit|Schedule|Attorney|Power|Page)\b/i.test(line);
}

/**
 * The list of agents under the annex's heading, after line `from`: the heading is a line that is the annex's name
 * alone ("Annex A", "EXHIBIT A:"); a line or two of caption may follow it; then each agent on a line, with or
 * without a list marker ("1." alone on its line before the name counts as the name's). None found: undefined.
 */
export function readAnnexList(lines: readonly string[], annex: string, from: number): AnnexList | undefined {
    const wanted = annex.toLowerCase().replace(/\s+/g, ' ');
    const heading = lines.findIndex((l, i) => i > from && l.trim().replace(/[:.]$/, '').replace(/\s+/g, ' ').toLowerCase() === wanted);
    if (heading < 0) return undefined;
    const names: string[] = [];
    const indices: number[] = [];
    let caption = 0;
    for (let i = heading + 1; i < lines.length; i++) {
        const line = lines[i].trim();
        if (/^\(?(?:[0-9]{1,2}|[a-z])[.)]$/.test(line)) {
            // A list marker alone: the name is on the next line.
            if (!isPersonName(lines[i + 1]?.trim() ?? '')) break;
            continue;
        }
        const name = stripListMarker(line).trim();
        if (isPersonName(name)) {
            names.push(name);
            if (name === line) indices.push(i);
            continue;
        }
        // A caption under the heading ("Individuals Appointed as Attorney-in-Fact ..."), kept as written.
        if (names.length === 0 && caption++ < 2) continue;
        break;
    }
    return names.length ? { names, indices, heading } : undefined;
}
