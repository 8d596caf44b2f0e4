/** Whether the agents are paid (cf. UPOAA § 112: reimbursement and reasonable compensation by default). */
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function compensationParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.compensation;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    // A half-typed clause (`compensation` with no choice yet) renders nothing until it says which.
    if (!clause.compensation) return undefined;
    return phrase(ctx, 'compensation', clause.compensation === 'none' ? undefined : clause.compensation, {}, clause.range);
}
