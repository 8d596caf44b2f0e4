import { describe, expect, it } from 'vitest';
import { firstFreeIds, identifierFor } from '../../language/import/identifiers.js';
import { importText } from '../../language/import/index.js';

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

    it('names a company whose name ends in "Corporation" by its first word, not as a person by the last', () => {
        expect(identifierFor('Microsoft Corporation', new Set())).toBe('microsoft');
    });

    it('gives a kept party the first free name: a name taken by a reading the import dropped is not numbered around', async () => {
        // The NHTSA form's appointment (49 CFR Part 591, Appendix C; other_nhtsa-securities-bond-poa-49cfr591-appc in
        // ../shared/corpus): the office's agent was read twice and came out "administrator2" with no "administrator".
        const agent = 'the Administrator of the National Highway Traffic Safety Administration, United States Department of Transportation, or delegate';
        const { poa } = await importText(['Power of Attorney and Agreement', '', `______________ does constitute and appoint ${agent}, as attorney for the undersigned, for and in the name of the undersigned to collect the securities deposited by the undersigned.`].join('\n'), 'office.txt');
        expect(poa).toMatch(/agent administrator office "Administrator"/);
        expect(poa).not.toMatch(/administrator2/);
    });

    it('renames a numbered id and every use of it, never a string, a comment, a term, nor two parties of one name', () => {
        const written = 'poa X {\n    // agent smith2 "x"\n    principal smith2 "Jo Smith2"\n    agent lee "A Lee"\n    agent lee2 "B Lee"\n    define act1933 "the Act"\n    signature by smith2\n}';
        const out = firstFreeIds(written);
        expect(out).toContain('principal smith "Jo Smith2"');
        expect(out).toContain('signature by smith\n');
        expect(out).toContain('// agent smith2 "x"');
        expect(out).toContain('agent lee2 "B Lee"');
        expect(out).toContain('define act1933');
    });
});
