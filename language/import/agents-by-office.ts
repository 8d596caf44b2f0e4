/**
 * An agent named by office, not by name, as the renderer words one (`agent ... office "Administrator" of "..." or
 * delegate`, render/wording/appointment-wording.ts): "the Administrator of the National Highway Traffic Safety
 * Administration, United States Department of Transportation, or delegate" (49 CFR Part 591, Appendix C), "the General
 * Counsel of Example Corp., for the time being". The office is in capitals; the organisation is every word up to the
 * phrase that says whoever holds the office acts.
 */

export interface OfficeAgent {
    office: string;
    organization: string;
    /** "or delegate": the office-holder or a delegate; otherwise "for the time being". */
    delegate: boolean;
}

const OFFICE_AGENT = /^the\s+((?:[A-Z][\w.'-]*\s+)*?[A-Z][\w.'-]*)\s+of\s+(.+?),\s+(or delegate|for the time being)$/;

/** The one agent the words name by office, or undefined when they name anyone else (or several). */
export function readOfficeAgent(text: string | undefined): OfficeAgent | undefined {
    const m = text === undefined ? undefined : OFFICE_AGENT.exec(text.trim().replace(/\s+/g, ' '));
    if (!m || /\b(?:and|each|any)\b/.test(m[1])) return undefined;
    return { office: m[1], organization: m[2], delegate: m[3] === 'or delegate' };
}
