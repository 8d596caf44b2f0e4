/**
 * Properties of the core pipeline on random and mutilated input: loading
 * (parse, link, every check), the semantic model, rendering and every writer
 * never throw; every diagnostic lies inside the document; rendering the same
 * text twice gives the same document.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { anyInput, EXAMPLES, FUZZ, mutatedExample, params, rangeProblem, RUNS, tokenSoup } from './property-inputs.js';

/** Loads and renders a text through every text writer; throws (failing the property) on any broken promise. */
async function pipeline(text: string): Promise<{ text: string; markdown: string; html: string }> {
    const { model, diagnostics } = await loadPoa(text);
    for (const d of diagnostics) {
        const problem = rangeProblem(text, d.range);
        if (problem) throw new Error(`diagnostic ${d.code} ("${d.message.slice(0, 60)}"): ${problem}`);
        expect(d.message.length).toBeGreaterThan(0);
    }
    const doc = renderDocument(model);
    return { text: renderText(doc), markdown: renderMarkdown(doc), html: renderHtml(doc) };
}

const TIMEOUT = FUZZ ? 3_600_000 : 60_000;

describe('the core pipeline never throws and keeps diagnostics inside the document', () => {
    test('random token soup', async () => {
        await fc.assert(fc.asyncProperty(tokenSoup, async (text) => { await pipeline(text); }), params());
    }, TIMEOUT);

    test('mutations of every example (lines deleted, duplicated, swapped; truncation; Unicode, NUL, long lines; CRLF, CR, BOM)', async () => {
        await fc.assert(fc.asyncProperty(mutatedExample, async ({ text }) => { await pipeline(text); }), params(RUNS * 2));
    }, TIMEOUT);

    test('every example truncated at every offset (every 97th offset of one example in the quick run)', async () => {
        const examples = FUZZ ? EXAMPLES : EXAMPLES.slice(0, 1);
        const step = FUZZ ? 1 : 97;
        for (const { text } of examples) {
            for (let at = 0; at <= text.length; at += step) await pipeline(text.slice(0, at));
        }
    }, TIMEOUT);
});

describe('rendering is deterministic', () => {
    test('the same text renders to the same text, Markdown and HTML twice', async () => {
        await fc.assert(fc.asyncProperty(anyInput, async (text) => {
            const first = await pipeline(text);
            const second = await pipeline(text);
            expect(second).toEqual(first);
        }), params());
    }, TIMEOUT);

    test('every example renders the same twice', async () => {
        for (const { text } of EXAMPLES) expect(await pipeline(text)).toEqual(await pipeline(text));
    }, TIMEOUT);
});

describe('the DOCX and PDF writers never throw', () => {
    test('on random and mutated instruments they write a Word package and a PDF file', async () => {
        await fc.assert(fc.asyncProperty(anyInput, async (text) => {
            const { model } = await loadPoa(text, { validate: false });
            const doc = renderDocument(model);
            const docx = await renderDocx(doc);
            expect(Buffer.from(docx.subarray(0, 2)).toString('latin1')).toBe('PK');
            const pdf = await renderPdf(doc);
            expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        }), params(Math.max(3, Math.floor(RUNS / 4))));
    }, TIMEOUT);
});
