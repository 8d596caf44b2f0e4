/**
 * Splits a paragraph into sentences. A full stop ends a sentence only when
 * what follows starts a new one, and never after a legal abbreviation
 * ("Inc.", "U.S.C.", "No.", "Sec.", "Corp.", an initial such as "J.").
 */

const ABBREVIATIONS = new Set([
    'inc', 'corp', 'co', 'ltd', 'llc', 'l.l.c', 'l.p', 'lp', 'llp', 'l.l.p', 'n.a', 'p.c', 'p.a', 'plc', 's.a', 'n.v', 'b.v', 'ag',
    'no', 'nos', 'sec', 'secs', 'u.s', 'u.s.c', 'c.f.r', 'u.s.a', 'stat', 'ann', 'rev', 'gen', 'civ', 'prob', 'reg', 'regs', 'art', 'ch', 'para', 'pt', 'subd',
    'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'esq', 'hon', 'prof', 'rep',
    'e.g', 'i.e', 'etc', 'viz', 'v', 'vs', 'cf', 'et al', 'al', 'approx', 'dept', 'assn', 'bros', 'mfg', 'intl',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec',
    'cal', 'fla', 'ill', 'tex', 'colo', 'conn', 'del', 'mass', 'mich', 'minn', 'n.y', 'n.j', 'pa', 'va', 'wash', 'wis', 'ga', 'ariz', 'nev', 'md', 'mo', 'ore', 'tenn', 'ky', 'la', 'ala', 'okla', 'kan', 'neb', 'd.c'
]);

/** The word before a full stop at `end` (the index of the stop), lower-cased, with inner dots kept. */
function wordBefore(text: string, end: number): string {
    let i = end;
    while (i > 0 && /[A-Za-z.&]/.test(text[i - 1])) i--;
    return text.slice(i, end).toLowerCase().replace(/^\.+/, '');
}

export function splitSentences(paragraph: string): string[] {
    const sentences: string[] = [];
    const text = paragraph;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            // Lines kept apart by the normaliser (signature blocks, captions) are separate units.
            push(text.slice(start, i));
            start = i + 1;
            continue;
        }
        if (c !== '.' && c !== '?' && c !== '!') continue;
        let j = i + 1;
        while (j < text.length && /["')\]]/.test(text[j])) j++;
        if (j < text.length && text[j] !== ' ') continue;
        if (j >= text.length) continue;
        const next = text.slice(j).trimStart();
        if (!/^["'([]?[A-Z0-9]/.test(next)) continue;
        // "Yahoo! Inc.", "Yelp! Inc.": an exclamation mark in a company's name, followed by its legal form.
        if (c === '!' && /^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|L\.P|LP|LLP|plc|N\.V|S\.A|AG)\b/.test(next)) continue;
        if (c === '.') {
            const word = wordBefore(text, i);
            if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
            // Initials run together ("Glenn K.C. Ching").
            if (/^(?:[a-z]\.)+[a-z]$/.test(word) && /^[A-Z][a-z]/.test(next)) continue;
            // "(a)." style or numbered paragraph markers are not sentence ends either.
            if (/^\d+$/.test(word) && /(^|\s)\d+$/.test(text.slice(start, i)) && text.slice(start, i).trim().length <= 4) continue;
        }
        push(text.slice(start, j));
        start = j;
    }
    push(text.slice(start));
    return sentences;

    function push(s: string) {
        const t = s.trim();
        if (t) sentences.push(t);
    }
}
