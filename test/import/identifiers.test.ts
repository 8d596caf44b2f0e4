import { describe, expect, it } from 'vitest';
import { identifierFor } from '../../language/import/identifiers.js';

describe('identifiers the importer writes for parties', () => {
    it('never writes a keyword of the grammar, including ones added after the importer was written', () => {
        // 'or' became a keyword with `office ... or delegate`; 'blank' with captioned blanks.
        expect(identifierFor('Or Holdings LLC', new Set())).toBe('or2');
        expect(identifierFor('Blank Holdings Inc.', new Set())).toBe('blank2');
        expect(identifierFor('Agent Partners LLC', new Set())).toBe('agent2');
    });

    it('never repeats an identifier already used, nor a standard term', () => {
        expect(identifierFor('Jane Smith', new Set(['smith']))).toBe('smith2');
        expect(identifierFor('SEC Holdings', new Set())).toBe('sec2');
    });

    it('names a person by the last name and an organization by its first word', () => {
        expect(identifierFor('Jane Q. Public', new Set())).toBe('public');
        expect(identifierFor('Acme Widgets, Inc.', new Set())).toBe('acme');
    });
});
