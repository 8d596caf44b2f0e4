/** The principal's indemnity of the agents for acts in good faith. */
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function indemnificationParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.indemnification;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    return phrase(ctx, 'indemnification', undefined, {}, clause.range);
}
