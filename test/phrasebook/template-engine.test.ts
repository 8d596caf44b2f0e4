/** The template language: literal text, {slot}, [optional group], {a|b} agreement. */
import { describe, expect, test } from 'vitest';
import type { Run } from '../../language/render/document-tree.js';
import { fillTemplate, parseTemplate, templateSlots, TemplateError, type SlotSource } from '../../language/render/template-engine.js';

function source(values: Record<string, string>, opts: { principal?: boolean; agents?: boolean } = {}): SlotSource & { introduced: string[] } {
    const introduced: string[] = [];
    return {
        introduced,
        slot: (name) => {
            if (!(name in values)) return undefined;
            if (values[name]) introduced.push(name);
            return values[name] ? [{ text: values[name], role: 'party' }] : [];
        },
        singular: (g) => (g === 'agents' ? opts.agents ?? true : opts.principal ?? true),
        checkpoint: () => {
            const length = introduced.length;
            return () => { introduced.length = length; };
        }
    };
}

const text = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('the template language', () => {
    test('literal text and slots; a slot keeps its role', () => {
        const runs = fillTemplate('appoints {agents} as agent', source({ agents: 'Ann Lee' }));
        expect(text(runs)).toBe('appoints Ann Lee as agent');
        expect(runs.find((r) => r.text === 'Ann Lee')?.role).toBe('party');
    });

    test('a capitalised slot name capitalises the first letter of its value', () => {
        expect(text(fillTemplate('{Subject} signs', source({ subject: 'the undersigned' })))).toBe('The undersigned signs');
    });

    test('an optional group is dropped when a slot in it is empty, and kept otherwise', () => {
        expect(text(fillTemplate('A[, {mode}] B', source({ mode: '' })))).toBe('A B');
        expect(text(fillTemplate('A[, {mode}] B', source({ mode: 'signing singly' })))).toBe('A, signing singly B');
        expect(text(fillTemplate('x[ as {role} of {issuer}] y', source({ role: '', issuer: 'Co' })))).toBe('x y');
    });

    test('a dropped group introduces nothing (first-use state is restored)', () => {
        const s = source({ role: '', issuer: 'Co' });
        fillTemplate('[{issuer} {role}]', s);
        expect(s.introduced).toEqual([]);
    });

    test('agreement: {a|b} with the principal, {agents:a|b} with the agents', () => {
        expect(text(fillTemplate('{does|do}', source({}, { principal: true })))).toBe('does');
        expect(text(fillTemplate('{does|do}', source({}, { principal: false })))).toBe('do');
        expect(text(fillTemplate('{agents:is|are}', source({}, { agents: false })))).toBe('are');
        expect(text(fillTemplate('{agents:|,} x', source({}, { agents: true })))).toBe(' x');
    });

    test('escapes stand for the character', () => {
        expect(text(fillTemplate('\\[Signature Page Follows\\] \\{x\\}', source({})))).toBe('[Signature Page Follows] {x}');
    });

    test('an unknown slot is shown as a marked gap, not a crash', () => {
        const runs = fillTemplate('a {nothing} b', source({}));
        expect(runs.find((r) => r.role === 'missing')?.text).toBe('{nothing}');
    });

    test('malformed templates are rejected with the place of the fault', () => {
        expect(() => parseTemplate('a [b')).toThrow(TemplateError);
        expect(() => parseTemplate('a ] b')).toThrow(/closes no group/);
        expect(() => parseTemplate('a {b')).toThrow(/not closed/);
        expect(() => parseTemplate('{x:a|b}')).toThrow(/unknown agreement/);
        expect(() => parseTemplate('{a|b|c}')).toThrow(/two plain alternatives/);
        expect(() => parseTemplate('a | b')).toThrow(/outside braces/);
    });

    test('templates are parsed once', () => {
        expect(parseTemplate('x {y}')).toBe(parseTemplate('x {y}'));
        expect(templateSlots('[{a} {B}] {c}')).toEqual(['a', 'b', 'c']);
    });
});

describe('agreement with "I"', () => {
    // "I" takes the plural alternative ("I have", "I sign") but not of the verb "to be": a trial's first-person
    // confirming statement rendered "until I are no longer required to file Forms 3, 4 and 5".
    const firstPerson = (singularI: boolean): SlotSource => ({
        slot: (name) => (name === 'subject' ? [{ text: singularI ? 'I' : 'we' }] : undefined),
        singular: () => false,
        firstPersonSingular: (g) => g === 'principal' && singularI,
        checkpoint: () => () => undefined
    });

    test('"I am", "I was", "I have"; "we are", "we were", "we have"', () => {
        const t = '{subject} {is|are} here, {subject} {was|were} there, {subject} {has|have} it';
        expect(text(fillTemplate(t, firstPerson(true)))).toBe('I am here, I was there, I have it');
        expect(text(fillTemplate(t, firstPerson(false)))).toBe('we are here, we were there, we have it');
    });

    test('the agents\' agreement is not the principal\'s', () => {
        const agents: SlotSource = { ...firstPerson(true), slot: () => [{ text: 'they' }], firstPersonSingular: (g) => g === 'principal' };
        expect(text(fillTemplate('{subject} {agents:is|are}', agents))).toBe('they are');
    });
});
