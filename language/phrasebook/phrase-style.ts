/**
 * The shape of the phrasebook: per clause, named styles, each a template in
 * the language of `render/template-engine.ts`. Plain data, no functions, so
 * that import can turn every template back into a recogniser.
 */
export interface PhraseStyle {
    /** Lower-case, hyphenated; what a file writes after `style`. */
    id: string;
    /** A short name for a lawyer. */
    label: string;
    /** The words, with {slots}, [optional groups] and {a|b} agreement. */
    template: string;
    /**
     * Alternative templates chosen by the model, not by the author (a term
     * that ends on a date or on revocation; a testimonium for an entity).
     * The variant names are listed with the clause.
     */
    variants?: Readonly<Record<string, string>>;
    /**
     * For a table style (`signature-table`): how many signers plain text prints side by side, as a
     * signature page in two columns; undefined prints each cell under the one before.
     */
    across?: number;
    /** Where the wording comes from, or when to use it. */
    note?: string;
    /** A corpus document or filing that uses it. */
    example?: string;
}

export interface ClausePhrases {
    /** The phrasebook clause id (`opening`, `catch-all`, ...). */
    clause: string;
    /** The first style is the default. */
    styles: readonly PhraseStyle[];
}
