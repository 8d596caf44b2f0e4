import { describe, expect, it } from 'vitest';
import { renderMarkdown, escapeMarkdown } from '../../language/render/writers/render-markdown.js';
import { HOSTILE_NAME, LONG_NAME, RTL_NAME, numberedDocument, proseDocument } from './fixtures.js';

/** Undoes Markdown backslash escapes, as a Markdown reader would. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown writer', () => {
    const md = renderMarkdown(proseDocument());
    const blocks = md.trim().split(/\n\n/);

    it('writes the title as the only top-level heading and each paragraph as its own block', () => {
        expect(blocks[0]).toBe('# POWER OF ATTORNEY');
        expect(md.match(/^# /gm)).toHaveLength(1);
        expect(unescape(blocks[1])).toBe(`The undersigned hereby appoints Ricardo A. Anzaldua as attorney-in-fact to file Forms 3, 4 and 5 with respect to securities of ${HOSTILE_NAME} (the "Company").`);
        expect(unescape(blocks[3])).toMatch(/^IN WITNESS WHEREOF, I have hereunto set my hand/);
    });

    it('escapes markup in user text so <script> and & are shown, not interpreted', () => {
        expect(md).not.toContain('<script>');
        expect(md).toContain('\\<script\\>');
        expect(md).toContain('\\&');
        expect(unescape(md)).toContain(HOSTILE_NAME);
        expect(escapeMarkdown('*bold* _x_ [link](y)')).toBe('\\*bold\\* \\_x\\_ \\[link\\](y)');
    });

    it('keeps right-to-left and very long names intact', () => {
        expect(md).toContain(RTL_NAME);
        expect(unescape(md)).toContain(LONG_NAME);
    });

    it('shows a blank as a visible rule of underscores', () => {
        expect(md).toContain('takes effect on \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ and remains');
    });

    it('writes signature, witness and notary blocks as headed groups of hard-broken lines', () => {
        const witnesses = blocks.findIndex((b) => b === '**WITNESSES**');
        expect(witnesses).toBeGreaterThan(0);
        const lines = blocks[witnesses + 1].split('\\\n');
        expect(lines[0]).toMatch(/^Signed in our presence/);
        expect(lines[1]).toMatch(/^(\\_)+$/);
        expect(lines[2]).toBe('*Witness signature*');
        expect(blocks).toContain('**ACKNOWLEDGMENT**');
        const notary = blocks[blocks.indexOf('**ACKNOWLEDGMENT**') + 1].split('\\\n');
        expect(notary[notary.length - 1]).toMatch(/^My commission expires: (\\_)+$/);
        const signature = blocks.find((b) => b.startsWith('/s/'))!;
        expect(signature.split('\\\n')[0]).toBe('/s/ Jane Q. Officer');
    });

    it('numbers paragraphs as an ordered list when the layout is numbered', () => {
        const out = renderMarkdown(numberedDocument());
        const items = out.split('\n').filter((l) => /^\d+\. /.test(l));
        expect(items.map((l) => l.split('.')[0])).toEqual(['1', '2', '3']);
        expect(items[2]).toMatch(/^3\. The undersigned ratifies/);
    });

    it('does not let a paragraph that starts like a list or heading turn into one', () => {
        const doc = proseDocument();
        doc.blocks[1] = { kind: 'paragraph', id: 'p', runs: [{ text: '# 1. - not a heading' }] };
        doc.blocks[2] = { kind: 'paragraph', id: 'q', runs: [{ text: '2024. A year.' }] };
        const out = renderMarkdown(doc).split('\n\n');
        expect(out[1]).toBe('\\# 1. - not a heading');
        expect(out[2]).toBe('2024\\. A year.');
    });
});
