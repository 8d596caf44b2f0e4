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
        expect(PARAGRAPH_ORDER[0]).toBe('grant');
        expect(PARAGRAPH_ORDER.indexOf('acknowledgment')).toBeLessThan(PARAGRAPH_ORDER.indexOf('term'));
    });
});
