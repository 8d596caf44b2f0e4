/**
 * A lawyer may accept a recommendation deliberately and say so in the file:
 *
 *     // poa-allow poa/missing-no-assumption: the 2007 filing has none
 *
 * silences that warning (or information) for the file. Errors are never
 * silenced: a required clause stays required.
 */

/** One `poa-allow` comment; global, so `exec` walks the file from `lastIndex` (reset for each file). */
const ALLOW = /\/\/\s*poa-allow\s+(poa\/[a-z0-9-]+)/g;

export function allowedCodes(text: string): Set<string> {
    const codes = new Set<string>();
    // Most files accept nothing: one substring search instead of trying the pattern at each `//`.
    if (!text.includes('poa-allow')) return codes;
    // `exec` in a loop rather than `matchAll`, whose iterator, copy of the pattern and array of matches were
    // most of the cost; the checks call this synchronously, so the pattern's position is not shared.
    ALLOW.lastIndex = 0;
    for (let match = ALLOW.exec(text); match; match = ALLOW.exec(text)) codes.add(match[1]);
    return codes;
}
