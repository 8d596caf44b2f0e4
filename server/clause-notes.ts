/**
 * A plain-English note of each clause's legal effect and where the rule comes
 * from, shown when the lawyer hovers a clause. Keyed by clause type.
 */
export interface ClauseNote {
    /** What the clause is called in a lawyer's words. */
    name: string;
    effect: string;
    source?: string;
}

export const CLAUSE_NOTES: Readonly<Record<string, ClauseNote>> = {
    KindClause: { name: 'Kind of instrument', effect: 'Decides which clauses the checks require and how the standard wording reads. It prints nothing by itself.' },
    JurisdictionClause: { name: 'Governing law', effect: 'Decides the execution formalities the checks apply (notarization, witnesses) and the default for co-agents who are not told how to act.' },
    VoiceClause: { name: 'Voice', effect: 'Whether the principal is "the undersigned" or speaks as "I". It changes wording only, not legal effect.' },
    LayoutClause: { name: 'Layout', effect: 'Prose paragraphs or numbered paragraphs. It changes presentation only.' },
    DateStyleClause: { name: 'Date style', effect: 'How dates are written. It changes presentation only.' },
    TitleClause: { name: 'Title', effect: 'The heading of the instrument.' },
    Parameter: { name: 'Template parameter', effect: 'A blank filled from data when the template is rendered. Until it has a value it prints as a visible blank, and the final check reports it.' },
    Principal: { name: 'Principal', effect: 'The person or entity who grants the authority and is bound by what the agents do within it.', source: 'Restatement (Third) of Agency § 1.01; UPOAA § 102(10)' },
    AgentGroup: { name: 'Appointment of agents', effect: 'Names the attorneys-in-fact and says whether they act together or each alone. Co-agents must act jointly unless the instrument says otherwise.', source: 'UPOAA § 111(a)' },
    SuccessorGroup: { name: 'Successor agents', effect: 'Agents who may act, in order, if an agent resigns, dies, becomes incapacitated or declines to serve.', source: 'UPOAA § 111(b)' },
    Issuer: { name: 'Issuer', effect: 'Identifies the company whose securities the filings concern and the defined term it is called by.' },
    TermDefinition: { name: 'Defined term', effect: 'Introduces a short name for a longer expression; the rendered text defines it at first use and uses the short name afterwards.' },
    Grant: { name: 'Grant of authority', effect: 'What the attorneys-in-fact may do for the principal. Acts within the grant bind the principal; acts outside it do not. For SEC filings signed by an attorney-in-fact, the SEC requires the power of attorney to be filed with the form or already on file.', source: 'Restatement (Third) of Agency §§ 2.01-2.02; instructions to SEC Forms 3, 4 and 5 on signature by an attorney-in-fact' },
    Substitution: { name: 'Power of substitution', effect: 'Lets an agent appoint a substitute to act in the agent\'s place; without it an agent may not delegate the authority.', source: 'Restatement (Third) of Agency § 3.15; UPOAA § 201(a)(5)' },
    Ratification: { name: 'Ratification', effect: 'The principal confirms in advance what the agents lawfully do under the instrument, so those acts bind the principal as if the principal had done them.', source: 'Restatement (Third) of Agency § 4.01' },
    Acknowledgment: { name: 'Section 16 acknowledgment', effect: 'Records that the agents, in serving, do not assume the principal\'s own responsibility to comply with Section 16 of the Securities Exchange Act of 1934; that duty stays with the reporting person.', source: 'Securities Exchange Act of 1934 § 16(a)' },
    Indemnification: { name: 'Indemnification', effect: 'The principal agrees to hold the agents harmless for acts taken in good faith under the instrument.', source: 'UPOAA § 115 (exoneration of agent)' },
    Reliance: { name: 'Third-party reliance', effect: 'Tells third parties they may rely on the power of attorney; a person who accepts an acknowledged power of attorney in good faith is protected.', source: 'UPOAA § 119' },
    Compensation: { name: 'Compensation', effect: 'Whether the agents are paid. Unless the instrument says otherwise, an agent is entitled to reimbursement of expenses and reasonable compensation.', source: 'UPOAA § 112' },
    Supersession: { name: 'Supersession', effect: 'Says which earlier powers of attorney this one replaces. A new power of attorney does not revoke earlier ones unless it says so.', source: 'UPOAA § 110(f)' },
    Term: { name: 'Term', effect: 'When the authority begins and ends, and whether it survives the principal\'s incapacity. A power of attorney is durable unless it says otherwise.', source: 'UPOAA §§ 104, 109, 110' },
    Revocation: { name: 'Revocation', effect: 'How the principal revokes the power. Until an agent or a third party knows of the revocation, acts in good faith under the power may still bind the principal.', source: 'UPOAA §§ 110, 119' },
    Execution: { name: 'Execution', effect: 'The date, signature and formalities. A power of attorney must be signed by the principal; a notary acknowledgment makes the signature presumptively genuine.', source: 'UPOAA § 105' }
};
