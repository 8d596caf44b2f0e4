/**
 * Supersession, term and revocation, composed as one sentence the way
 * securities POAs write it: "This authorization shall supersede ..., and
 * shall remain in effect ..., unless earlier revoked by the undersigned in a
 * signed writing delivered to the foregoing attorneys-in-fact." Durability and
 * springing effect follow as sentences. The words are the phrasebook's
 * (`phrasebook/term.ts`); this file joins the parts.
 */
import { statute as findStatute } from '../../catalog/securities-catalog.js';
import type { Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function durationParagraph(ctx: RenderContext): Run[] | undefined {
    const m = ctx.model;
    const predicates: Run[][] = [];
    const sentences: Run[][] = [];
    const sup = m.supersession;
    if (sup?.wording) sentences.push([...ctx.wording(sup.wording)]);
    else if (sup?.nothing) sentences.push(phrase(ctx, 'supersession', 'nothing', {}, sup.range));
    else if (sup) predicates.push(phrase(ctx, 'supersession', supersessionVariant(ctx), {}, sup.range));

    const term = m.term;
    const start = term?.start;
    if (start?.date) predicates.push(phrase(ctx, 'term-start', undefined, {}, start.range));
    else if (start?.immediately) predicates.push(phrase(ctx, 'term-start', 'immediately', {}, start.range));

    let endRevocable = false;
    let revokedInline = false;
    if (term?.wording) sentences.push([...ctx.wording(term.wording)]);
    else if (term?.end) {
        let variant = endVariant(ctx);
        if (variant === undefined && term.end.whenRevoked) variant = 'revoked';
        if (variant !== null) {
            predicates.push(phrase(ctx, 'term-end', variant, {}, term.end.range));
            endRevocable = !term.end.whenRevoked;
            // A style that words "until revoked by the undersigned in ..." says how it is revoked.
            if (term.end.whenRevoked && ctx.style('term-end')?.variants?.revoked !== undefined) revokedInline = true;
        }
    }

    // Each agent's own end: a tail of the term's sentence (", except that ...") or a sentence of its own.
    const agentEnd = term?.wording ? undefined : term?.agentEnd;
    const agentWords = agentEnd ? phrase(ctx, 'agent-term', undefined, {}, agentEnd.range) : undefined;
    const inline = Boolean(agentWords && predicates.length && agentWords[0]?.text.startsWith(','));
    const agentTail = inline ? agentWords : undefined;

    const rev = m.revocation;
    const revocable = Boolean(rev && !rev.wording);
    if (predicates.length) {
        const sentence: Run[] = [{ text: 'This ' }, ...phrase(ctx, 'instrument-name', instrumentVariant(ctx)), { text: ' shall ' }];
        predicates.forEach((p, i) => {
            if (i > 0) sentence.push({ text: i === predicates.length - 1 ? ', and shall ' : ', shall ' });
            sentence.push(...p);
        });
        if (revocable && endRevocable) sentence.push(...phrase(ctx, 'revocation-frame'));
        if (agentTail) sentence.push(...agentTail);
        sentence.push({ text: '.' });
        sentences.unshift(sentence);
    }
    if (rev?.wording) sentences.push([...ctx.wording(rev.wording)]);
    else if (revocable && !revokedInline && !(predicates.length && endRevocable)) sentences.push(phrase(ctx, 'revocation-frame', 'alone', {}, rev!.range));
    if (agentWords && !inline) sentences.push(agentWords[0]?.text.startsWith(',') ? [{ text: 'This ' }, ...phrase(ctx, 'instrument-name', instrumentVariant(ctx)), { text: ' shall remain in effect' }, ...agentWords, { text: '.' }] : agentWords);
    if (start?.springing) sentences.push(phrase(ctx, 'term-start', 'springing', {}, start.range));
    if (term?.durable !== undefined) sentences.push(phrase(ctx, 'durability', term.durable ? undefined : 'not-durable', {}, term.durabilityRange));
    if (sentences.length === 0) return undefined;
    return sentences.flatMap((s, i) => (i === 0 ? s : [{ text: ' ' }, ...s]));
}

function instrumentVariant(ctx: RenderContext): string | undefined {
    return ctx.model.kind === 'section16' || ctx.model.kind === 'securities' ? 'securities' : undefined;
}

function supersessionVariant(ctx: RenderContext): string | undefined {
    const sup = ctx.model.supersession!;
    if (sup.dates.length) return sup.dates.length > 1 ? 'dates' : 'date';
    return sup.revoking ? 'all-revoking' : undefined;
}

/** The term-end variant for the model's end; null when the end is not stated yet. */
function endVariant(ctx: RenderContext): string | undefined | null {
    const end = ctx.model.term!.end!;
    if (end.date) return 'date';
    if (end.duration) return 'duration';
    if (end.whenRevoked) return undefined;
    if (end.onDeath) return 'death';
    if (end.onCompletion) return 'completion';
    if (end.status) return end.status === 'section16' || findStatute(end.status)?.family === 'section16a' ? 'section16' : 'status';
    return null;
}
