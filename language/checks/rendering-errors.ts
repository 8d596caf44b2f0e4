/**
 * The errors after which the rendered words would be wrong, not merely
 * incomplete: a file that does not parse, a name that resolves to nothing, a
 * `{reference}` in worded text that names nothing (it would print as
 * `{nobody}`), a date that is no day of the calendar (it would print as a
 * blank). `poa render` and `poa batch` refuse such a file and report these
 * errors exactly as `poa check` does; a missing clause does not block
 * rendering (the draft renders without it, and `poa check` says what is missing).
 */
export const RENDERING_ERROR_CODES: ReadonlySet<string> = new Set(['poa/wording-unknown-reference', 'poa/invalid-date']);

/** True for an error that must stop rendering: any error of the parser or linker, or one of the codes above. */
export function blocksRendering(d: { severity: string; code: string }, fromLoader: boolean): boolean {
    return d.severity === 'error' && (fromLoader || RENDERING_ERROR_CODES.has(d.code));
}

/**
 * Findings that say something the file holds is not printed (a clause written twice, a clause or a value a
 * statutory form has no place for): `poa render` and `poa batch` repeat them on stderr, so that what the lawyer
 * wrote is never left out of a document without a word.
 */
export const NOT_PRINTED_CODES: ReadonlySet<string> = new Set(['poa/repeated-clause', 'poa/form-clause-not-rendered', 'poa/form-value-not-printed', 'poa/form-clauses-without-form', 'poa/clause-style-as-set']);
