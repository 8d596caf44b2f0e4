/**
 * The renderings `poa/render` sent, kept a short while (the last two per
 * document) so that the next answer to the same client can carry only the
 * blocks that changed (`RenderDelta` in protocol.ts): on a 5,000-line file an
 * edit in one paragraph otherwise re-sends 1.7 MB of runs the preview
 * already has. A block counts as unchanged only when it is equal in every
 * field, source ranges included, so the client's rebuilt document is the
 * document the server rendered. Names carry a per-process prefix, so a name
 * from before a server restart never matches.
 */
import { randomUUID } from 'node:crypto';
import type { Block, RenderedDocument } from '../language/render/document-tree.js';
import type { RenderDelta } from './protocol.js';

/** Renderings kept per document (the preview's last, and one more for a request that crossed it). */
const KEPT_PER_DOCUMENT = 2;
/** Documents with kept renderings (the least recently rendered are forgotten first). */
const KEPT_DOCUMENTS = 16;

export class SentRenderings {
    private readonly prefix = randomUUID().slice(0, 8);
    private counter = 0;
    private readonly byDocument = new Map<string, Map<string, RenderedDocument>>();

    /** Remembers `document` as sent for `uri`; with `since` naming a kept rendering of it, the delta to send instead. */
    send(uri: string, document: RenderedDocument, since: string | undefined): { rendering: string; delta?: RenderDelta } {
        const kept = this.byDocument.get(uri) ?? new Map<string, RenderedDocument>();
        const base = since === undefined ? undefined : kept.get(since);
        const rendering = `${this.prefix}-${++this.counter}`;
        kept.set(rendering, document);
        while (kept.size > KEPT_PER_DOCUMENT) kept.delete(kept.keys().next().value as string);
        this.byDocument.delete(uri); // re-inserted last: the most recently rendered
        this.byDocument.set(uri, kept);
        while (this.byDocument.size > KEPT_DOCUMENTS) this.byDocument.delete(this.byDocument.keys().next().value as string);
        if (!base || since === undefined) return { rendering };
        return { rendering, delta: { since, blocks: blocksAgainst(base, document) } };
    }

    /** Forgets a document's renderings (it was closed). */
    forget(uri: string): void {
        this.byDocument.delete(uri);
    }
}

/** The blocks of `next`, each unchanged one as the index of its equal in `base` (looked up by block id). */
export function blocksAgainst(base: RenderedDocument, next: RenderedDocument): (Block | number)[] {
    const byId = new Map<string, number>();
    base.blocks.forEach((b, i) => { if (!byId.has(b.id)) byId.set(b.id, i); });
    return next.blocks.map((block) => {
        const i = byId.get(block.id);
        return i !== undefined && samePlainData(base.blocks[i], block) ? i : block;
    });
}

/** Deep equality of plain (JSON-like) data: the same keys with defined values, and equal values. */
export function samePlainData(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
        const other = b as unknown[];
        if (a.length !== other.length) return false;
        for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], other[i])) return false;
        return true;
    }
    const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
    let count = 0;
    for (const key in x) {
        if (x[key] === undefined) continue;
        count++;
        if (!samePlainData(x[key], y[key])) return false;
    }
    for (const key in y) if (y[key] !== undefined) count--;
    return count === 0;
}
