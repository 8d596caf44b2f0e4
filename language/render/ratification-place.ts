/**
 * Where a template places the ratification, and the style that fits there. The ratification styles come in
 * two shapes: a phrase that continues the grant's sentence ("..., hereby ratifying and confirming all that said
 * attorneys-in-fact shall do ...") and a sentence of its own ("The undersigned hereby ratifies and confirms
 * ..."). A template writes `{ratification}` where the phrase goes, after a comma, and `{ratification-sentence}`
 * where a sentence goes, after the grant's full stop. A style of the wrong shape there would print ". hereby
 * ratifying ..." with no full stop at its end, or ", The undersigned hereby ratifies ....".
 */
import { clausePhrases, findStyle, isSentenceTemplate } from '../phrasebook/index.js';
import type { RenderContext } from './render-context.js';

/** The slot of a place for the ratification as a sentence of its own. */
export const RATIFICATION_SENTENCE_SLOT = 'ratification-sentence';

/**
 * The ratification style to print where a template places it: the file's own choice as written (the rule
 * `poa/ratification-shape` warns when it does not fit); a default or a style set's that does not fit gives way
 * to the phrasebook's first style of the right shape. Undefined keeps the context's choice.
 */
export function placedRatificationStyle(ctx: RenderContext, sentence: boolean): string | undefined {
    if (ctx.ownStyleId('ratification') !== undefined) return undefined;
    const style = ctx.style('ratification') ?? findStyle('ratification');
    if (!style || isSentenceTemplate(style.template) === sentence) return undefined;
    return firstOfShape(sentence);
}

/** The phrasebook's first ratification style of a shape: a sentence of its own, or a phrase. */
function firstOfShape(sentence: boolean): string | undefined {
    return ratificationStyles().find((s) => isSentenceTemplate(s.template) === sentence)?.id;
}

/** The ratification styles of a shape, for a message that names them. */
export function stylesOfShape(sentence: boolean): string[] {
    return ratificationStyles().filter((s) => isSentenceTemplate(s.template) === sentence).map((s) => s.id);
}

function ratificationStyles() {
    return clausePhrases('ratification')?.styles ?? [];
}
