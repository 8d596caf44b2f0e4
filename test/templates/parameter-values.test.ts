import { describe, expect, it } from 'vitest';
import { bindRow, missingColumns, unknownColumns } from '../../language/templates/bind-rows.js';
import { checkParameterValue, isCalendarDate, type ParameterSpec } from '../../language/templates/parameter-values.js';

const p = (name: string, type: ParameterSpec['type'], options: string[] = []): ParameterSpec => ({ name, type, options });

describe('parameter values', () => {
    it('accepts real calendar dates written YYYY-MM-DD only', () => {
        expect(isCalendarDate('2024-02-29')).toBe(true);
        expect(isCalendarDate('2000-02-29')).toBe(true);
        expect(isCalendarDate('1900-02-29')).toBe(false);
        expect(isCalendarDate('2023-02-29')).toBe(false);
        expect(isCalendarDate('2024-04-31')).toBe(false);
        expect(isCalendarDate('2024-13-01')).toBe(false);
        expect(isCalendarDate('2024-00-10')).toBe(false);
        expect(checkParameterValue(p('d', 'date'), ' 2024-03-05 ')).toEqual({ ok: true, value: '2024-03-05' });
        expect(checkParameterValue(p('d', 'date'), '2024-02-30')).toEqual({ ok: false, message: '"2024-02-30" is not a real calendar date' });
        expect(checkParameterValue(p('d', 'date'), '03/05/2024')).toMatchObject({ ok: false, message: expect.stringContaining('is not a date written YYYY-MM-DD') });
    });

    it('accepts he, she, they and it as pronouns, in any case', () => {
        expect(checkParameterValue(p('x', 'pronoun'), 'She')).toEqual({ ok: true, value: 'she' });
        expect(checkParameterValue(p('x', 'pronoun'), 'they')).toEqual({ ok: true, value: 'they' });
        expect(checkParameterValue(p('x', 'pronoun'), 'hers')).toEqual({ ok: false, message: '"hers" is not a pronoun the instrument can use; write he, she, they or it' });
    });

    it('accepts a choice only from its options, giving the option as declared', () => {
        const choice = p('c', 'choice', ['Director', 'Officer']);
        expect(checkParameterValue(choice, 'officer')).toEqual({ ok: true, value: 'Officer' });
        expect(checkParameterValue(choice, 'Trustee')).toEqual({ ok: false, message: '"Trustee" is not one of the choices: "Director", "Officer"' });
    });

    it('takes names and text as written (hostile or not) but not blank, and a name on one line with letters', () => {
        expect(checkParameterValue(p('n', 'person'), '<script>alert(1)</script> & Co')).toEqual({ ok: true, value: '<script>alert(1)</script> & Co' });
        expect(checkParameterValue(p('n', 'person'), 'שרה כהן')).toEqual({ ok: true, value: 'שרה כהן' });
        expect(checkParameterValue(p('n', 'person'), '   ')).toEqual({ ok: false, message: 'the name is blank' });
        expect(checkParameterValue(p('n', 'person'), '12345')).toMatchObject({ ok: false, message: expect.stringContaining('has no letters') });
        expect(checkParameterValue(p('n', 'person'), 'Ann\nBee')).toMatchObject({ ok: false, message: expect.stringContaining('more than one line') });
        expect(checkParameterValue(p('t', 'text'), 'Line one\nline two')).toEqual({ ok: true, value: 'Line one\nline two' });
        expect(checkParameterValue(p('t', 'text'), 'bell\u0007')).toMatchObject({ ok: false, message: expect.stringContaining('control characters') });
    });
});

describe('binding a row', () => {
    const params = [p('name', 'person'), p('date', 'date'), p('pronoun', 'pronoun')];

    it('gives checked values by parameter name and leaves empty cells unset', () => {
        const bound = bindRow(params, { line: 4, index: 3, values: { name: ' Zoë Åkesson ', pronoun: 'SHE', extra: 'x' } });
        expect(bound.problems).toEqual([]);
        expect(bound.data).toEqual({ name: 'Zoë Åkesson', pronoun: 'she' });
    });

    it('names the line and the column of each bad value', () => {
        const bound = bindRow(params, { line: 7, index: 6, values: { name: 'Ann', date: '2024-02-30', pronoun: 'him' } });
        expect(bound.problems).toEqual([
            { line: 7, column: 'date', message: '"2024-02-30" is not a real calendar date' },
            { line: 7, column: 'pronoun', message: '"him" is not a pronoun the instrument can use; write he, she, they or it' }
        ]);
    });

    it('tells which columns are not parameters and which parameters have no column', () => {
        const table = { columns: ['name', 'notes'], rows: [] };
        expect(unknownColumns(params, table)).toEqual(['notes']);
        expect(missingColumns(params, table)).toEqual(['date', 'pronoun']);
    });
});
