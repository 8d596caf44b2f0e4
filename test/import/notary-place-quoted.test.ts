/**
 * A notary's venue read from its own lines ("State of Washington", "County of King") is written quoted in the
 * execution, whichever lines of the certificate are read after it: the imported file parses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { ROOT, syntaxErrors } from '../helpers.js';

it('imports the Gates/Larson 2008 power, whose Washington certificate has its venue on lines of its own, into a file that parses', async () => {
    const source = readFileSync(join(ROOT, 'test', 'heldout', 'texts', 'gates-larson-special-limited-2008.txt'), 'utf8');
    const { poa } = await importText(source, 'gates-larson-special-limited-2008.txt');
    expect(await syntaxErrors(poa)).toEqual([]);
    expect(poa).not.toMatch(/notary acknowledgment in [A-Za-z]/);
});
