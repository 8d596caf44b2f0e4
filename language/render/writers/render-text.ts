/** The plain-text writer: the rendered tree as wrapped text for the terminal and `.txt` files. */
import { DASHED_RULE, runsText, type Block, type RenderedDocument } from '../document-tree.js';

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
        case 'paragraph':
            return block.number !== undefined ? wrap(`${block.number}. ${text}`, width, '', '   ') : wrap(text, width, '', '');
        default: {
            const parts: string[] = [];
            if (block.heading) parts.push(block.heading);
            if (text) parts.push(wrap(text, width, '', ''));
            const lines = (block.lines ?? []).map((line) => {
                const content = runsText(line.runs);
                if (line.rule) return content ? `${content}${RULE}` : line.dashed ? DASHED_RULE : RULE;
                return content.split('\n').map((l) => wrap(l, width, '', '')).join('\n');
            });
            parts.push(lines.join('\n'));
            return parts.join('\n\n');
        }
    }
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
