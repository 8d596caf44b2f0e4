/**
 * The plain-text writer's word wrap (render-text.ts `wrap`: cut at spaces where the words are apart by single
 * spaces, else a scan of the text once). It must wrap exactly as the
 * definition it replaced: words are what `text.split(/\s+/)` leaves, laid greedily on lines of `width`, a word
 * longer than the width alone on its line. The definition is written out here as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsText } from '../../language/render/document-tree.js';
import { isSpace, wrap } from '../../language/render/writers/render-text.js';

function wrapByDefinition(text: string, width: number, firstIndent: string, restIndent: string): string {
    if (width <= 0) return firstIndent + text;
    const lines: string[] = [];
    let line = firstIndent;
    let empty = true;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = restIndent + word;
        } else line += (empty ? '' : ' ') + word;
        empty = false;
    }
    lines.push(line);
    return lines.join('\n');
}

describe('plain-text word wrap', () => {
    it('treats as white space exactly the code units \\s matches', () => {
        for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
    });

    it('wraps a sentence greedily, keeps a long word whole and indents the following lines', () => {
        expect(wrap('The undersigned  hereby\tappoints each of', 15, '', '   ')).toBe('The undersigned\n   hereby\n   appoints\n   each of');
        expect(wrap('a supercalifragilistic word', 5, '> ', '')).toBe('> a\nsupercalifragilistic\nword');
        expect(wrap('   ', 10, '  ', '')).toBe('  ');
        expect(wrap('no width', 0, '- ', '')).toBe('- no width');
    });

    it('wraps any text as the split definition does', () => {
        const unit = fc.constantFrom('a', 'Bb', 'word', 'longerword', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '§', '😀');
        const text = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''));
        const indent = fc.constantFrom('', ' ', '   ', '        ');
        fc.assert(fc.property(text, fc.integer({ min: -1, max: 30 }), indent, indent, (t, width, first, rest) => {
            expect(wrap(t, width, first, rest)).toBe(wrapByDefinition(t, width, first, rest));
        }), { numRuns: 2000 });
    });

    it('wraps words apart by single spaces (the cut at the last space that fits) as the split definition does', () => {
        const word = fc.constantFrom('a', 'Bb', 'word', 'longerword', 'supercalifragilistic', '§', '😀', '(i)', 'Form,');
        const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
        const indent = fc.constantFrom('', ' ', '   ', '        ', '            ');
        fc.assert(fc.property(text, fc.integer({ min: -1, max: 40 }), indent, indent, (t, width, first, rest) => {
            expect(wrap(t, width, first, rest)).toBe(wrapByDefinition(t, width, first, rest));
        }), { numRuns: 3000 });
    });
});

describe('runsText', () => {
    it('joins the runs\' texts in order', () => {
        expect(runsText([{ text: 'by ' }, { text: 'Jane', role: 'party' }, { text: '' }, { text: ', agent' }])).toBe('by Jane, agent');
        expect(runsText([])).toBe('');
    });
});
