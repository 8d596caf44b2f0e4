/**
 * Word-level similarity, the same measure as ../shared/tools/fidelity.mjs:
 * texts normalised (curly quotes and dashes folded), split into words and
 * punctuation, compared by longest common subsequence;
 * similarity = 2 * LCS / (|reference| + |rendered|).
 *
 * Signature rules count as the shared tool counts them: every "-" of a scraped
 * "------" line is a token (117 of LinkedIn 2011's 498). The project models the
 * rules rather than discounting them: a signature or witness style with a
 * `{rule}` line prints one (36 hyphens in plain text), so this copy stays
 * identical in measure to ../shared/tools/fidelity.mjs, the acceptance measure.
 */
export function fidelityTokens(text: string, dropComments = false): string[] {
    let t = text;
    if (dropComments) t = t.split('\n').filter((l) => !l.startsWith('# ')).join('\n');
    t = t.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"').replace(/[\u2013\u2014\u2212]/g, '-').replace(/\u00A0/g, ' ');
    return t.match(/[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g) ?? [];
}

export function similarity(reference: string, rendered: string): number {
    const a = fidelityTokens(reference, true);
    const b = fidelityTokens(rendered);
    if (a.length + b.length === 0) return 1;
    let prev = new Uint32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        const cur = new Uint32Array(b.length + 1);
        for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
        prev = cur;
    }
    return (2 * prev[b.length]) / (a.length + b.length);
}
