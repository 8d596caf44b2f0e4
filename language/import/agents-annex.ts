/**
 * Agents named by an annex: the appointment says "each of the persons listed on Exhibit A attached hereto" (a style
 * of the phrasebook's `agents-annex`), and the annex, after the signatures, is a heading with the annex's name and
 * the agents' names, one a line. Written `agents listed in "Exhibit A" { agent ... }`, which renders both.
 */
import { phrasebookTemplates } from './phrasebook-templates.js';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template-compiler.js';

let templates: CompiledTemplate[] | undefined;

/** The annex an appointment's agents slot refers to ("Exhibit A") and the style of `agents-annex` that words it. */
export function annexReference(agents: string): { annex: string; style: string } | undefined {
    templates ??= phrasebookTemplates(['agents-annex']).map((t) => compileTemplate(t, { annex: '(?:Exhibit|Annex|Schedule|Appendix)\\s+[A-Z0-9]{1,3}' }));
    for (const t of templates) {
        const annex = matchTemplate(t, agents.trim())?.slots.annex;
        if (annex) return { annex, style: t.style };
    }
    return undefined;
}

export interface AgentsAnnex {
    /** The annex's name as the appointment writes it ("Exhibit A"). */
    annex: string;
    /** The agents' names, in the annex's order. */
    names: string[];
    /** The annex's lines (its heading and the names), by sentence index. */
    indices: number[];
}

/** A person's name alone on its line: words each starting with a capital, an initial or a suffix allowed. */
const NAME_LINE = /^[A-Z][A-Za-z'.-]+(?:\s+(?:[A-Z][A-Za-z'.-]*|[A-Z]\.))+(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?$/;

/**
 * The annex `annex` in the document: a line that is its name (in any case: "EXHIBIT A") after the first `from`
 * lines, then at least one line that is a person's name; the names end at the first line that is not one.
 */
export function readAgentsAnnex(lines: readonly string[], annex: string, from = 0): AgentsAnnex | undefined {
    const heading = lines.findIndex((l, i) => i >= from && l.trim().toLowerCase() === annex.toLowerCase());
    if (heading < 0) return undefined;
    const names: string[] = [];
    const indices = [heading];
    for (let i = heading + 1; i < lines.length && NAME_LINE.test(lines[i].trim()); i++) {
        names.push(lines[i].trim());
        indices.push(i);
    }
    return names.length ? { annex, names, indices } : undefined;
}
