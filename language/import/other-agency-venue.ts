/**
 * The last of a filing's venues as the instrument words it, "such other person or agency as the attorney shall deem
 * appropriate": the venue `otherAgencies` in a style of the phrasebook's `other-agency` clause, which names the agents
 * who choose by their designation ("the attorney", "such attorney-in-fact and agent"). The default style is the
 * catalog's own wording of the venues, which `parseVenues` reads by name; the phrasings are the phrasebook's.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { compileTemplate } from './template-compiler.js';

const CLAUSE = 'other-agency';

/** What a designation slot holds: "attorney-in-fact", "attorneys-in-fact and agents", "attorney and agent". */
const DESIGNATION = '[A-Za-z-]+(?:\\s+and\\s+agents?)?';

let styles: { style: string; re: RegExp }[] | undefined;

/** Each style other than the default, as a pattern that reads it at the start of a text. */
function compiled(): { style: string; re: RegExp }[] {
    if (styles) return styles;
    const all = clausePhrases(CLAUSE)?.styles ?? [];
    styles = all.slice(1).map((s) => {
        const c = compileTemplate({ clause: CLAUSE, style: s.id, template: s.template }, { designation: DESIGNATION, 'designation-one': DESIGNATION });
        // The tolerant form, anchored at the start only: other venues may follow.
        const body = c.regex.source.replace(/^\^\\s\*/, '').replace(/\\s\*\$$/, '');
        return { style: s.id, re: new RegExp(`^${body}`, 'i') };
    });
    return styles;
}

/** The venue at the start of `text` in an `other-agency` style: its style and how many characters it takes. */
export function readOtherAgency(text: string): { style: string; length: number } | undefined {
    for (const { style, re } of compiled()) {
        const m = re.exec(text);
        if (m) return { style, length: m[0].length };
    }
    return undefined;
}
