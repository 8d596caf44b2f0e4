/**
 * The role the signatories hold in each issuer an opening names, joined by "or" as the renderer joins them
 * (`{principal-role-issuers}`, `render/wording/appointment-wording.ts`): "a director or officer of Welltower Inc., a
 * Delaware corporation (the "Company"), or Welltower OP LLC, a Delaware limited liability company ("Welltower OP")".
 * Each issuer is read by `parseIssuer`; one defined without "the" ('("Welltower OP")'), which the renderer does not
 * word so, is read with its words as written, to be kept as the issuer's `worded` text.
 */
import { parseIssuer, type ParsedIssuer } from './slot-parsers.js';

export interface RoleIssuer extends ParsedIssuer {
    /** The issuer's words as written, when the renderer would word it otherwise (a definition without "the"). */
    written?: string;
}

/** "director or officer" and each issuer, or undefined unless every part reads. */
export function parseRoleIssuers(text: string): { role: string; issuers: RoleIssuer[] } | undefined {
    const t = text.trim().replace(/\s+/g, ' ').replace(/,$/, '');
    const head = /^an?\s+(.+?)\s+of\s+(?=[A-Z])/.exec(t);
    if (!head) return undefined;
    const rest = t.slice(head[0].length);
    // The issuers are joined by ", or " after one described with a comma, else by " or " (render's `eitherIssuer`): of
    // the ways to read them, the one with the most issuers ("Acme Inc. or Acme OP LLC" is two, not one name).
    let best: RoleIssuer[] | undefined;
    for (const joint of [/,\s+or\s+(?=[A-Z])/, /\s+or\s+(?=[A-Z])/]) {
        const issuers = rest.split(joint).map(readIssuer);
        if (issuers.every((i): i is RoleIssuer => i !== undefined) && issuers.length > (best?.length ?? 0)) best = issuers;
    }
    return best ? { role: head[1], issuers: best } : undefined;
}

function readIssuer(text: string): RoleIssuer | undefined {
    const parsed = parseIssuer(text);
    if (parsed && (parsed.definedAs !== undefined || !/\(/.test(text))) return parsed;
    // '... ("Welltower OP")': defined without "the".
    const bare = /^(.*?)\s*\("([^"]+)"\)$/.exec(text.trim());
    const rest = bare ? parseIssuer(bare[1]) : undefined;
    return rest && bare ? { ...rest, definedAs: bare[2], written: text.trim() } : undefined;
}
