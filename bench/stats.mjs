// Medians, percentiles and the results table of the benchmark.
export function summarize(samples) {
    const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (!s.length) return { median: NaN, p95: NaN, runs: 0 };
    const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
    const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    return { median, p95: at(0.95), runs: s.length };
}

const fmt = (v, unit) => {
    if (v === undefined || v === null || Number.isNaN(v)) return '—';
    if (unit === 'ms') return v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
    if (unit === 'lines/s') return Math.round(v).toLocaleString('en-US');
    if (unit === 'MB' || unit === 's') return v.toFixed(1);
    if (unit === 'KB') return Math.round(v).toLocaleString('en-US');
    return String(v);
};

/** Prints the figures as a fixed-width table: figure, median, p95, unit, budget, met/missed. */
export function printTable(rows, write = (t) => process.stdout.write(t)) {
    const cells = rows.map((r) => [
        r.figure,
        fmt(r.median ?? r.value, r.unit),
        r.p95 === undefined ? '' : fmt(r.p95, r.unit),
        r.unit,
        r.budget === undefined ? '' : `< ${r.budget} ${r.budgetUnit ?? r.unit}${r.judge === 'median' ? ' (median)' : ''}`,
        status(r)
    ]);
    const head = ['figure', 'median', 'p95', 'unit', 'budget', 'verdict'];
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    const line = (c) => c.map((x, i) => (i === 0 || i >= 3 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ').trimEnd() + '\n';
    write(line(head));
    write(line(widths.map((w) => '-'.repeat(w))));
    for (const c of cells) write(line(c));
}

/** A figure with a budget is met when its p95 (or its single value; its median when judged on the median) is under it. */
export function status(r) {
    if (r.note) return r.note;
    if (r.budget === undefined) return '';
    const v = r.judge === 'median' ? r.median : r.p95 ?? r.median ?? r.value;
    if (!Number.isFinite(v)) return 'MISSED (no figure)';
    return v < r.budget ? 'met' : 'MISSED';
}
