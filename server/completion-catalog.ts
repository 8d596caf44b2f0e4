/**
 * What the editor says about the jurisdictions the checks know, and clause
 * snippets for completion. Keyword documentation is in the clause registry
 * (language/registry/keyword-docs.ts). Wording for lawyers, not programmers.
 */
import type { JurisdictionProfile } from '../language/rules/jurisdiction-profile.js';

/**
 * What the editor says about a jurisdiction, derived from the checks' own
 * jurisdiction table (language/rules/jurisdictions.ts) so the two never differ.
 */
export function jurisdictionTitle(j: JurisdictionProfile): string {
    return j.name.charAt(0).toUpperCase() + j.name.slice(1);
}

export function jurisdictionDoc(j: JurisdictionProfile): string {
    const line = (c: { text: string; source: string }) => `- ${c.text.charAt(0).toUpperCase()}${c.text.slice(1)} (${c.source}).`;
    return [`Governing statute: ${j.act}.`, '', line(j.witnesses), line(j.notary), line(j.coAgentDefault)].join('\n');
}

export interface ClauseSnippet {
    label: string;
    detail: string;
    body: string;
}

/** Whole clauses with tab stops, offered where a clause may start. */
export const CLAUSE_SNIPPETS: readonly ClauseSnippet[] = [
    { label: 'principal (person)', detail: 'The person granting the power', body: 'principal ${1:id} "${2:Full Name}" {\n    pronoun ${3|he,she,they|}\n    capacities individual, fiduciary, other\n}' },
    { label: 'agents (any one or more)', detail: 'Attorneys-in-fact, any one or more of whom may act', body: 'agents any-one-or-more {\n    agent ${1:id} "${2:Full Name}"\n}' },
    { label: 'issuer', detail: 'The company whose securities the filings concern', body: 'issuer ${1:id} "${2:COMPANY NAME, INC.}" {\n    organized in "${3:Delaware}" as corporation\n    defined as "${4:Company}"\n}' },
    { label: 'grant (Section 16)', detail: 'Forms 3, 4, 5 and 144 with their statutes', body: 'grant {\n    comply with act1934, act1933, sec\n    file form3, form4, form5 under section16a including amendments, successor-forms\n    file form144 under rule144 relating to sales\n}' },
    { label: 'term (Section 16)', detail: 'Ends when the principal is no longer subject to Section 16', body: 'term {\n    ends when no longer subject to section16 for ${1:issuer}\n}' },
    { label: 'term (durable)', detail: 'Effective now, durable, until revoked', body: 'term {\n    starts immediately\n    ends when revoked\n    durable\n}' },
    { label: 'revocation', detail: 'Revocable by a signed writing delivered to the agents', body: 'revocation by signed-writing delivered to agents' },
    { label: 'executed', detail: 'Execution date and signature', body: 'executed ${1:2025-01-01} {\n    testimonium hand\n    signature "/s/ ${2:Full Name}"\n}' }
];
