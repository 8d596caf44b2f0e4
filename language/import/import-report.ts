/** The import report: per clause the style chosen and the confidence, the sentences kept as written, the share reproduced by structure. */
import type { Holder } from './imported-instrument.js';

export interface ClauseReport {
    clause: string;
    style: string;
    /** The lowest confidence among the sentences recognised for this clause and style (0..1). */
    confidence: number;
    sentences: number;
}

export interface ImportReport {
    source: string;
    format: 'text' | 'docx' | 'pdf';
    clauses: ClauseReport[];
    /** Each sentence kept as written, with the clause that holds it (`execution`: `executed none worded`). */
    keptAsWritten: { clause: Holder | 'execution'; text: string }[];
    /** Sentences read with a style a few words off it: each edit's style words and the filed words kept (`as-filed`). */
    asFiled?: { clause: string; style: string; filed: string }[];
    setAside: string[];
    words: number;
    wordsKeptAsWritten: number;
    /** The share of the document's words reproduced by structure (0..1). */
    structuredShare: number;
}

/** Words as the fidelity measure counts them. */
export function countWords(text: string): number {
    return text.match(/[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g)?.length ?? 0;
}

export function formatReport(report: ImportReport): string {
    const lines: string[] = [];
    lines.push(`poa import: ${report.source} (${report.format})`);
    lines.push('  clause            style                         confidence');
    for (const c of report.clauses) lines.push(`  ${c.clause.padEnd(17)} ${c.style.padEnd(29)} ${c.confidence.toFixed(2)}${c.sentences > 1 ? `  (${c.sentences} lines)` : ''}`);
    if (report.keptAsWritten.length) {
        lines.push(`  kept as written (${report.keptAsWritten.length}):`);
        for (const k of report.keptAsWritten) lines.push(`    [${k.clause}] ${k.text.length > 100 ? `${k.text.slice(0, 97)}...` : k.text}`);
    }
    if (report.asFiled?.length) {
        lines.push(`  read with a style, words kept as filed (${report.asFiled.length}):`);
        for (const e of report.asFiled) lines.push(`    [${e.clause}] "${e.style}" as "${e.filed}"`);
    }
    if (report.setAside.length) lines.push(`  set aside as page furniture: ${report.setAside.map((s) => JSON.stringify(s)).join(', ')}`);
    lines.push(`  words reproduced by structure: ${(report.structuredShare * 100).toFixed(1)}% (${report.words - report.wordsKeptAsWritten} of ${report.words}; ${report.wordsKeptAsWritten} kept as written)`);
    return `${lines.join('\n')}\n`;
}
