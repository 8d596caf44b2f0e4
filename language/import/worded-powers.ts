/**
 * Powers kept in the document's own words that introduce a defined term: the first use of a term the
 * file defines (its definition as the document words it, 'the Securities Exchange Act of 1934, as
 * amended (the "1934 Act")') becomes a reference, and the power is written `power worded "... {act1934}
 * ..."`, so that the renderer introduces the term there, as the document does, and calls it by its
 * short form everywhere after. The other powers of the grant keep their structure.
 */

/** A definition as the document words it, and the id of the term (or issuer) the file defines by it. */
export type TermDefinition = readonly [definition: string, id: string];

/** The text of a worded string, between its quotes: quotes and backslashes escaped, and braces, which would be references. */
function escapeWorded(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\{/g, '\\{');
}

/**
 * Each kept power's `power` line: `power worded "..."` where the power holds the first use of one of the
 * definitions (taken in order: a definition is introduced once, in the first power that holds it), else
 * `power "..."` as before. `taken` receives the definitions used, so that later text does not introduce
 * them again.
 */
export function keptPowerLines(powers: readonly string[], definitions: readonly TermDefinition[], taken: Set<string>, quote: (text: string) => string): string[] {
    return powers.map((power) => {
        const found: { at: number; definition: string; id: string }[] = [];
        for (const [definition, id] of definitions) {
            if (taken.has(definition)) continue;
            const at = power.indexOf(definition);
            // Definitions that overlap ("the Company" inside a longer one) are not both references: the first found wins.
            if (at < 0 || found.some((f) => at < f.at + f.definition.length && f.at < at + definition.length)) continue;
            found.push({ at, definition, id });
        }
        if (!found.length) return `power ${quote(power)}`;
        found.sort((a, b) => a.at - b.at);
        let text = '';
        let from = 0;
        for (const f of found) {
            text += `${escapeWorded(power.slice(from, f.at))}{${f.id}}`;
            from = f.at + f.definition.length;
            taken.add(f.definition);
        }
        return `power worded "${text}${escapeWorded(power.slice(from))}"`;
    });
}
