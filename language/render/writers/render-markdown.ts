/**
 * The Markdown writer: the rendered tree as a Markdown document. Every piece
 * of text is escaped, so a name such as `<script>` or `*Acme*` shows as
 * written and never as markup.
 */
import { tableRows, type Block, type Line, type RenderedDocument, type Run } from '../document-tree.js';

/** A signature or fill-in line, written with escaped underscores so it shows as a rule. */
const RULE = '\\_'.repeat(36);

export function renderMarkdown(doc: RenderedDocument): string {
    const parts: string[] = [];
    for (const block of doc.blocks) {
        const text = blockMarkdown(block);
        if (text) parts.push(text);
    }
    return parts.join('\n\n') + '\n';
}

function blockMarkdown(block: Block): string {
    switch (block.kind) {
        case 'title':
            return `# ${runsMarkdown(block.runs)}`;
        case 'paragraph':
            // "1\." would be a list item; a numbered paragraph is written as an ordered-list item on purpose.
            return block.number !== undefined ? `${block.number}. ${runsMarkdown(block.runs)}` : escapeLineStart(runsMarkdown(block.runs));
        case 'testimonium':
            return escapeLineStart(runsMarkdown(block.runs));
        case 'signature':
        case 'witnesses':
        case 'notary':
        case 'acceptance':
            return structuredMarkdown(block);
        case 'table':
            return tableMarkdown(block);
    }
}

/** A table as a pipe table (a table without column heads gets an empty head row); the lines of a cell are joined by <br>. */
function tableMarkdown(block: Block): string {
    const out: string[] = [];
    if (block.heading) out.push(`**${escapeMarkdown(block.heading)}**`);
    if (block.runs.length) out.push(escapeLineStart(runsMarkdown(block.runs)));
    const table = block.table;
    if (table && table.rows.length) {
        const columns = Math.max(table.header?.length ?? 0, ...tableRows(table).map((r) => r.length));
        const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, columns - cells.length)).fill('')];
        const row = (cells: string[]) => `| ${pad(cells).join(' | ')} |`;
        const lines = [row((table.header ?? []).map(escapeMarkdown)), row(Array<string>(columns).fill('---'))];
        for (const r of tableRows(table)) lines.push(row(r.map((cell) => cell.map(runsMarkdown).join('<br>'))));
        out.push(lines.join('\n'));
    }
    return out.join('\n\n');
}

function structuredMarkdown(block: Block): string {
    const out: string[] = [];
    if (block.heading) out.push(`**${escapeMarkdown(block.heading)}**`);
    const lines = block.lines ?? [];
    const body: string[] = [];
    if (block.runs.length) body.push(escapeLineStart(runsMarkdown(block.runs)));
    for (const line of lines) body.push(lineMarkdown(line));
    // Lines of one block stay together: a backslash at the end of a line is a hard line break.
    if (body.length) out.push(body.join('\\\n'));
    return out.join('\n\n');
}

function lineMarkdown(line: Line): string {
    const text = escapeLineStart(runsMarkdown(line.runs));
    // A rule with text is a label followed by a line to fill in ("Address: ____").
    if (line.rule) return text ? `${text}${RULE}` : RULE;
    if (line.caption) return text ? `*${text}*` : '';
    return text;
}

function runsMarkdown(runs: readonly Run[]): string {
    return runs.map((r) => escapeMarkdown(r.text)).join('');
}

/** Escapes the characters that Markdown (CommonMark and GitHub's dialect) would read as markup. */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_{}[\]<>&|~!]/g, (c) => '\\' + c);
}

/** A paragraph that starts like a heading, list item, quote or rule would be read as one. */
function escapeLineStart(text: string): string {
    // Leading white space would make an indented code block: indentation is the HTML and print writers' business.
    return text
        .trimStart()
        .replace(/^([#>+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
