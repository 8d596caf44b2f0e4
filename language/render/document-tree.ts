/**
 * The rendered instrument: one tree of blocks that every writer (text,
 * Markdown, HTML, DOCX, PDF) and the preview read, so that what the preview
 * shows is what gets signed. Plain data; JSON-serialisable.
 */
import type { SourceRange } from '../model/source-range.js';

/** What a run of text stands for, so a writer or the preview can mark it. */
export type RunRole =
    | 'party'       // a party's name
    | 'term'        // a defined term, where defined or used
    | 'blank'       // an unset template parameter or missing fact, shown as a visible blank
    | 'missing'     // a required clause that is not written, shown in place
    | 'form'        // an SEC form
    | 'statute';    // a statute or rule

export interface Run {
    text: string;
    role?: RunRole;
    /** The party, term, parameter or clause the run refers to. */
    ref?: string;
    /** A plain-English note for the reader (e.g. why a clause is missing). */
    note?: string;
    source?: SourceRange;
}

export type BlockKind =
    | 'title'
    | 'paragraph'
    | 'testimonium'
    | 'signature'
    | 'witnesses'
    | 'notary'
    | 'acceptance'
    | 'table';

/** A signature style's `{rule}` in plain text: the row of hyphens EDGAR filings print under a conformed signature (`{rule:29}`: 29 of them). */
export const DASHED_RULE = '-'.repeat(36);

/** One line of a structured block (signature, witness, notary or the agents' acceptance). */
export interface Line {
    runs: Run[];
    /** A line to sign or fill in by hand is drawn above or before the runs. */
    rule?: boolean;
    /**
     * The rule is printed as a row of hyphens in plain text, as EDGAR filings print the line under a
     * conformed signature (a `{rule}` line of a signature style); other writers draw their usual rule.
     */
    dashed?: boolean;
    /** How many hyphens plain text prints for a dashed rule (`{rule:29}`); `DASHED_RULE`'s 36 when not given. */
    dashes?: number;
    /** A caption printed small under a rule ("Signature", "Date"). */
    caption?: boolean;
}

/** A table: the signatures of a signature-page power, or a schedule. Each cell is lines of runs. */
export interface Table {
    /** Column heads; none for a table without them. */
    header?: string[];
    /** Rows of cells; a cell is its lines, a line its runs. */
    rows: Run[][][][];
    /**
     * Plain text prints this many cells side by side (a signature page in two columns), the lines of
     * each cell beneath one another; otherwise a row's cells are printed one under the other.
     */
    across?: number;
}

export interface Block {
    kind: BlockKind;
    /** Stable id within the document ("grant", "term", "signature-1"), for the preview and scroll sync. */
    id: string;
    /** Paragraph number when the layout is numbered. */
    number?: number;
    /** Text of a title, paragraph or testimonium. */
    runs: Run[];
    /** Lines of a signature, witness or notary block. */
    lines?: Line[];
    /** The rows of a table block. */
    table?: Table;
    /** A heading shown above a structured block ("WITNESSES", "ACKNOWLEDGMENT"). */
    heading?: string;
    /** Keep this block on one page with the next (signature, witness and notary blocks). */
    keepTogether?: boolean;
    /** Start this block on a new page (a statutory form's layout asks for it). */
    pageBreakBefore?: boolean;
    source?: SourceRange;
}

export interface RenderedDocument {
    title: string;
    blocks: Block[];
    /** Facts a writer needs for document properties. */
    properties: {
        title: string;
        subject: string;
        author: string;
        kind?: string;
        jurisdiction?: string;
    };
}

/** The plain text of a list of runs. */
export function runsText(runs: readonly Run[]): string {
    // Concatenated in a loop: no array of the texts (a twentieth of a long grant's rendering as map and join).
    let text = '';
    for (const r of runs) text += r.text;
    return text;
}

/**
 * The run with another source, as `{ ...run, source }` makes it (its keys in the same order, which the tree's
 * JSON keeps). `Object.assign` copies a run two to three times faster than a spread: runs come in a dozen
 * shapes, too many for the spread's shape cache, and it falls back to its generic copy.
 */
export function runWithSource(run: Run, source: SourceRange): Run {
    const copy = Object.assign({}, run);
    copy.source = source;
    return copy;
}

/** The run with another text, as `{ ...run, text }` makes it (see `runWithSource`). */
export function runWithText(run: Run, text: string): Run {
    const copy = Object.assign({}, run);
    copy.text = text;
    return copy;
}

/** The rows of a table as laid out: a table printed `across` puts that many cells in each row. */
export function tableRows(table: Table): Run[][][][] {
    if (!table.across || table.across < 2) return table.rows;
    const cells = table.rows.flat();
    const rows: Run[][][][] = [];
    for (let i = 0; i < cells.length; i += table.across) rows.push(cells.slice(i, i + table.across));
    return rows;
}
