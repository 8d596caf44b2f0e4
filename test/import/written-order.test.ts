/**
 * A list introduced by its own sentence ("The undersigned acknowledges that:" / "(1) ..." / ... / "(4) ..."), its
 * items in paragraphs of their own, is read as one sentence of the clause whose style it is (the acknowledgment's
 * `four-acknowledgments`), not kept as written on the grant; and a document whose clauses come in an order other
 * than the renderer's (that acknowledgment before the grant of incidental authority) is imported with
 * `order as-written`, so that its rendering keeps the document's order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { wordString } from '../../language/import/verify-rendering.js';
import { outOfOrder, withOrderAsWritten } from '../../language/import/written-order.js';
import { renderSource, ROOT } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

describe('the order of an imported file', () => {
    it('counts the sentences printed before the sentence that precedes them', () => {
        const rendered = wordString('Alpha one. Beta two. Gamma three.');
        expect(outOfOrder(rendered, ['Alpha one.', 'Beta two.', 'Gamma three.'])).toBe(0);
        expect(outOfOrder(rendered, ['Gamma three.', 'Alpha one.', 'Beta two.'])).toBe(1);
        // A sentence the rendering does not print is no evidence of order.
        expect(outOfOrder(rendered, ['Beta two.', 'Delta four.', 'Gamma three.'])).toBe(0);
    });

    it('writes order as-written after the kind and the jurisdiction', () => {
        expect(withOrderAsWritten('poa X {\n    kind section16\n    jurisdiction federal\n    title "T"\n}\n'))
            .toBe('poa X {\n    kind section16\n    jurisdiction federal\n    order as-written\n    title "T"\n}\n');
    });

    it('reads an acknowledgment listed in paragraphs as its style, in the document\'s order', async () => {
        // The Yelp power (sec16_yelp-rabois-formid-2012) as its hand model renders it, its acknowledgments listed in
        // paragraphs of their own, as the filed text lists them.
        const rendered = await renderSource(readFileSync(join(ROOT, 'examples', 'corpus', 'sec16_yelp-rabois-formid-2012.poa'), 'utf8'));
        const text = rendered.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n').replace('The undersigned acknowledges that: (1)', '\n\nThe undersigned acknowledges that:\n\n(1)')
            .replace(/ (\((?:2|3|4)\) (?:any documents|neither|this Power))/g, '\n\n$1');
        expect(text).toContain('\n\n(4) this Power of Attorney does not relieve');
        const { poa, report } = await importText(text, 'yelp.txt');
        expect(poa).toContain('acknowledgment no-assumption style four-acknowledgments');
        expect(poa).toContain('    order as-written\n');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain('The undersigned acknowledges that:');
        const again = await renderSource(poa);
        expect(words(again)).toEqual(words(text));
    });
});
