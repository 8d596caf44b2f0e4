/**
 * The word of the language nearest to a misspelt one (`agnets` -> `agents`), for syntax errors
 * (langium/syntax-error-cleanup.ts) and for the checks that hold back a missing-clause finding
 * when the clause's keyword is written misspelt (checks/check-poa.ts).
 */

/** The Levenshtein distance between two words, up to `limit` (anything more is `limit + 1`). */
function distance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            best = Math.min(best, current[j]);
        }
        if (best > limit) return limit + 1;
        previous = current;
    }
    return previous[b.length];
}

/** The word of the language nearest to a misspelt one, if one is near enough to be meant. */
export function nearestKeyword(word: string, keywords: Iterable<string>): string | undefined {
    const w = word.toLowerCase();
    const limit = w.length <= 4 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const k of keywords) {
        if (k.length < 3 || !/^[a-z]/.test(k)) continue;
        const d = distance(w, k, limit);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}

