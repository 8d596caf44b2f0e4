/**
 * The Section 16 acknowledgment that neither the agents nor the company take
 * over the insider's own reporting duty, in the words used across SEC filings.
 */
import type { Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

export function acknowledgmentParagraph(ctx: RenderContext): Run[] | undefined {
    const ack = ctx.model.acknowledgment;
    if (!ack) return undefined;
    if (ack.wording) return ctx.wording(ack.wording);
    const named = ack.parties.length ? ack.parties : ['agents', ...ctx.model.issuers.slice(0, 1).map((i) => i.id)];
    const issuerId = named.find((id) => ctx.model.issuers.some((i) => i.id === id));
    const agents = ack.parties.length === 0 || ack.parties.some((id) => ctx.model.agents.some((a) => a.id === id));
    const runs: Run[] = [{ text: `${ctx.subject(true)} ${ctx.verb('acknowledges', 'acknowledge')} that `, source: ack.range }];
    if (agents) {
        runs.push({ text: `the foregoing ${ctx.designation()}, in serving in such capacity at the request of ${ctx.object()}, ${ctx.severalAgents ? 'are' : 'is'} not assuming` });
        if (issuerId) {
            const issuer = ctx.issuer(issuerId);
            // A first-use definition ends in a parenthetical that a comma must close.
            runs.push({ text: ', nor is ' }, ...issuer, { text: issuer.length > 1 ? ', assuming,' : ' assuming,' });
        }
    } else if (issuerId) {
        runs.push(...ctx.issuer(issuerId), { text: ' is not assuming' });
    }
    runs.push({ text: ` any of ${ctx.possessive()} responsibilities to comply with ` }, ...ctx.statute('section16'), { text: '.' });
    return runs;
}
