/** The plain-text writer: the rendered tree as wrapped text for the terminal and `.txt` files. */
import { DASHED_RULE, runsText, type Block, type RenderedDocument, type Run } from '../document-tree.js';

export interface TextOptions {
    /** Wrap paragraphs at this column (0: no wrapping). Default 80. */
    width?: number;
}

const RULE = '______________________________';


export function renderText(doc: RenderedDocument, options: TextOptions = {}): string {
    const width = options.width ?? 80;
    return doc.blocks.map((b) => blockText(b, width)).join('\n\n') + '\n';
}

function blockText(block: Block, width: number): string {
    const text = runsText(block.runs);
    switch (block.kind) {
        case 'title':
            return width > 0 ? center(text, width) : text;
        case 'testimonium':
            return wrap(text, width, '        ', '');
        case 'table':
            return tableText(block, width);
        case 'paragraph':
            return block.number !== undefined ? wrap(`${block.number}. ${text}`, width, '', '   ') : wrap(text, width, '', '');
        default: {
            const parts: string[] = [];
            if (block.heading) parts.push(block.heading);
            if (text) parts.push(wrap(text, width, '', ''));
            const lines = (block.lines ?? []).map((line) => {
                const content = runsText(line.runs);
                if (line.rule) return content ? `${content}${RULE}` : line.dashed ? (line.dashes ? '-'.repeat(line.dashes) : DASHED_RULE) : RULE;
                return content.split('\n').map((l) => wrap(l, width, '', '')).join('\n');
            });
            parts.push(lines.join('\n'));
            return parts.join('\n\n');
        }
    }
}

/**
 * A table in plain text: the column heads on one line, then each row with its cells one under the
 * other (a three-column table of long titles does not fit 80 columns); a table printed `across`
 * sets that many cells side by side, as a two-column signature page is typed.
 */
function tableText(block: Block, width: number): string {
    const parts: string[] = [];
    if (block.heading) parts.push(block.heading);
    const intro = runsText(block.runs);
    if (intro) parts.push(wrap(intro, width, '', ''));
    const table = block.table;
    if (table) {
        if (table.header?.some((h) => h)) parts.push(table.header.join('    '));
        const cells = (cell: Run[][]) => cell.map(runsText);
        if (table.across && table.across > 1) {
            const flat = table.rows.map((row) => row.flatMap(cells));
            const across = table.across;
            // Each column as wide as its longest line, and four spaces between columns.
            const widths = Array.from({ length: across }, (_, j) => Math.max(0, ...flat.filter((_, i) => i % across === j).flatMap((lines) => lines.map((l) => l.length))) + 4);
            for (let i = 0; i < flat.length; i += across) {
                const group = flat.slice(i, i + across);
                const height = Math.max(...group.map((lines) => lines.length));
                const lines = Array.from({ length: height }, (_, k) => group.map((lines, j) => (j < group.length - 1 ? (lines[k] ?? '').padEnd(widths[j]) : lines[k] ?? '')).join('').trimEnd());
                parts.push(lines.join('\n'));
            }
        } else {
            for (const row of table.rows) parts.push(row.flatMap(cells).map((l) => wrap(l, width, '', '')).join('\n'));
        }
    }
    return parts.join('\n\n');
}

function center(text: string, width: number): string {
    const pad = Math.max(0, Math.floor((width - text.length) / 2));
    return ' '.repeat(pad) + text;
}

/** Greedy word wrap; words longer than the width stay whole on their own line. */
export function wrap(text: string, width: number, firstIndent: string, restIndent: string): string {
    if (width <= 0) return firstIndent + text;
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = firstIndent;
    let empty = true;
    for (const word of words) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = restIndent + word;
        } else {
            line += (empty ? '' : ' ') + word;
        }
        empty = false;
    }
    lines.push(line);
    return lines.join('\n');
}
