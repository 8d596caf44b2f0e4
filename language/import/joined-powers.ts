/**
 * The powers a grant states in one sentence with no list, each with its own "to", as the renderer writes them: the
 * grant style `joined` ("... agent to complete and execute ..., and to do all acts ...", `powers-joined`, the powers
 * joined by ", and" / " and") and `infinitives` with one power ("..., to execute ...", `powers`).
 */

/**
 * The grant style that writes these powers after the appointment: `joined` when no comma comes before the first
 * "to"; `infinitives` when one does and there is one power (several are numbered by that style, never joined).
 */
export function joinedGrantStyle(powers: string, commaBefore: boolean): 'joined' | 'infinitives' | undefined {
    const several = splitJoinedPowers(`to ${powers}`).length > 1;
    if (!commaBefore) return 'joined';
    return several ? undefined : 'infinitives';
}

/** "to complete ..., and to do all acts ..." → ["complete ...", "do all acts ..."]: each power without its "to". */
export function splitJoinedPowers(powers: string): string[] {
    return powers.replace(/^\s*to\s+/, '').split(/,?\s+and\s+to\s+(?=[a-z])/).map((p) => p.trim()).filter(Boolean);
}
