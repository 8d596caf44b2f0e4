/**
 * Agents named and, beside them, a class of persons appointed by description: "Ann Lee and Bo Chan, and any
 * assistant or deputy counsel of the Company". The named agents are read as agents; the words of the whole list are
 * kept as the agents' wording (`agents { ... } worded "..."`), since the class names no person the file could list.
 */
import { parseNames } from './slot-parsers.js';

export interface AgentsWithClass {
    /** The agents named ("Ann Lee", "Bo Chan"). */
    names: string[];
    /** The class appointed beside them, as written ("any assistant or deputy counsel of the Company"). */
    described: string;
}

/** "A and B, and any ... of the Company": the names before the last "and" / "or" whose words describe persons. */
const WITH_CLASS = /^(.+?),?\s+(?:and|or)\s+((?:any|each|every|all)\s+[a-z][^;:]{2,120})$/;

/** The named agents and the class after them, or undefined when the list is names alone or no person is named. */
export function parseAgentsWithClass(text: string): AgentsWithClass | undefined {
    const m = WITH_CLASS.exec(text.trim().replace(/\s+/g, ' '));
    if (!m) return undefined;
    const names = parseNames(m[1]);
    // Every piece before the class is a person's name ("Ann Lee"), never a description.
    if (!names || names.some((n) => !/^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,4}$/.test(n))) return undefined;
    return { names, described: m[2] };
}
