/**
 * The notices a form prints after the signatures (`notice titled "..." "..."` in the execution block): the
 * Uniform Act's "IMPORTANT INFORMATION FOR AGENT" after the acknowledgment (Neb. Rev. Stat. § 30-4041,
 * S.D. Codified Laws § 59-12-41), or California's notice to the agent under the signature (Cal. Prob. Code
 * § 4401). Each is its heading, if any, then its words as written (the statute's, which name no party).
 */
import type { Block } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

/** The notices written before the notary (`afterNotary` false) or after it (true), in the order written. */
export function noticeBlocks(ctx: RenderContext, afterNotary: boolean): Block[] {
    const notices = ctx.model.execution?.notices ?? [];
    return notices.flatMap((notice, i): Block[] => {
        if (notice.afterNotary !== afterNotary) return [];
        const id = `notice-${i + 1}`;
        const heading: Block[] = notice.heading ? [{ kind: 'title', id: `${id}-heading`, runs: [{ text: notice.heading }], source: notice.range }] : [];
        return [...heading, { kind: 'paragraph', id, runs: [{ text: notice.text, source: notice.range }], source: notice.range }];
    });
}
