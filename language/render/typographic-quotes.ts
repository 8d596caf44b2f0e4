/**
 * `quotes typographic`: the rendered text with curly quotation marks and
 * apostrophes, as typeset filings print them (the “Company”, the
 * undersigned’s). A straight double quote opens after a space, a line start,
 * an opening bracket or a dash, and closes otherwise; a straight single quote
 * is an apostrophe or closing quote (’) unless it opens a word (‘).
 */
import type { Block, Run } from './document-tree.js';

export function typographicQuotes(blocks: Block[]): void {
    for (const block of blocks) {
        block.runs = curled(block.runs);
        for (const line of block.lines ?? []) line.runs = curled(line.runs);
    }
}

function curled(runs: Run[]): Run[] {
    let previous = '';
    return runs.map((run) => {
        let text = '';
        for (const ch of run.text) {
            const opens = previous === '' || /[\s([—–-]/.test(previous);
            if (ch === '"') text += opens ? '“' : '”';
            else if (ch === "'") text += opens ? '‘' : '’';
            else text += ch;
            previous = ch;
        }
        return text === run.text ? run : { ...run, text };
    });
}
