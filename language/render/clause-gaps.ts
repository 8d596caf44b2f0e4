/**
 * Required or recommended clauses the checks found missing, shown in place in
 * the rendered instrument (the preview marks them), so a lawyer sees where a
 * clause belongs, not only that it is missing. The checks decide what is
 * missing (`language/rules/`); this table only says where each gap shows.
 */
import type { Block, Run } from './document-tree.js';

/** A clause the checks report as missing: its rule code and the diagnostic's message. */
export interface ClauseGap {
    code: string;
    message: string;
}

/** Where a missing clause shows: the paragraph it belongs in, and its label. */
const PLACES: Record<string, { block: string; label: string }> = {
    'poa/missing-section16-forms': { block: 'grant', label: 'FORMS 3, 4 AND 5 UNDER SECTION 16(a)' },
    'poa/missing-securities-filing': { block: 'grant', label: 'SEC FILINGS AUTHORIZED' },
    'poa/missing-subjects': { block: 'grant', label: 'SUBJECTS OF AUTHORITY' },
    'poa/missing-purpose': { block: 'grant', label: 'PURPOSE OF THIS POWER' },
    'poa/missing-health-care-authority': { block: 'grant', label: 'HEALTH-CARE AUTHORITY' },
    'poa/missing-supersession': { block: 'term', label: 'EARLIER POWERS: SUPERSEDED OR NOT' },
    'poa/missing-term': { block: 'term', label: 'TERM OF THIS POWER' },
    'poa/missing-end': { block: 'term', label: 'WHEN THIS POWER ENDS' },
    'poa/missing-revocation': { block: 'term', label: 'HOW THIS POWER MAY BE REVOKED' },
    'poa/missing-durability': { block: 'term', label: 'DURABLE OR NOT DURABLE' },
    'poa/missing-no-assumption': { block: 'acknowledgment', label: 'SECTION 16 ACKNOWLEDGMENT' }
};

/** Inserts a marked gap for each missing clause into the paragraph where it belongs. */
export function insertClauseGaps(blocks: Block[], gaps: readonly ClauseGap[]): void {
    for (const gap of gaps) {
        const place = PLACES[gap.code];
        if (!place) continue;
        const run: Run = { text: `[${place.label}]`, role: 'missing', ref: gap.code, note: gap.message };
        const existing = blocks.find((b) => b.id === place.block);
        if (existing) {
            existing.runs.push({ text: ' ' }, run);
            continue;
        }
        // No paragraph of that kind yet: add one before the testimonium.
        const at = blocks.findIndex((b) => b.kind === 'testimonium');
        blocks.splice(at < 0 ? blocks.length : at, 0, { kind: 'paragraph', id: place.block, runs: [run] });
    }
}
