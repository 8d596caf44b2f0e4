/** The phrasebook is well-formed data: every template parses, names known slots, and every style id is writable in a file. */
import { describe, expect, test } from 'vitest';
import { PHRASEBOOK, STYLE_SETS, findStyle } from '../../language/phrasebook/index.js';
import { CLAUSES, PARAGRAPH_ORDER } from '../../language/registry/clause-registry.js';
import { Slots } from '../../language/render/slots.js';
import { RenderContext } from '../../language/render/render-context.js';
import { parseTemplate, templateSlots } from '../../language/render/template-engine.js';
import { loadPoa } from '../../language/poa-document.js';
import { syntaxErrors } from '../helpers.js';

const allStyles = PHRASEBOOK.flatMap((c) => c.styles.map((s) => ({ clause: c.clause, style: s })));

describe('the phrasebook', () => {
    test('every template and variant parses', () => {
        for (const { style } of allStyles) {
            for (const t of [style.template, ...Object.values(style.variants ?? {})]) expect(() => parseTemplate(t)).not.toThrow();
        }
    });

    test('every slot a template names is a slot the renderer knows', async () => {
        const { model } = await loadPoa('poa X { principal p "Pat Doe" agents { agent a "Ann Lee" } }', { validate: false });
        const slots = new Slots(new RenderContext(model), {});
        for (const { clause, style } of allStyles) {
            for (const t of [style.template, ...Object.values(style.variants ?? {})]) {
                for (const name of templateSlots(t)) expect(slots.slot(name), `${clause}/${style.id}: {${name}}`).toBeDefined();
            }
        }
    });

    test('style ids are unique per clause', () => {
        for (const c of PHRASEBOOK) expect(new Set(c.styles.map((s) => s.id)).size).toBe(c.styles.length);
    });

    test('every style id can be written in a file (`phrasing <clause> style <id>`)', async () => {
        for (const { clause, style } of allStyles) {
            expect(await syntaxErrors(`poa X { phrasing ${clause} style ${style.id} }`), `${clause}/${style.id}`).toEqual([]);
        }
    });

    test('every style set names existing styles', () => {
        for (const set of STYLE_SETS) {
            for (const [clause, id] of Object.entries(set.clauses)) expect(findStyle(clause, id), `${set.id}: ${clause}/${id}`).toBeDefined();
        }
    });

    test('the registry lists every phrasebook clause once, and orders the paragraphs', () => {
        const listed = CLAUSES.flatMap((c) => c.phrases);
        for (const c of PHRASEBOOK) expect(listed, c.clause).toContain(c.clause);
        // A questionnaire's undertakings come before the grant; every other paragraph after it.
        expect(PARAGRAPH_ORDER.filter((id) => id !== 'undertakings')[0]).toBe('grant');
        expect(PARAGRAPH_ORDER.indexOf('undertakings')).toBeLessThan(PARAGRAPH_ORDER.indexOf('grant'));
        expect(PARAGRAPH_ORDER.indexOf('acknowledgment')).toBeLessThan(PARAGRAPH_ORDER.indexOf('term'));
    });
});

describe('choosing styles in a file', () => {
    const base = (clauses: string) => `poa X {
        kind section16
        principal p "Pat Doe" { pronoun she }
        agents severally { agent a "Ann Lee" agent b "Bob Poe" }
        issuer co "Acme Corp." { defined as "Company" }
        grant { file form3, form4, form5 under section16a any other action }
        ${clauses}
        executed as of 2024-03-01 { signature conformed }
    }`;

    test('an unknown style renders the default wording, and parses', async () => {
        const { renderSource } = await import('../helpers.js');
        expect(await syntaxErrors(base('opening style no-such-style'))).toEqual([]);
        expect(await renderSource(base('opening style no-such-style'))).toContain('The undersigned does hereby nominate, constitute and appoint Ann Lee and Bob Poe');
    });

    test('a clause\'s own style wins over the style set', async () => {
        const { renderSource, squash } = await import('../helpers.js');
        const text = squash(await renderSource(base('style edgar-classic opening style know-all-caps')));
        expect(text).toContain('KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints each of Ann Lee and Bob Poe, each acting singly, her true and lawful attorney-in-fact to: (1) execute for and on behalf of the undersigned Forms 3, 4 and 5 in accordance with');
        expect(text).toContain('as of this 1st day of March, 2024.');
    });

    test('a style without the model\'s case leaves it to the default style', async () => {
        const { renderSource, squash } = await import('../helpers.js');
        const text = squash(await renderSource(base('term style no-longer-required { ends after 2 years }')));
        expect(text).toContain('shall remain in effect for 2 years from the date of its execution');
    });
});
