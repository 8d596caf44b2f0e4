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
import { findStyle, isSentenceTemplate } from '../../phrasebook/index.js';
import { phrase, phraseTemplate } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function durationParagraph(ctx: RenderContext): Run[] | undefined {
    const m = ctx.model;
    const predicates: Run[][] = [];
    const sentences: Run[][] = [];
    const sup = m.supersession;
    // A grant or acknowledgment style that says the supersession itself ({supersession-sentence}) leaves it out of this paragraph.
    const saidElsewhere = ['grant', 'acknowledgment'].some((c) => ctx.style(c)?.template.includes('{supersession-sentence}') === true);
    if (sup && saidElsewhere) { /* said by the grant or the acknowledgment */ }
    else if (sup?.wording) sentences.push([...ctx.wording(sup.wording)]);
    else if (sup?.nothing) sentences.push(phrase(ctx, 'supersession', 'nothing', {}, sup.range));
    // A supersession style written as a sentence ("This Power of Attorney supersedes ...") follows the term's sentence.
    else if (sup && isSentenceTemplate(phraseTemplate(ctx, 'supersession', supersessionVariant(ctx)) ?? '')) sentences.push(phrase(ctx, 'supersession', supersessionVariant(ctx), {}, sup.range));
    else if (sup) predicates.push(phrase(ctx, 'supersession', supersessionVariant(ctx), {}, sup.range));

    const term = m.term;
    // `term ... worded "..."` replaces the whole term (start, end, durability), as every worded clause does.
    const start = term?.wording ? undefined : term?.start;
    if (start?.date) predicates.push(phrase(ctx, 'term-start', undefined, {}, start.range));
    else if (start?.immediately) predicates.push(phrase(ctx, 'term-start', 'immediately', {}, start.range));

    let endRevocable = false;
    let revokedInline = false;
    // A term style that lists the ends ("until the earliest of ...") words an agent's departure itself.
    let departureInline = false;
    if (term?.wording) sentences.push([...ctx.wording(term.wording)]);
    else if (term?.end) {
        let variant = endVariant(ctx);
        if (variant === undefined && term.end.whenRevoked) variant = 'revoked';
        if (variant !== null) {
            predicates.push(phrase(ctx, 'term-end', variant, {}, term.end.range));
            const template = phraseTemplate(ctx, 'term-end', variant) ?? '';
            // A style that words "until revoked by the undersigned in ..." (or lists revocation among
            // the ends) says how it is revoked.
            revokedInline = (term.end.whenRevoked && ctx.style('term-end')?.variants?.revoked !== undefined) || template.includes('{revocation}');
            endRevocable = !term.end.whenRevoked && !template.includes('{revocation}');
            departureInline = template.includes('{departure-employers}');
        }
    }
    // A departure style that starts with a comma continues the term's sentence; with no such sentence,
    // the default style words the departure as a sentence of its own.
    const continuing = /^,/.test(phraseTemplate(ctx, 'agent-departure') ?? '');
    const departureContinues = continuing && predicates.length > 0;
    const departure = term?.departure && !term.wording && !departureInline
        ? phrase(ctx, 'agent-departure', undefined, {}, term.departure.range, continuing && !departureContinues ? findStyle('agent-departure')?.id : undefined)
        : undefined;

    const rev = m.revocation;
    const revocable = Boolean(rev && !rev.wording);
    if (predicates.length) {
        // A chosen term-frame style words the sentence's subject ("The authorization set forth above shall").
        const frame = ctx.style('term-frame') ? phrase(ctx, 'term-frame') : [{ text: 'This ' }, ...phrase(ctx, 'instrument-name', instrumentVariant(ctx)), { text: ' shall ' }];
        const sentence: Run[] = [...frame];
        predicates.forEach((p, i) => {
            if (i > 0) sentence.push({ text: i === predicates.length - 1 ? ', and shall ' : ', shall ' });
            sentence.push(...p);
        });
        if (revocable && endRevocable) sentence.push(...phrase(ctx, 'revocation-frame'));
        if (departureContinues && departure) sentence.push(...departure);
        sentence.push({ text: '.' });
        sentences.unshift(sentence);
    }
    if (departure && !departureContinues) sentences.push(departure);
    if (rev?.wording) sentences.push([...ctx.wording(rev.wording)]);
    else if (revocable && !revokedInline && !(predicates.length && endRevocable)) sentences.push(phrase(ctx, 'revocation-frame', 'alone', {}, rev!.range));
    if (start?.springing) sentences.push(phrase(ctx, 'term-start', 'springing', {}, start.range));
    if (m.confirmingStatement) sentences.push(phrase(ctx, 'confirming-statement', undefined, {}, m.confirmingStatement.range));
    if (term?.durable !== undefined && !term.wording) sentences.push(phrase(ctx, 'durability', term.durable ? undefined : 'not-durable', {}, term.durabilityRange));
    if (sentences.length === 0) return undefined;
    // The sentences apart by a space, pushed in a loop: flatMap's generic flattening, and an array for
    // each space, were a fifth of this paragraph's time.
    const runs: Run[] = [];
    sentences.forEach((sentence, i) => {
        if (i > 0) runs.push({ text: ' ' });
        for (const r of sentence) runs.push(r);
    });
    return runs;
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
