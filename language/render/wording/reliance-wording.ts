/** Third-party reliance: who may act on the power, and until when (cf. UPOAA § 119). */
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function relianceParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.reliance;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    return phrase(ctx, 'reliance', undefined, {}, clause.range);
}
