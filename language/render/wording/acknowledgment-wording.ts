/**
 * The Section 16 acknowledgment that neither the agents nor the company take
 * over the insider's own reporting duty (words in `phrasebook/acknowledgment.ts`).
 */
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function acknowledgmentParagraph(ctx: RenderContext): Run[] | undefined {
    const ack = ctx.model.acknowledgment;
    if (!ack) return undefined;
    if (ack.wording) return ctx.wording(ack.wording);
    // Parties named without any agent: only the issuer disclaims.
    const agents = ack.parties.length === 0 || ack.parties.some((id) => ctx.model.agents.some((a) => a.id === id));
    return phrase(ctx, 'acknowledgment', agents ? undefined : 'issuer-only', {}, ack.range);
}
