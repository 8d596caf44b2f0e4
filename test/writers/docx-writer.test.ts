import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { HOSTILE_NAME, LONG_NAME, RTL_NAME, numberedDocument, proseDocument } from './fixtures.js';
import { docxText, readDocx } from './read-back.js';

describe('DOCX writer', () => {
    it('is a Word package whose paragraphs carry the text, in order, with Word styles', async () => {
        const parts = await readDocx(await renderDocx(proseDocument()));
        const [title, grant, term, testimonium] = parts.paragraphs;
        expect(title).toMatchObject({ style: 'Title', text: 'POWER OF ATTORNEY' });
        expect(grant.style).toBe('BodyText');
        expect(grant.text).toBe(`The undersigned hereby appoints Ricardo A. Anzaldua as attorney-in-fact to file Forms 3, 4 and 5 with respect to securities of ${HOSTILE_NAME} (the "Company").`);
        expect(term.text).toContain('takes effect on __________ and remains');
        expect(testimonium.style).toBe('Testimonium');
        expect(parts.stylesXml).toContain('w:styleId="BodyText"');
        expect(parts.stylesXml).toContain('w:styleId="Title"');
        expect(parts.stylesXml).toContain('w:styleId="Signature"');
    });

    it('escapes hostile text as XML character data and marks right-to-left runs', async () => {
        const parts = await readDocx(await renderDocx(proseDocument()));
        expect(parts.documentXml).not.toContain('<script>');
        expect(parts.documentXml).toContain('&lt;script&gt;');
        expect(docxText(parts)).toContain(HOSTILE_NAME);
        expect(docxText(parts)).toContain(LONG_NAME);
        const rtl = /<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g;
        const rtlRun = [...parts.documentXml.matchAll(rtl)].map((m) => m[0]).find((r) => r.includes(RTL_NAME))!;
        expect(rtlRun).toMatch(/<w:rtl\s*\/>/);
    });

    it('drops control characters that XML cannot carry instead of writing a broken file', async () => {
        const doc = proseDocument();
        doc.blocks[1].runs = [{ text: 'Bell\u0007 and NUL\u0000 here' }];
        const parts = await readDocx(await renderDocx(doc));
        expect(parts.paragraphs[1].text).toBe('Bell  and NUL  here');
    });

    it('lays out signature, witness and notary blocks as lines with rules and captions, kept together', async () => {
        const parts = await readDocx(await renderDocx(proseDocument()));
        const p = parts.paragraphs;
        const sig = p.findIndex((x) => x.text === '/s/ Jane Q. Officer');
        expect(p[sig]).toMatchObject({ style: 'Signature', keepNext: true });
        expect(p[sig + 1]).toMatchObject({ text: '', bottomBorder: true, keepNext: true });
        expect(p[sig + 2]).toMatchObject({ style: 'Caption', text: LONG_NAME, keepNext: false });
        const witnesses = p.findIndex((x) => x.text === 'WITNESSES');
        expect(p[witnesses].style).toBe('BlockHeading');
        expect(p.slice(witnesses + 1, witnesses + 6).map((x) => [x.bottomBorder, x.style, x.text])).toEqual([
            [false, 'Signature', 'Signed in our presence by the principal, who appeared to be of sound mind.'],
            [true, 'Signature', ''],
            [false, 'Caption', 'Witness signature'],
            [true, 'Signature', ''],
            [false, 'Caption', 'Witness signature']
        ]);
        expect(p.slice(witnesses, witnesses + 5).every((x) => x.keepNext)).toBe(true);
        const notary = p.findIndex((x) => x.text === 'ACKNOWLEDGMENT');
        expect(p[notary + 2].text).toBe('County of __________');
        const expires = p.find((x) => x.text.startsWith('My commission expires:'))!;
        expect(expires.keepNext).toBe(false);
        const xml = parts.documentXml.slice(parts.documentXml.indexOf('My commission expires:'));
        expect(xml.slice(0, xml.indexOf('</w:p>'))).toMatch(/<w:u w:val="single"\/>[\s\S]*<w:tab\/>/);
    });

    it('has "Page X of Y" in the footer from PAGE and NUMPAGES fields', async () => {
        const parts = await readDocx(await renderDocx(proseDocument()));
        expect(parts.footers).toHaveLength(1);
        const footer = parts.footers[0];
        expect(footer).toMatch(/Page /);
        expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
        expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
        expect(footer.indexOf('PAGE')).toBeLessThan(footer.indexOf(' of '));
        expect(footer.indexOf(' of ')).toBeLessThan(footer.indexOf('NUMPAGES'));
    });

    it('sets the document properties title, subject and author', async () => {
        const { coreXml } = await readDocx(await renderDocx(proseDocument()));
        expect(coreXml).toContain('<dc:title>POWER OF ATTORNEY</dc:title>');
        expect(coreXml).toContain('<dc:subject>Section 16 power of attorney</dc:subject>');
        expect(coreXml).toContain('<dc:creator>Jane Q. Officer</dc:creator>');
    });

    it('uses a Word numbered list for the numbered layout and only for numbered paragraphs', async () => {
        const parts = await readDocx(await renderDocx(numberedDocument()));
        const numbered = parts.paragraphs.filter((p) => p.numbered);
        expect(numbered.map((p) => p.text.slice(0, 30))).toEqual([
            'The undersigned hereby appoint', 'This power of attorney takes e', 'The undersigned ratifies all t'
        ]);
        const unnumbered = await readDocx(await renderDocx(proseDocument()));
        expect(unnumbered.paragraphs.some((p) => p.numbered)).toBe(false);
    });
});
