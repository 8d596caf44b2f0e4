/**
 * Agents named with the company or firm they work for: "Andrew Stephens and Sophie Hubscher of MongoDB, Inc. (the
 * "Company") and Nicole Brookshire and Alison Haggerty of Cooley LLP". Each run of names is followed by "of" and
 * the organisation; the renderer words consecutive agents of one organisation so (`agent ... of mongodb`, `agent
 * ... of "Cooley LLP"`). The organisation ends with its legal form ("Inc.", "LLP", "Corporation"), so that a name
 * list is never cut inside an organisation's name; one that the document defines ('(the "Company")') is the issuer.
 */
import { parseNames } from './slot-parsers.js';
import { ISSUER_APPOSITIVE, LEGAL_FORM } from './issuer-appositive.js';

export interface AgentWithFirm {
    name: string;
    /** The organisation as written ("Cooley LLP", "MongoDB, Inc."). */
    organisation: string;
    /** The organisation with the definition the document gives it ('MongoDB, Inc. (the "Company")'), if any. */
    defined?: string;
}

/** An organisation's name: capitalised words (and "&", "and"), then its legal form, with the comma some write before it. */
export const ORGANISATION = `[A-Z][\\w&.'-]*(?:\\s+(?:[A-Z&][\\w&.'-]*|and|of))*?,?\\s+${LEGAL_FORM}`;
const DEFINITION = '\\s*\\((?:the\\s+)?["\u201c][^"\u201d]{1,40}["\u201d]\\)';
/**
 * Where and as what it is organised (", a Delaware corporation"), or what it is in words of the document's own (", a
 * company incorporated under ..."), as an issuer's first mention says it (`issuer-appositive.ts`).
 */
const ORGANISED = ISSUER_APPOSITIVE;
const GROUP = new RegExp(`^(.+?)\\s+of\\s+(${ORGANISATION})((?:${ORGANISED})?${DEFINITION})?(?:,?\\s+and\\s+|,\\s+|$)`);

/** The agents and their organisations, when the whole text is runs of names each followed by "of" an organisation. */
export function parseAgentsWithFirms(text: string): AgentWithFirm[] | undefined {
    let rest = text.trim().replace(/\s+/g, ' ').replace(/,$/, '');
    const out: AgentWithFirm[] = [];
    while (rest) {
        const m = GROUP.exec(rest);
        if (!m) return undefined;
        const names = parseNames(m[1]);
        // A piece that is no person's name ("a Delaware corporation") means the text is not read so.
        if (!names || names.some((n) => !/^[A-Z]/.test(n) || /\s(?:of|the)\s/.test(n) || n.split(/\s+/).length > 5)) return undefined;
        for (const name of names) out.push({ name, organisation: m[2], ...(m[3] ? { defined: `${m[2]}${m[3]}` } : {}) });
        rest = rest.slice(m[0].length);
    }
    return out.length ? out : undefined;
}
