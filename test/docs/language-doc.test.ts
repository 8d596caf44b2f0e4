/**
 * docs/language.md stays true: every example followed by "renders" must
 * render, in the page's base instrument, to text containing each excerpt
 * shown after it, word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, renderSource, squash, syntaxErrors } from '../helpers.js';

interface DocExample { poa: string; excerpts: string[]; line: number }

function examples(): DocExample[] {
    const text = readFileSync(join(ROOT, 'docs', 'language.md'), 'utf8');
    const fence = /```(poa|text)\n([\s\S]*?)```/g;
    const blocks = [...text.matchAll(fence)].map((m) => ({ lang: m[1], body: m[2], index: m.index!, end: m.index! + m[0].length }));
    const out: DocExample[] = [];
    blocks.forEach((b, i) => {
        if (b.lang !== 'poa') return;
        const next = blocks[i + 1];
        if (!next || next.lang !== 'text' || !/^\s*renders\s*$/.test(text.slice(b.end, next.index))) return;
        const excerpts: string[] = [];
        for (let j = i + 1; j < blocks.length && blocks[j].lang === 'text'; j++) {
            if (j > i + 1 && text.slice(blocks[j - 1].end, blocks[j].index).trim() !== '') break;
            excerpts.push(blocks[j].body);
        }
        out.push({ poa: b.body, excerpts, line: text.slice(0, b.index).split('\n').length });
    });
    return out;
}

/** The page's base instrument around an example (the example's own clauses win). */
function instrument(example: string): string {
    const has = (keyword: string) => new RegExp(`^\\s*${keyword}\\b`, 'm').test(example);
    return [
        'poa Example {',
        has('kind') ? '' : '    kind general',
        has('principal') ? '' : '    principal jane "Jane Roe" { pronoun she }',
        has('agents') ? '' : '    agents { agent john "John Doe" }',
        example,
        has('executed') ? '' : '    executed 2024-03-01 { signature conformed }',
        '}'
    ].join('\n');
}

describe('docs/language.md', () => {
    const all = examples();

    test('has examples with rendered text', () => {
        expect(all.length).toBeGreaterThanOrEqual(15);
    });

    test.each(all.map((e) => [e.line, e] as const))('example at line %i renders what the page says', async (_line, example) => {
        const source = instrument(example.poa);
        expect(await syntaxErrors(source)).toEqual([]);
        const rendered = squash(await renderSource(source));
        for (const excerpt of example.excerpts) expect(rendered).toContain(squash(excerpt));
    });
});
