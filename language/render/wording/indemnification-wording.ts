/** The principal's indemnity of the agents for acts in good faith under the power. */
import type { Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

export function indemnificationParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.indemnification;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    const agents = ctx.severalAgents ? `each of the foregoing ${ctx.designation()}` : `the foregoing ${ctx.designation()}`;
    return [{ text: `${ctx.subject(true)} ${ctx.verb('agrees', 'agree')} to indemnify and hold harmless ${agents} from and against any and all loss, claim, damage, liability and expense arising out of any action taken or omitted in good faith under ${ctx.instrumentName(false)}.`, source: clause.range }];
}
