/** The `// expect poa/CODE: reason` comments of corpus models, and the exact comparison the acceptance test makes. */
import { describe, expect, it } from 'vitest';
import { compareErrors, expectedErrors, expectedFindings } from '../../language/checks/expected-codes.js';

const MODEL = [
    '// expect poa/fl-witnesses-required: the filed copy shows one witness',
    'poa X {',
    '    // expect poa/placeholder',
    '    // expect-warning poa/missing-end: no end stated',
    '    // not an expectation: expect poa/other without the comment start',
    '}'
].join('\n');

describe('expected errors', () => {
    it('reads each expectation with its line and reason', () => {
        expect(expectedErrors(MODEL)).toEqual([
            { severity: 'error', code: 'poa/fl-witnesses-required', reason: 'the filed copy shows one witness', line: 0 },
            { severity: 'error', code: 'poa/placeholder', reason: '', line: 2 }
        ]);
        expect(expectedFindings(MODEL).map((e) => `${e.severity} ${e.code}`)).toContain('warning poa/missing-end');
    });
    it('a file without errors and without expectations agrees', () => {
        expect(compareErrors([], [])).toEqual({ unexpected: [], missing: [], withoutReason: [] });
    });
    it('an error not expected, and an expectation no error meets, are both differences', () => {
        const expected = expectedErrors('// expect poa/a: reason\n// expect poa/b: reason');
        expect(compareErrors(['poa/a', 'poa/c'], expected)).toEqual({ unexpected: ['poa/c'], missing: ['poa/b'], withoutReason: [] });
    });
    it('counts repeated errors: two errors need two expectations', () => {
        const one = expectedErrors('// expect poa/a: reason');
        expect(compareErrors(['poa/a', 'poa/a'], one).unexpected).toEqual(['poa/a']);
    });
    it('an expectation without a reason is reported', () => {
        expect(compareErrors(['poa/placeholder'], expectedErrors(MODEL).slice(1)).withoutReason).toEqual(['poa/placeholder']);
    });
});
