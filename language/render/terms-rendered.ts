/**
 * The defined terms the rendered instrument actually names: those a clause's
 * style brings in through a slot (`{sec}`, `{act1934}`, a statute's act) as
 * well as those the file refers to itself. The checks ask this, so a term used
 * only through the phrasebook is not reported as unused.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { Run } from './document-tree.js';
import { defaultRendering } from './default-rendering.js';

export function termsRendered(model: PoaModel): Set<string> {
    const used = new Set<string>();
    const note = (runs: readonly Run[] | undefined) => {
        for (const r of runs ?? []) if (r.role === 'term' && r.ref) used.add(r.ref);
    };
    for (const block of defaultRendering(model).blocks) {
        note(block.runs);
        for (const line of block.lines ?? []) note(line.runs);
    }
    return used;
}
