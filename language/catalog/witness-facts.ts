/**
 * What a file may state about a witness (`witness "Ann Lee" is not-related, not-heir`): the
 * qualities on which the witnessing statutes turn. Each fact is stated as holding (`related`)
 * or as not holding (`not-related`); a fact not stated is unknown, and the checks never read an
 * unstated fact as a disqualification. Read by the checks (rules/witness-qualifications.ts),
 * hover and completion.
 */
export interface WitnessFact {
    /** What the file writes (`related`); `not-<id>` states the opposite. */
    id: string;
    /** What the fact says of the witness, as a lawyer would put it. */
    meaning: string;
    /** The statutes that turn on it. */
    statutes: string;
    /**
     * A broader fact this one is a case of: when this one holds, that one holds; when that one is
     * stated not to hold, neither does this one (`related-by-blood-or-marriage` is a case of `related`).
     */
    caseOf?: string;
}

export const WITNESS_FACTS: readonly WitnessFact[] = [
    { id: 'agent', meaning: 'is named in the instrument as an agent or successor agent', statutes: 'Cal. Prob. Code §§ 4122(b), 4674(c)(4); N.Y. Gen. Oblig. Law § 5-1501B(1)(b); Tex. Health & Safety Code § 166.003(2)(A)' },
    { id: 'gift-recipient', meaning: 'is named in the instrument as a permissible recipient of gifts', statutes: 'N.Y. Gen. Oblig. Law § 5-1501B(1)(b)' },
    { id: 'related', meaning: 'is related to the principal by blood, marriage or adoption', statutes: 'D.C. Code § 21-2205(d)' },
    { id: 'related-by-blood-or-marriage', meaning: 'is related to the principal by blood or marriage', statutes: 'Tex. Health & Safety Code § 166.003(2)(B) (a relative by adoption alone is not listed)', caseOf: 'related' },
    { id: 'heir', meaning: 'is entitled to a part of the principal\'s estate under a will or by operation of law', statutes: 'D.C. Code § 21-2205(d); Tex. Health & Safety Code § 166.003(2)(C)' },
    { id: 'creditor', meaning: 'has a claim against a part of the principal\'s estate after the principal\'s death', statutes: 'Tex. Health & Safety Code § 166.003(2)(G)' },
    { id: 'health-care-provider', meaning: 'is the principal\'s health-care provider or an employee of that provider', statutes: 'Cal. Prob. Code § 4674(c)(1); D.C. Code § 21-2205(c)' },
    { id: 'care-facility-operator', meaning: 'is the operator or an employee of a community care facility or of a residential care facility for the elderly', statutes: 'Cal. Prob. Code § 4674(c)(2)-(3)' },
    { id: 'attending-physician', meaning: 'is the principal\'s attending physician or an employee of the attending physician', statutes: 'Tex. Health & Safety Code § 166.003(2)(D)-(E)', caseOf: 'health-care-provider' },
    { id: 'facility-employee', meaning: 'is an employee of a health-care facility in which the principal is a patient who gives the principal direct patient care, or an officer, director, partner or business-office employee of the facility or of its parent organization', statutes: 'Tex. Health & Safety Code § 166.003(2)(F)' },
    { id: 'ombudsman', meaning: 'is a patient advocate or ombudsman designated by the California Department of Aging, serving as the witness § 4675 requires', statutes: 'Cal. Prob. Code § 4675(a)' },
    { id: 'patient-advocate', meaning: 'is a patient advocate designated by the California Department of Aging, serving as the witness § 4675 requires', statutes: 'Cal. Prob. Code § 4675(a)' }
];

const byId = new Map(WITNESS_FACTS.map((f) => [f.id, f]));

/** A written fact (`related` or `not-related`): the catalog entry and whether it holds; undefined when unknown. */
export function readWitnessFact(written: string): { fact: WitnessFact; holds: boolean } | undefined {
    const negated = written.startsWith('not-');
    const fact = byId.get(negated ? written.slice('not-'.length) : written);
    return fact ? { fact, holds: !negated } : undefined;
}

/** Every form a file may write, both polarities: for completion and for the message of an unknown fact. */
export function witnessFactWords(): string[] {
    return WITNESS_FACTS.flatMap((f) => [f.id, `not-${f.id}`]);
}

/** What a written fact says, for hover and completion: "the witness is not related to the principal ...". */
export function describeWitnessFact(fact: WitnessFact, holds: boolean): string {
    const meaning = holds ? fact.meaning : fact.meaning.replace(/^is /, 'is not ').replace(/^has a /, 'has no ');
    return `the witness ${meaning}`;
}
