/** Third-party reliance: who may act on the power, and until when (cf. UPOAA § 119). */
import type { Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

export function relianceParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.reliance;
    if (!clause) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    return [{ text: `Any third party may rely upon ${ctx.instrumentName(false)}, or upon a copy, facsimile or electronic image of it, and upon the authority of the ${ctx.designation()} under it, until the third party receives actual notice of its revocation or termination.`, source: clause.range }];
}
