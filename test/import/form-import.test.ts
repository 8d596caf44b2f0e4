/**
 * A document that is a statutory form imports as `form <id>`: the statute's
 * words come from the form, the filled blanks become the instrument's clauses,
 * and only text the form does not hold is kept as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statutoryForms } from '../../language/forms/form-registry.js';
import { importText } from '../../language/import/index.js';
import { loadPoa } from '../../language/poa-document.js';
import { formFixture } from '../forms/form-fixture.js';
import { renderSource, ROOT } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];
const formOf = (source: string) => /^\s*form ([a-z0-9-]+)/m.exec(source)![1];
// A form with no date blank (Georgia, New Mexico): its witnesses' names are read, but without a date of execution the
// language has no place to write them (`executed DATE { witnesses ... }`), and import does not invent a date.
const hasDate = (id: string) => {
    const text = statutoryForms().find((f) => f.id === id)!.blocks.map((b) => b.text).join('\n');
    return text.includes('{execution.') || !text.includes('{witness');
};
const filled = readdirSync(join(ROOT, 'examples', 'forms')).filter((f) => f.endsWith('.poa') && hasDate(formOf(readFileSync(join(ROOT, 'examples', 'forms', f), 'utf8'))));

describe('import of statutory forms', () => {
    it.each(statutoryForms().map((f) => f.id))('the statute\'s text of %s imports as that form, nothing kept as written', async (id) => {
        const { poa, report } = await importText(formFixture(id), `${id}.txt`);
        expect(poa).toContain(`form ${id}\n`);
        // The stored Georgia and Connecticut account texts run lines together ("CrematedPART TWO", "20...Witnessed by:"): still found.
        expect(poa).not.toContain('worded');
        expect(report.structuredShare).toBe(1);
        expect(report.clauses).toEqual([expect.objectContaining({ clause: 'form', style: id })]);
    });

    it.each(filled)('%s, rendered, imports back to the same form with its blanks filled', async (file) => {
        const source = readFileSync(join(ROOT, 'examples', 'forms', file), 'utf8');
        const id = formOf(source);
        const rendered = await renderSource(source);
        const { poa } = await importText(rendered, file.replace(/\.poa$/, '.txt'));
        expect(poa).toContain(`form ${id}\n`);
        expect(words(await renderSource(poa))).toEqual(words(rendered));
    });

    it('reads the parties, initials and execution from the blanks', async () => {
        const rendered = await renderSource(readFileSync(join(ROOT, 'examples', 'forms', 'connecticut-1-56b.poa'), 'utf8'));
        const { poa } = await importText(rendered, 'account.txt');
        expect(poa).toContain('principal carter "Lee M. Carter" { address "19 Main Street, Hartford, Connecticut 06103" }');
        expect(poa).toContain('agent carter2 "Pat Carter" { address "19 Main Street, Hartford, Connecticut 06103" }');
        expect(poa).toMatch(/executed 2025-02-12 \{/);
    });

    it('keeps text the form does not hold as written, and the checks report the changed wording', async () => {
        const added = 'The agent shall keep a record of every withdrawal.';
        const text = formFixture('ct-1-56b').replace('This power of attorney shall not be affected', `${added}\n\nThis power of attorney shall not be affected`);
        const { poa, report } = await importText(text, 'account.txt');
        expect(poa).toContain('form ct-1-56b');
        expect(poa).toContain(`// imported as written`);
        expect(poa).toContain(`worded "${added}"`);
        expect(report.keptAsWritten.map((k) => k.text)).toEqual([added]);
        const { diagnostics } = await loadPoa(poa);
        expect(diagnostics.map((d) => d.code)).toContain('poa/form-wording-changed');
    });

    it('does not take an instrument that is not a form for one', async () => {
        const rendered = await renderSource(readFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8'));
        const { poa } = await importText(rendered, 'hartford.txt');
        expect(poa).not.toMatch(/^\s*form /m);
    });
});
