/** Shared helpers for the checks tests: fixture paths and loading with a pinned date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPoa, poaServices } from '../../language/poa-document.js';

/** The date the tests treat as today: the checks never read the clock. */
export const TODAY = '2025-06-30';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'diagnostics');

export function fixturePath(code: string): string {
    return join(FIXTURES, `${code.replace(/^poa\//, '')}.poa`);
}

/** Loads a text with the checks' clock pinned to TODAY. */
export async function check(text: string, uri?: string) {
    poaServices().Poa.poa.clock.today = TODAY;
    return loadPoa(text, { uri });
}

export function readFixture(code: string): string {
    return readFileSync(fixturePath(code), 'utf8');
}
