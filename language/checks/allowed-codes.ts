/**
 * A lawyer may accept a recommendation deliberately and say so in the file:
 *
 *     // poa-allow poa/missing-no-assumption: the 2007 filing has none
 *
 * silences that warning (or information) for the file. Errors are never
 * silenced: a required clause stays required.
 */
export function allowedCodes(text: string): Set<string> {
    return new Set([...text.matchAll(/\/\/\s*poa-allow\s+(poa\/[a-z0-9-]+)/g)].map((m) => m[1]));
}
