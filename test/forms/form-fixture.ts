/** The statute's text of a form as read from its source (test/fixtures/forms/<id>.txt; header lines start with "# "). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export function formFixture(id: string): string {
    return readFileSync(join(ROOT, 'test', 'fixtures', 'forms', `${id}.txt`), 'utf8');
}
