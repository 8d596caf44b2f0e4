/**
 * The testimonium that precedes the signatures: "IN WITNESS WHEREOF, I have
 * hereunto set my hand this 26th day of July, 2007." (words in
 * `phrasebook/execution.ts`).
 */
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function testimoniumParagraph(ctx: RenderContext): Run[] {
    const m = ctx.model;
    const exec = m.execution;
    if (exec?.wording) return ctx.wording(exec.wording);
    const entity = m.principals.length > 0 && m.principals.every((p) => p.entity);
    const variant = entity ? 'entity' : exec?.testimonium === 'hand' ? (ctx.plural ? 'hand-plural' : 'hand') : undefined;
    // An entity acts through its signatory: "the undersigned has caused ... by its duly authorized signatory", in either voice.
    return phrase(ctx, 'testimonium', variant, entity ? { thirdPerson: true } : {}, exec?.range);
}
