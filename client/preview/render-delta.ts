/**
 * Rebuilds a whole rendering from an answer of `poa/render` told against an
 * earlier one (`RenderDelta` in server/protocol.ts): each number is a block of
 * the earlier rendering, unchanged. Without a delta the answer is whole already.
 */
import type { RenderResult } from '../../server/protocol.js';

/** The whole rendering, or undefined when the answer is told against a rendering other than `base`. */
export function wholeRendering(answer: RenderResult, base: RenderResult | undefined): RenderResult | undefined {
    const { delta, ...rest } = answer;
    if (!delta) return answer;
    if (!base || base.rendering !== delta.since) return undefined;
    const blocks = delta.blocks.map((b) => (typeof b === 'number' ? base.document.blocks[b] : b));
    if (blocks.some((b) => b === undefined)) return undefined;
    return { ...rest, document: { ...answer.document, blocks } };
}
