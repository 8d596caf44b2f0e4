/**
 * An agent's authority ending when that agent leaves the company or firm, read from the words of a style of the
 * phrasebook's `agent-departure` ("..., except that in respect of any person herein appointed as an attorney-in-fact
 * of the undersigned, this Power of Attorney shall be revoked ... at such time as such person shall no longer be an
 * officer and/or director of the Company or its subsidiaries", "This Power of Attorney shall expire as to any
 * individual attorney-in-fact if such attorney-in-fact ceases to be an employee or consultant of the Company."): the
 * term's line `lapses for any agent on leaving acme and subsidiaries as "officer and/or director"`. The phrasings are
 * the phrasebook's; this reads the values of its two slots, {departure-role} and {departure-employers}, back into the
 * model, as the renderer (`render/slots.ts`) words them.
 */

/** The role the renderer prints when none is written ("an employee"). */
const DEFAULT_ROLE = 'employee';

/**
 * The `lapses ...` line for the slots of an agent-departure style; `issuerRef` resolves an employer the instrument
 * knows as its issuer ("the Company"). Undefined when a slot holds what the renderer would not word so.
 */
export function departureLine(slots: Readonly<Record<string, string>>, issuerRef: (text: string) => string | undefined): string | undefined {
    const employers = departureEmployers(slots['departure-employers'] ?? '', issuerRef);
    if (!employers) return undefined;
    // "an officer and/or director": the article is the renderer's, the role the model's. A style with no role of its own
    // (the term-end `earliest-to-occur`: "until such attorney-in-fact is no longer employed by ...") words none.
    const roleText = slots['departure-role'];
    const role = roleText === undefined ? DEFAULT_ROLE : /^an?\s+(\S[^]*)$/.exec(roleText.trim())?.[1];
    if (!role || /["\\]/.test(role)) return undefined;
    return `lapses for any agent on leaving ${employers}${role === DEFAULT_ROLE ? '' : ` as "${role}"`}`;
}

/**
 * "the Company or its subsidiaries" → `acme and subsidiaries`; "the Company, or any of its subsidiaries, or Cooley LLP,
 * as applicable" → `acme and subsidiaries, "Cooley LLP"`. The issuer by its id, any other employer by its name.
 */
function departureEmployers(text: string, issuerRef: (text: string) => string | undefined): string | undefined {
    const several = /,\s*as applicable$/.test(text.trim());
    const parts = text.trim().replace(/,\s*as applicable$/, '').split(several ? /,\s*or\s+/ : /\s+or\s+/).map((p) => p.trim());
    const out: string[] = [];
    for (const part of parts) {
        if (/^(?:any of )?its subsidiaries$/.test(part)) {
            // "its subsidiaries" alone, "any of its subsidiaries" among several: as the renderer words each.
            if (!out.length || out[out.length - 1].endsWith(' and subsidiaries') || /^any of/.test(part) !== several) return undefined;
            out[out.length - 1] += ' and subsidiaries';
            continue;
        }
        const issuer = issuerRef(part);
        if (issuer) out.push(issuer);
        else if (/^[A-Z][^,"\\]*$/.test(part)) out.push(`"${part}"`);
        else return undefined;
    }
    // Several employers are printed with ", as applicable"; one without.
    return out.length && (out.length > 1) === several ? out.join(', ') : undefined;
}
