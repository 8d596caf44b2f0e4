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
            // The dashes as escapes (em, en): a literal one in a regular expression is the one character esbuild
            // cannot escape, and it would make the whole 2 MB CLI bundle a two-byte string for V8 to decode and scan.
            const opens = previous === '' || /[\s([\u2014\u2013-]/.test(previous);
            if (ch === '"') text += opens ? '“' : '”';
            else if (ch === "'") text += opens ? '‘' : '’';
            else text += ch;
            previous = ch;
        }
        return text === run.text ? run : { ...run, text };
    });
}
