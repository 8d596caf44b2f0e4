import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { readExample } from '../helpers.js';

const codes = async (text: string) => (await loadPoa(text)).diagnostics.map((d) => `${d.severity} ${d.code}`);

describe('// poa-allow', () => {
    const reference = readExample('hartford-2007-section16.poa');

    test('silences the warning it names, and only for its file', async () => {
        const without = reference.replace(/^\/\/ poa-allow .*$/m, '');
        expect(await codes(without)).toContain('warning poa/missing-no-assumption');
        expect(await codes(reference)).not.toContain('warning poa/missing-no-assumption');
    });

    test('never silences an error', async () => {
        const unsigned = reference.replace(/^\s*signature .*$/m, '');
        expect(await codes(unsigned)).toContain('error poa/missing-signature');
        expect(await codes(`// poa-allow poa/missing-signature\n${unsigned}`)).toContain('error poa/missing-signature');
    });
});
