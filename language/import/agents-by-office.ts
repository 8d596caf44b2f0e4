/**
 * Agents appointed by office, not by name: an office or a class of persons of a named organisation ("the General
 * Counsel of the Company, for the time being", "the responsible attorneys and paralegals of the Corporation and of
 * Wilson Sonsini Goodrich & Rosati, P.C."). Each office of each organisation is an agent (`agent ... office "..." of
 * ...`); one office of several organisations ("of A and of B") is an agent for each. The organisation is the issuer
 * when the document names or defines it so (`issuerRef`, which must define nothing), or any organisation named with its legal
 * form ("LLP") or a public body by its proper name. ", or delegate" after the last is the office-holder or a delegate.
 */
import { ORGANISATION } from './agents-with-firms.js';

export interface AgentByOffice {
    /** The office or class as written, without its article ("responsible attorneys and paralegals"). */
    office: string;
    /** The organisation as written ("the Corporation", "Wilson Sonsini Goodrich & Rosati, P.C."). */
    organisation: string;
}

export interface AgentsByOffice {
    agents: AgentByOffice[];
    /** The words say ", for the time being" after the last organisation, as the renderer words an agent by office. */
    forTheTimeBeing: boolean;
    /** The words say ", or delegate": the office-holder or a delegate (`or delegate`). */
    delegate: boolean;
}

const ORGANISATION_WHOLE = new RegExp(`^${ORGANISATION}$`);
/** A public body by its proper name, two words or more (a term such as "the Company" is the issuer's or none) ("the National Highway Traffic Safety Administration, United States Department of Transportation"). */
const PUBLIC_BODY = /^the\s+[A-Z][\w&.'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|of|and|for|on|&))*\s+[A-Z][\w&.'-]*$/;

/** An office: words in lower case or capitalised, none a name's initial or a number ("General Counsel", "responsible attorneys"). */
const OFFICE = /^[A-Za-z][a-z-]*(?:\s+(?:[A-Za-z][a-z-]*|and|or|&))*$/;

/**
 * "the OFFICE of ORG[ and of ORG ...][ and the OFFICE of ORG ...][, for the time being]": the agents by office, or
 * undefined when any piece is not an office of an organisation the document names.
 */
export function parseAgentsByOffice(text: string, issuerRef: (t: string) => string | undefined): AgentsByOffice | undefined {
    let t = text.trim().replace(/\s+/g, ' ').replace(/,$/, '');
    const held = /,\s+(?:each\s+)?for the time being$/i.exec(t);
    if (held) t = t.slice(0, held.index);
    const delegate = /,\s+or\s+(?:his\s+or\s+her\s+)?delegate$/i.exec(t);
    if (delegate) t = t.slice(0, delegate.index);
    if (!/^the\s/i.test(t)) return undefined;
    const agents: AgentByOffice[] = [];
    // Each office opens with "the" after "and" or a comma ("... of A and the Secretary of A").
    for (const piece of t.split(/,?\s+and\s+(?=the\s+[A-Za-z][a-z-]*(?:\s+[A-Za-z][a-z-]*)*\s+of\s)|,\s+(?=the\s+[A-Za-z][a-z-]*(?:\s+[A-Za-z][a-z-]*)*\s+of\s)/)) {
        const m = /^the\s+(.+?)\s+of\s+(.+)$/i.exec(piece);
        if (!m || !OFFICE.test(m[1]) || m[1].split(' ').length > 8) return undefined;
        // "of A and of B", "of A, of B": one office of several organisations.
        for (const organisation of m[2].split(/,?\s+and\s+of\s+|,\s+of\s+/)) {
            if (!issuerRef(organisation) && !ORGANISATION_WHOLE.test(organisation) && !PUBLIC_BODY.test(organisation)) return undefined;
            agents.push({ office: m[1], organisation });
        }
    }
    return agents.length ? { agents, forTheTimeBeing: held !== null, delegate: delegate !== null } : undefined;
}
