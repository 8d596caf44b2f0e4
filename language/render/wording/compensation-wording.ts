/** Whether the agents are paid (cf. UPOAA § 112: reimbursement and reasonable compensation by default). */
import { capitalize } from '../english.js';
import type { Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

export function compensationParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.compensation;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    const who = capitalize(`the ${ctx.designation()}`);
    const text = {
        none: `${who} shall serve without compensation and without reimbursement of expenses.`,
        'expenses-only': `${who} shall serve without compensation, but shall be entitled to reimbursement of expenses reasonably incurred ${ctx.onBehalf()}.`,
        reasonable: `${who} shall be entitled to reimbursement of expenses reasonably incurred ${ctx.onBehalf()} and to compensation that is reasonable under the circumstances.`
    }[clause.compensation];
    // A half-typed clause (`compensation` with no choice yet) renders nothing until it says which.
    if (text === undefined) return undefined;
    return [{ text, source: clause.range }];
}
