/**
 * A clause cut off while it is being typed renders without throwing in every writer (found by the
 * fuzz run's truncation of every example at every offset).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderText } from '../../language/render/writers/render-text.js';

async function renderAll(text: string): Promise<string> {
    const { model } = await loadPoa(text);
    const doc = renderDocument(model);
    renderHtml(doc);
    renderMarkdown(doc);
    return renderText(doc);
}

/** The example's text up to just after `words`, as the fuzz run cut it. */
function cutAfter(file: string, words: string): string {
    const text = readFileSync(file, 'utf8');
    return text.slice(0, text.indexOf(words) + words.length);
}

describe('half-written clauses', () => {
    test('a `schedule` keyword with no name yet (the Microsoft S-8 model cut after "schedule")', async () => {
        const text = cutAfter('examples/corpus/regstmt_microsoft-s8-posam-2004.poa', '\n\n    schedule');
        expect(text.endsWith('schedule')).toBe(true);
        await expect(renderAll(text)).resolves.toContain('POWER OF ATTORNEY');
    });

    test('a `define` with no meaning yet defines nothing (the Welltower model cut after "define sec")', async () => {
        const text = cutAfter('examples/corpus/regstmt_welltower-s3asr-ex24-2025.poa', 'define sec');
        const rendered = await renderAll(text);
        expect(rendered).not.toContain('undefined');
        const { model } = await loadPoa(text);
        expect(model.definedTerms.find((t) => t.id === 'sec')).toMatchObject({ standard: true, term: 'SEC' });
    });
});
