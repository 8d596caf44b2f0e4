import { describe, expect, it } from 'vitest';
import { DataFileError, dataFormatOf, parseCsvData, parseJsonData } from '../../language/templates/data-rows.js';

describe('CSV data', () => {
    it('reads a header of parameter names and one row per document, keeping quoted commas, quotes and accents', () => {
        const table = parseCsvData('officerName,executionDate\n"O\'Connor, Jr., Daniel",2024-03-04\n"Robert ""Bobby"" Kowalczyk",2024-03-05\nJosé Peña,\n');
        expect(table.columns).toEqual(['officerName', 'executionDate']);
        expect(table.rows.map((r) => r.values)).toEqual([
            { officerName: "O'Connor, Jr., Daniel", executionDate: '2024-03-04' },
            { officerName: 'Robert "Bobby" Kowalczyk', executionDate: '2024-03-05' },
            { officerName: 'José Peña' }
        ]);
    });

    it('numbers rows by the file line they start on, across blank lines and quoted line breaks', () => {
        const table = parseCsvData('name,address\nA,"1 Main St\nSuite 2"\n\nB,x\r\nC,y\n');
        expect(table.rows.map((r) => [r.values.name, r.line])).toEqual([['A', 2], ['B', 5], ['C', 6]]);
    });

    it('marks a row with the wrong number of values as bad, naming its line, and keeps the others', () => {
        const table = parseCsvData('a,b\n1,2\nJohn Smith, Jr.,3\n4,5\n');
        expect(table.rows[1].error).toEqual({ line: 3, message: expect.stringContaining('the row has 3 values but the header names 2 columns') });
        expect(table.rows[0].error).toBeUndefined();
        expect(table.rows[2].values).toEqual({ a: '4', b: '5' });
    });

    it('refuses a file it cannot read with a clear reason', () => {
        expect(() => parseCsvData('')).toThrow(/the CSV file is empty/);
        expect(() => parseCsvData('a,a\n1,2\n')).toThrow(/column "a": the column is named twice/);
        expect(() => parseCsvData('a,b\n"unclosed,2\n')).toThrow(DataFileError);
        expect(() => parseCsvData('a,b\n"unclosed,2\n')).toThrow(/never closed/);
    });

    it('ignores a byte-order mark before the header', () => {
        expect(parseCsvData('\uFEFFname\nX\n').columns).toEqual(['name']);
    });
});

describe('JSON data', () => {
    it('takes one object as one row and an array as many, giving each element\'s line', () => {
        expect(parseJsonData('{ "name": "Ann", "age": 40, "flag": true, "none": null }').rows).toEqual([
            { line: 1, index: 1, values: { name: 'Ann', age: '40', flag: 'true' } }
        ]);
        const table = parseJsonData('[\n  { "name": "A" },\n  {\n    "name": "B, \\"the\\" [second]"\n  },\n  { "name": "C" }\n]');
        expect(table.rows.map((r) => [r.values.name, r.line])).toEqual([['A', 2], ['B, "the" [second]', 3], ['C', 6]]);
    });

    it('reports elements that are not objects and values that are not text as bad rows', () => {
        const table = parseJsonData('[{"a":"x"}, 42, {"a": ["list"]}]');
        expect(table.rows[1].error?.message).toMatch(/item 2 of the array is not an object/);
        expect(table.rows[2].error).toMatchObject({ column: 'a', message: expect.stringMatching(/must be text/) });
    });

    it('refuses text that is not JSON, or JSON that is not an object', () => {
        expect(() => parseJsonData('{ name: ')).toThrow(/not valid JSON/);
        expect(() => parseJsonData('"just a string"')).toThrow(/must be an object/);
    });
});

describe('data format', () => {
    it('goes by the extension, else by the first character', () => {
        expect(dataFormatOf('rows.CSV', '[')).toBe('csv');
        expect(dataFormatOf('rows.json', 'a,b')).toBe('json');
        expect(dataFormatOf('rows.txt', '  [{"a":1}]')).toBe('json');
        expect(dataFormatOf('rows', 'a,b\n1,2')).toBe('csv');
    });
});
