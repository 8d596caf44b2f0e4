/**
 * The serial comma the agents' names take but the forms do not: the importer writes
 * `lists serial-comma except-forms`, so that the forms render as filed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, ROOT, squash } from '../helpers.js';

// The Square, Inc. power of Roelof Botha, 2018 (test/heldout/texts/square-botha-reporting-person-2018.txt, first line its source).
const SQUARE = readFileSync(join(ROOT, 'test', 'heldout', 'texts', 'square-botha-reporting-person-2018.txt'), 'utf8').split('\n').slice(1).join('\n');

describe('a serial comma in the names, none in the forms', () => {
    it('writes lists serial-comma except-forms, and renders "Susan Szotek, and Chris Williams" with "Forms 3, 4 and 5"', async () => {
        const { poa } = await importText(SQUARE, 'square-botha-reporting-person-2018.txt');
        expect(poa).toContain('    lists serial-comma except-forms\n');
        const text = squash(await renderSource(poa));
        expect(text).toContain('Brandy Garduno, Susan Szotek, and Chris Williams, and each of them');
        expect(text).toContain('complete and execute Forms 3, 4 and 5 and other forms');
        expect(text).toContain('file Forms 3, 4 and 5 with respect to');
    });

    it('keeps lists serial-comma where the forms take the comma too', async () => {
        const { poa } = await importText(SQUARE.replace(/Forms 3, 4 and 5/g, 'Forms 3, 4, and 5'), 'square-serial-forms.txt');
        expect(poa).toContain('    lists serial-comma\n');
        expect(poa).not.toContain('except-forms');
    });
});
