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
                // Most lines are one line of text: wrapped without an array of one.
                return content.includes('\n') ? content.split('\n').map((l) => wrap(l, width, '', '')).join('\n') : wrap(content, width, '', '');
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

/**
 * Greedy word wrap; words longer than the width stay whole on their own line. Words are the runs between
 * white space as `\s` means it (isSpace). Text whose words are apart by single spaces, with none before or
 * after them (nearly every paragraph), is cut at the last space that fits each line, found by the engine's
 * own search: a scan of each character for white space was most of the text writer's time.
 */
export function wrap(text: string, width: number, firstIndent: string, restIndent: string): string {
    if (width <= 0) return firstIndent + text;
    const n = text.length;
    if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32 || UNEVEN_SPACING.test(text)) return wrapScanned(text, width, firstIndent, restIndent);
    const lineBreak = '\n' + restIndent;
    let out = firstIndent;
    let start = 0;
    /** The columns the current line has for its words. */
    let room = width - firstIndent.length;
    for (;;) {
        if (n - start <= room) return out + text.slice(start);
        // The last space at most `room` on: its words fit. None there: the first word is too long, and is alone.
        let end = room >= 0 && text.charCodeAt(start + room) === 32 ? start + room : text.lastIndexOf(' ', start + room);
        if (end <= start) {
            end = text.indexOf(' ', start);
            if (end < 0) return out + text.slice(start);
        }
        out += text.slice(start, end) + lineBreak;
        start = end + 1;
        room = width - restIndent.length;
    }
}

/**
 * White space other than single spaces: a space followed by any, or any but a space (a space before or after
 * the words is tested apart). Of the equivalent expressions measured, the fastest: this test, at about 2 ns a
 * character, is still most of the wrap.
 */
const UNEVEN_SPACING = / \s|[^\S ]/;

/**
 * `wrap` for any spacing: the text is scanned once, without an array of words or of lines (a long grant's
 * text was an eighth of its rendering when split with a regular expression). Each line is one slice of the
 * text where its words are apart by a single space: adding the words one by one made two strings a word.
 */
function wrapScanned(text: string, width: number, firstIndent: string, restIndent: string): string {
    const n = text.length;
    let out = firstIndent;
    const lineBreak = '\n' + restIndent;
    /** The current line is text[lineStart, lineEnd); -1 before the first word. */
    let lineStart = -1;
    let lineEnd = 0;
    let lineLength = firstIndent.length;
    /** The current line's words are apart by one space each, so its slice of the text is the line. */
    let single = true;
    let i = 0;
    while (i < n) {
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        if (i >= n) break;
        const start = i;
        while (i < n && !isSpace(text.charCodeAt(i))) i++;
        const length = i - start;
        if (lineStart < 0) {
            lineStart = start;
            lineLength += length;
        } else if (lineLength + 1 + length > width) {
            out += lineText(text, lineStart, lineEnd, single) + lineBreak;
            lineStart = start;
            lineLength = restIndent.length + length;
            single = true;
        } else {
            if (single && (start - lineEnd !== 1 || text.charCodeAt(lineEnd) !== 32)) single = false;
            lineLength += 1 + length;
        }
        lineEnd = i;
    }
    return lineStart < 0 ? out : out + lineText(text, lineStart, lineEnd, single);
}

/** The words of text[start, end) (which starts and ends with a word) apart by one space each. */
function lineText(text: string, start: number, end: number, single: boolean): string {
    if (single) return text.slice(start, end);
    let line = '';
    let i = start;
    while (i < end) {
        const from = i;
        while (i < end && !isSpace(text.charCodeAt(i))) i++;
        line += line === '' ? text.slice(from, i) : ' ' + text.slice(from, i);
        while (i < end && isSpace(text.charCodeAt(i))) i++;
    }
    return line;
}

/** True for a UTF-16 code unit that the regular expression `\s` matches (white space and line terminators). */
export function isSpace(c: number): boolean {
    if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
    if (c < 160) return false;
    return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
