/**
 * What a document says of the issuer at its first mention, between its name and its definition: where and as what it
 * is organised (", a Delaware corporation", which the language words as `organized in "Delaware" as corporation`), or
 * a description the language does not word (", a company incorporated under the Business Corporations Act (British
 * Columbia)"), kept as the issuer's first mention in the document's words (`issuer ... worded "..."`). One pattern
 * for every reader of an issuer (`parseIssuer`, the agents with their firms).
 */

/** ", a Delaware corporation", ", an Oregon limited liability company". */
export const ORGANISED_APPOSITIVE = ',?\\s+an?\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*)*\\s+(?:corporation|limited liability company|limited partnership|partnership)';

/**
 * ", a company incorporated under the Business Corporations Act (British Columbia)": an article, a word in lower case,
 * then words (one parenthesis allowed) up to the definition that follows it; no clause break (";", ":") inside.
 */
export const DESCRIBED_APPOSITIVE = ',\\s+an?\\s+[a-z][^;:"()\u201c\u201d]{2,120}?(?:\\s*\\([^;:"()\u201c\u201d]{1,40}\\))?';

/** Either, as the text before an organisation's definition may hold it. */
export const ISSUER_APPOSITIVE = `(?:${ORGANISED_APPOSITIVE}|${DESCRIBED_APPOSITIVE})`;

/**
 * 'AbCellera Biologics Inc., a company incorporated under ...' → the name and the description, when the text is a
 * name followed by a described appositive (not one the language words: that is `organized`).
 */
export function describedIssuer(text: string): { name: string; description: string } | undefined {
    const m = new RegExp(`^([A-Z0-9][^()";:]{0,100}?)(${DESCRIBED_APPOSITIVE})$`).exec(text.trim());
    if (!m || new RegExp(`^${ORGANISED_APPOSITIVE}$`).test(m[2])) return undefined;
    return { name: m[1], description: m[2] };
}
