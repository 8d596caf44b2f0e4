import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../language/forms/form-template.js';
import { renderStatutoryForm } from '../../language/forms/render-statutory-form.js';
import type { StatutoryForm } from '../../language/forms/statutory-form.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { similarity } from '../fidelity.js';
import { readExample, renderSource } from '../helpers.js';
import { docxText, pdfPages, readDocx, unicodeFont } from '../writers/read-back.js';

const fill = (template: string, values: Record<string, string>, plural = false) =>
    fillTemplate(template, { plural, value: (s) => values[s], blank: (s) => (s === 'date' ? '____, 20__' : '______') }).map((p) => p.text).join('');

describe('the form template language', () => {
    test('a filled slot takes its value; an unfilled one prints the statute\'s blank', () => {
        expect(fill('I {principal.name} name', { 'principal.name': 'Jo Lee' })).toBe('I Jo Lee name');
        expect(fill('I {principal.name} name', {})).toBe('I ______ name');
        expect(fill('on {date}', {})).toBe('on ____, 20__');
    });

    test('an optional group is dropped only when every slot in it is empty', () => {
        expect(fill('appoint {agent}[ to act {mode}].', { agent: 'Al' })).toBe('appoint Al.');
        expect(fill('appoint {agent}[ to act {mode}].', { agent: 'Al', mode: 'severally' })).toBe('appoint Al to act severally.');
    });

    test('agreement alternatives follow the number of agents; backslash escapes are literal', () => {
        expect(fill('my {agent|agents}', {})).toBe('my agent');
        expect(fill('my {agent|agents}', {}, true)).toBe('my agents');
        expect(fill('NOMINATION OF \\[GUARDIAN\\] \\{x\\}', {})).toBe('NOMINATION OF [GUARDIAN] {x}');
    });
});

describe('a filled statutory form', () => {
    test('the South Dakota example writes the names into the statute\'s blanks and marks the initialled powers only', async () => {
        const text = await renderSource(readExample('forms/south-dakota-59-12-41.poa'));
        expect(text).toContain('I Jordan A. Lee name the following person as my agent:');
        expect(text).toContain('Name of Agent: Sam Lee');
        expect(text).toContain('Name of Successor Agent: Casey Lee');
        expect(text).toContain('(J.A.L.) Real Property (§59-12-26)');
        expect(text).toContain('(___) Tangible Personal Property (§59-12-27)');
        expect(text).toContain('(J.A.L.) This power of attorney is effective immediately and shall not be affected by disability of the principal.');
        expect(text).toContain('My agent may not sell my residence at 14 Elm Street.');
        expect(text).toContain('County of Hughes)');
        // The statute's caution keeps its capitals.
        expect(text).toContain('INITIAL ONLY the specific authority you WANT to give your agent.');
    });

    test('the Connecticut form writes "severally" where several agents act each alone', async () => {
        const text = await renderSource(readExample('forms/connecticut-1-352.poa'));
        expect(text).toMatch(/do hereby appoint Avery Reyes, 8 Whitney Avenue, New Haven, Connecticut 06510, and Blake Reyes my agent\(s\) TO ACT severally/);
        expect(text).toContain('this 11th day of January, 2025');
    });

    test('DOCX and PDF of a filled form read back at >= 0.98 of its text', async () => {
        const { model } = await loadPoa(readExample('forms/south-dakota-59-12-41.poa'), { validate: false });
        const doc = renderDocument(model);
        const text = renderText(doc, { width: 0 });
        const docx = docxText(await readDocx(await renderDocx(doc)));
        expect(similarity(text, docx)).toBeGreaterThanOrEqual(0.98);
        const pages = await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont(), creationDate: new Date(Date.UTC(2025, 4, 18)) }));
        const pdf = pages.join('\n').replace(/Page \d+ of \d+/g, '');
        expect(similarity(text, pdf)).toBeGreaterThanOrEqual(0.98);
        // Markdown and HTML keep the notices' capitals and the initials lines too.
        expect(renderMarkdown(doc)).toContain('INITIAL ONLY the specific authority you WANT');
        expect(renderHtml(doc).replace(/<[^>]+>/g, '')).toContain('(J.A.L.) Real Property');
    });

    test('a page break the statute\'s layout asks for starts a new page in DOCX and PDF', async () => {
        const form: StatutoryForm = {
            id: 'xx-1', title: 'Test form', jurisdiction: 'XX', kind: 'general', citation: 'Test § 1',
            source: { repo: 'none', path: 'none', commit: '0'.repeat(40) }, taken: '2026-11-30', blank: '____',
            formalities: { witnesses: 0, witnessesRequired: false, notary: 'none', citation: 'Test § 1' },
            blocks: [
                { kind: 'heading', text: 'TEST FORM' },
                { kind: 'paragraph', text: 'I {principal.name} sign.' },
                { kind: 'page-break', text: '' },
                { kind: 'signature', text: '{principal.name}\nSignature' }
            ]
        };
        const { model } = await loadPoa('poa T { principal p "Pat Doe" }', { validate: false });
        const doc = renderStatutoryForm(form, model);
        expect(doc.blocks.map((b) => [b.kind, b.pageBreakBefore ?? false])).toEqual([['title', false], ['paragraph', false], ['signature', true]]);
        const parts = await readDocx(await renderDocx(doc));
        expect(parts.documentXml).toContain('<w:pageBreakBefore');
        const pages = await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont(), creationDate: new Date(Date.UTC(2025, 0, 1)) }));
        expect(pages).toHaveLength(2);
        expect(pages[1]).toContain('Pat Doe');
    });
});
