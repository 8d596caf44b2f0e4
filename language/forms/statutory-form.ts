/**
 * A statutory form as data the project ships: the statute's exact words, with
 * slots, in blocks (headings, notices, paragraphs, opt-in powers with an
 * initials line, checkboxes, signature / witness / notary blocks, page breaks),
 * with the statute's citation, the stored source the text was read from and
 * the date it was taken. A form file holds no functions: adding a form is
 * adding a data file (language/forms/<form-id>.ts) and its fixture
 * (test/fixtures/forms/<form-id>.txt).
 *
 * Block text is a template (form-template.ts): literal text; `{slot}` filled
 * from the model; `[ ... ]` an optional group dropped when every slot inside
 * is empty; `{a|b}` agreement alternatives; `\[ \] \{ \} \| \\` literal
 * characters. An unfilled slot renders as the blank the statute prints at that
 * place: the block's `blanks[slot]`, else the form's `blank`.
 */

export type FormBlockKind =
    | 'heading'      // a heading of the form, as the statute prints it
    | 'notice'       // a notice to the principal or the agent, kept in the statute's capitals
    | 'paragraph'
    | 'power'        // an opt-in power: an initials line and the power's words
    | 'checkbox'     // a choice marked by hand
    | 'signature'    // the principal's signature lines
    | 'witness'      // the witnesses' declaration and lines
    | 'notary'       // the notary's acknowledgment
    | 'agent'        // the agent's acknowledgment or acceptance
    | 'page-break';  // the statute's layout starts a new page here

export interface FormBlock {
    kind: FormBlockKind;
    /** The statute's words with slots (empty for a page break). */
    text: string;
    /** For a `power` block: the power's id, as an instrument names it in `initials`. */
    power?: string;
    /** For a `notice` the statute requires: a stable id the checks name ("important-information"). */
    notice?: string;
    /** The blank the statute prints for a slot in this block, when it differs from the form's `blank`. */
    blanks?: Readonly<Record<string, string>>;
}

export interface FormSource {
    /** The stored repository, path and commit the text was read from. */
    repo: string;
    path: string;
    commit: string;
    /** The page the stored copy was scraped from, when the repository says. */
    url?: string;
}

/** The signing formalities the statute prescribes for the form. */
export interface FormFormalities {
    /** Witness lines the form provides (0: none). */
    witnesses: number;
    /** True only where the stored text says the witnesses are required (a check reports their absence as an error). */
    witnessesRequired: boolean;
    /** Whom the statute disqualifies as a witness, summarised from its words (for the message). */
    witnessDisqualification?: string;
    /** True where the form accepts a notary's acknowledgment instead of the witnesses. */
    witnessesOrNotary?: boolean;
    /** True where the statute disqualifies the agents and successor agents as witnesses. */
    agentsMayNotWitness?: boolean;
    /**
     * Witness facts (language/catalog/witness-facts.ts) that disqualify a witness on this form when the file states
     * them (`witness 1 is heir`): only facts no broader than the form's own words, so that a stated fact is always
     * a disqualification.
     */
    disqualifyingFacts?: readonly string[];
    /**
     * The relatives the form disqualifies, in its words, where they are fewer than everyone `related` covers (a
     * cousin is related, and not disqualified): a witness stated `related` is then a risk to check, not an error.
     */
    disqualifiedRelatives?: string;
    /** True where the form's text says the notary may not also sign as a witness. */
    notaryMayNotWitness?: boolean;
    /** Notary acknowledgment: required (the stored text says so), optional, or not provided for. */
    notary: 'required' | 'optional' | 'none';
    /** Where the formalities are laid down, as read from the stored statute. */
    citation: string;
}

export interface StatutoryForm {
    /** `<state>-<section>`: the state's postal code and the section number with its punctuation as dashes. */
    id: string;
    title: string;
    /** The jurisdiction code the checks use (CT, NE, SD, GA, NM, PA, SC, ...). */
    jurisdiction: string;
    kind: 'general' | 'limited' | 'healthcare';
    /** The statute that sets out the form ("Conn. Gen. Stat. § 1-352(a)(2)"). */
    citation: string;
    source: FormSource;
    /** The date the text was taken from the source (YYYY-MM-DD). */
    taken: string;
    /** How the form grants its opt-in powers: by initialling a power, or by striking out and initialling the powers withheld. */
    powerMechanism?: 'initial-to-grant' | 'strike-to-withhold';
    /** The default blank for an unfilled slot. */
    blank: string;
    formalities: FormFormalities;
    /** Powers of which the form says to initial only one ("INITIAL ONLY ONE OF THE FOLLOWING 3 PARAGRAPHS"), each group with those words. */
    exclusive?: readonly { powers: readonly string[]; words: string }[];
    blocks: readonly FormBlock[];
}
