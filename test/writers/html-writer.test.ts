import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { HOSTILE_NAME, LONG_NAME, RTL_NAME, numberedDocument, proseDocument } from './fixtures.js';

describe('HTML writer', () => {
    const html = renderHtml(proseDocument());
    const root = parse(html);

    it('is a standalone page with the document properties and a strict content security policy', () => {
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(root.querySelector('title')!.text).toBe('POWER OF ATTORNEY');
        expect(root.querySelector('meta[name="author"]')!.getAttribute('content')).toBe('Jane Q. Officer');
        const csp = root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toContain('script-src');
    });

    it('has print CSS for US Letter with one-inch margins, a centred title, justified text and unbroken signature blocks', () => {
        const css = root.querySelector('style')!.text;
        expect(css).toMatch(/@page\s*\{\s*size:\s*letter;\s*margin:\s*1in;?\s*\}/);
        expect(css).toMatch(/h1\.title\s*\{[^}]*text-align:\s*center/);
        expect(css).toMatch(/p\.clause\s*\{[^}]*text-align:\s*justify/);
        expect(css).toMatch(/section\.keep\s*\{[^}]*break-inside:\s*avoid/);
    });

    it('writes the title and paragraphs in order, with the user text as text', () => {
        const main = root.querySelector('main')!;
        expect(main.querySelector('h1.title')!.text).toBe('POWER OF ATTORNEY');
        const clauses = main.querySelectorAll('p.clause');
        expect(clauses).toHaveLength(2);
        expect(clauses[0].text).toBe(`The undersigned hereby appoints Ricardo A. Anzaldua as attorney-in-fact to file Forms 3, 4 and 5 with respect to securities of ${HOSTILE_NAME} (the "Company").`);
        expect(main.querySelector('p.testimonium')!.text).toMatch(/^IN WITNESS WHEREOF/);
    });

    it('never lets a hostile name become markup', () => {
        expect(root.querySelectorAll('script')).toHaveLength(0);
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons');
        const parties = root.querySelectorAll('bdi.party').map((e) => e.text);
        expect(parties).toContain(HOSTILE_NAME);
        expect(parties).toContain(RTL_NAME);
        expect(parties).toContain(LONG_NAME);
    });

    it('marks blanks so they show as lines to fill in, with the reason as a tooltip', () => {
        const blanks = root.querySelectorAll('span.blank');
        expect(blanks.length).toBe(2);
        expect(blanks[0].getAttribute('title')).toBe('The template parameter startDate has no value.');
    });

    it('lays out signature, witness and notary blocks as kept-together sections with rules and captions', () => {
        const sig = root.querySelector('section.signature')!;
        expect(sig.classList.contains('keep')).toBe(true);
        expect(sig.querySelectorAll('.line')[0].text).toBe('/s/ Jane Q. Officer');
        expect(sig.querySelectorAll('.rule')).toHaveLength(1);
        const witnesses = root.querySelector('section.witnesses')!;
        expect(witnesses.querySelector('h2')!.text).toBe('WITNESSES');
        expect(witnesses.querySelectorAll('.rule')).toHaveLength(2);
        expect(witnesses.querySelectorAll('.caption').map((c) => c.text)).toEqual(['Witness signature', 'Witness signature']);
        const notary = root.querySelector('section.notary')!;
        expect(notary.querySelector('h2')!.text).toBe('ACKNOWLEDGMENT');
        expect(notary.text).toContain('State of New York');
        const labelled = notary.querySelector('.labelled')!;
        expect(labelled.text).toBe('My commission expires: ');
        expect(labelled.querySelectorAll('span.fill')).toHaveLength(1);
    });

    it('writes numbered paragraphs as one ordered list keeping the renderer\'s numbers', () => {
        const doc = parse(renderHtml(numberedDocument()));
        const lists = doc.querySelectorAll('ol.clauses');
        expect(lists).toHaveLength(1);
        const items = lists[0].querySelectorAll('li');
        expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2', '3']);
        expect(items[2].text).toMatch(/^The undersigned ratifies/);
        expect(doc.querySelectorAll('p.clause')).toHaveLength(0);
    });
});
