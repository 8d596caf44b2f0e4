/**
 * What the editor says about the jurisdictions the checks know. Keyword
 * documentation, clause notes and the clause snippets completion offers are in
 * the clause registry (language/registry/). Wording for lawyers, not programmers.
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
