/**
 * The standard securities terms (the 1934 Act, the 1933 Act, the SEC) as a
 * document names and defines them: 'the Securities Exchange Act of 1934, as
 * amended (the "Exchange Act")' is `define act1934 "the Securities Exchange
 * Act of 1934, as amended" as "Exchange Act"`; a name never defined is used
 * as written every time (`define sec "the U.S. Securities and Exchange
 * Commission"`). The names are read from the catalog's meanings, with the
 * words firms add or leave out ("the", "U.S.", "United States", ", as amended").
 */
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { clausePhrases } from '../phrasebook/index.js';

export interface ImportedTerm {
    id: string;
    /** The name as the document first writes it ("the U.S. Securities and Exchange Commission"). */
    meaning: string;
    /** The short form the document defines there ("SEC"); absent when it defines none. */
    term?: string;
    /** The words of the first mention, the definition included, as they stand in the document. */
    text: string;
    /** The `definition` style whose words define the term ('bare' for '("Exchange Act")'); absent when it defines none. */
    style?: string;
    /**
     * The name alone, where lower-case words stand between it and its definition ("the Securities Exchange Act of 1934,
     * as amended" of "... as amended and the rules thereunder (the "1934 Act")"); absent when none do.
     */
    named?: string;
}

/** The catalog's name without its article and amendment clause: "Securities Exchange Act of 1934". */
function core(meaning: string): string {
    return meaning.replace(/^the\s+/i, '').replace(/,\s+as amended$/, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * The words of each `definition` style after the meaning, as a pattern whose one group is the short form:
 * '(the "{term}")' is `\(the\s+"([^"]{1,40})"\)`. Read from the phrasebook, the styles the renderer writes.
 */
export function definitionPatterns(): { id: string; pattern: string }[] {
    // A style without the meaning (`deferred`) is read by `deferred-definitions.ts`, where a phrase ends.
    return (clausePhrases('definition')?.styles ?? []).filter((s) => s.template.includes('{meaning}')).map((s) => {
        const after = s.template.replace(/^\{meaning\}\s*/, '');
        const [before, rest = ''] = after.split('{term}');
        return { id: s.id, pattern: `${escape(before)}([^"]{1,40})${escape(rest)}` };
    });
}

/**
 * The words a document may put between the name and its definition, which the short form then also means:
 * 'the Securities Exchange Act of 1934 and the rules and regulations promulgated thereunder, as amended from time
 * to time (the "Exchange Act")'. Lower-case words only, so that no other name (an issuer's) is taken into it.
 */
const GAP = '(?:,?\\s+[a-z][a-z-]*){0,16}?';

/** The standard terms the text names, each with its first mention; a term the catalog words exactly is left out. */
export function findDefinedTerms(text: string): ImportedTerm[] {
    const out: ImportedTerm[] = [];
    const styles = definitionPatterns();
    const defined = styles.map((d) => `(?:${d.pattern})`).join('|');
    for (const t of STANDARD_TERMS) {
        const name = new RegExp(`((?:the\\s+)?(?:U\\.S\\.\\s+|United\\s+States\\s+)?${escape(core(t.meaning))}(?:,?\\s+as\\s+amended|\\s+\\(as\\s+amended\\))?)(?:(${GAP}),?\\s*(?:${defined}))?`);
        const m = name.exec(text);
        if (!m) continue;
        // Group 1 is the name, 2 the words between it and its definition, then one group per definition style.
        const at = m.slice(3).findIndex((g) => g !== undefined);
        const term = at < 0 ? undefined : m[at + 3];
        const named = term && m[2]?.trim() ? m[1].replace(/\s+/g, ' ') : undefined;
        const style = at < 0 ? undefined : styles[at].id;
        const meaning = (term ? m[0].slice(0, m[0].lastIndexOf('(')).replace(/,?\s*$/, '') : m[0]).replace(/\s+/g, ' ');
        if (meaning === t.meaning && term === t.term && (style === undefined || style === styles[0]?.id)) continue;
        out.push({ id: t.id, meaning, ...(term ? { term } : {}), text: m[0], ...(style && style !== styles[0]?.id ? { style } : {}), ...(named ? { named } : {}) });
    }
    return out;
}
