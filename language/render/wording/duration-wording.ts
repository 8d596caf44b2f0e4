/**
 * Supersession, term and revocation, composed as one sentence the way
 * securities POAs write it: "This authorization shall supersede all prior
 * authorizations ..., which prior authorizations are hereby revoked, and
 * shall remain in effect for so long as ..., unless earlier revoked by the
 * undersigned in a signed writing delivered to the foregoing
 * attorneys-in-fact." Durability and springing effect follow as sentences.
 */
import { statute as findStatute } from '../../catalog/securities-catalog.js';
import type { Determination, DateValue } from '../../model/poa-model.js';
import type { Run } from '../document-tree.js';
import { joinRuns } from '../english.js';
import type { RenderContext } from '../render-context.js';

export function durationParagraph(ctx: RenderContext): Run[] | undefined {
    const m = ctx.model;
    const predicates: Run[][] = [];
    const sentences: Run[][] = [];
    const sup = m.supersession;
    if (sup?.wording) sentences.push([...ctx.wording(sup.wording)]);
    else if (sup?.nothing) sentences.push([{ text: `${ctx.instrumentName()} does not revoke any power of attorney previously granted by ${ctx.object()}.`, source: sup.range }]);
    else if (sup) predicates.push(supersedes(ctx));

    const term = m.term;
    const start = term?.start;
    if (start?.date) predicates.push([{ text: 'become effective on ', source: start.range }, ctx.shortDate(start.date)]);
    else if (start?.immediately) predicates.push([{ text: 'become effective immediately', source: start.range }]);

    let endRevocable = false;
    if (term?.wording) sentences.push([...ctx.wording(term.wording)]);
    else if (term?.end) {
        const end = endPredicate(ctx);
        if (end) {
            predicates.push(end);
            endRevocable = !term.end.whenRevoked;
        }
    }

    const rev = m.revocation;
    const revocationRuns = rev && !rev.wording ? revocationPhrase(ctx) : undefined;
    if (predicates.length) {
        const sentence: Run[] = [{ text: `${ctx.instrumentName()} shall ` }];
        predicates.forEach((p, i) => {
            if (i > 0) sentence.push({ text: i === predicates.length - 1 ? ', and shall ' : ', shall ' });
            sentence.push(...p);
        });
        if (revocationRuns && endRevocable) sentence.push({ text: ', unless earlier revoked ' }, ...revocationRuns);
        sentence.push({ text: '.' });
        sentences.unshift(sentence);
    }
    if (rev?.wording) sentences.push([...ctx.wording(rev.wording)]);
    else if (revocationRuns && !(predicates.length && endRevocable)) {
        sentences.push([{ text: `${ctx.instrumentName()} may be revoked at any time `, source: rev!.range }, ...revocationRuns, { text: '.' }]);
    }
    if (start?.springing) sentences.push(springing(ctx, start.determination));
    if (term?.durable !== undefined) sentences.push(durability(ctx, term.durable));
    if (sentences.length === 0) return undefined;
    return sentences.flatMap((s, i) => (i === 0 ? s : [{ text: ' ' }, ...s]));
}

function supersedes(ctx: RenderContext): Run[] {
    const sup = ctx.model.supersession!;
    if (sup.dates.length) {
        const several = sup.dates.length > 1;
        return [{ text: `supersede the ${several ? 'powers' : 'power'} of attorney granted by ${ctx.object()} and dated `, source: sup.range },
            ...joinRuns(sup.dates.map((d: DateValue) => [ctx.shortDate(d)]), 'and'),
            { text: `, which ${several ? 'are' : 'is'} hereby revoked` }];
    }
    const what = sup.what === 'powers' ? 'powers of attorney' : 'authorizations';
    const runs: Run[] = [{ text: `supersede all prior ${what} to act for ${ctx.object()}`, source: sup.range }];
    if (sup.issuer) runs.push({ text: ' with respect to securities of ' }, ...ctx.issuer(sup.issuer), { text: ' in these matters' });
    if (sup.revoking) runs.push({ text: `, which prior ${what} are hereby revoked` });
    return runs;
}

function endPredicate(ctx: RenderContext): Run[] | undefined {
    const end = ctx.model.term!.end!;
    const source = end.range;
    if (end.date) return [{ text: 'remain in effect until ', source }, ctx.shortDate(end.date)];
    if (end.duration) return [{ text: `remain in effect for ${end.duration.count} ${end.duration.count === 1 ? end.duration.unit.replace(/s$/, '') : end.duration.unit} from the date of its execution`, source }];
    if (end.whenRevoked) return [{ text: 'remain in effect until revoked', source }];
    if (end.onDeath) return [{ text: `remain in effect until ${ctx.firstPerson ? ctx.possessive() : 'the death of the undersigned'}${ctx.firstPerson ? ' death' : ''}`, source }];
    if (end.onCompletion) return [{ text: 'terminate upon the completion of the purpose for which it is given', source }];
    if (end.status) {
        const capacity = ctx.capacityPhrase();
        const subject = `${ctx.subject()}${capacity ? ` (${capacity})` : ''}`;
        const s = findStatute(end.status);
        const issuer: Run[] = end.statusIssuer || ctx.model.issuers.length ? [{ text: ' with respect to securities of ' }, ...ctx.issuer(end.statusIssuer)] : [];
        if (end.status === 'section16' || s?.family === 'section16a') {
            return [{ text: `remain in effect for so long as ${subject} ${ctx.verb('has', 'have')} any obligations under `, source }, ...ctx.statute('section16'), ...issuer];
        }
        return [{ text: `remain in effect for so long as ${subject} ${ctx.verb('is', 'are')} required to file reports under `, source }, ...ctx.statute(end.status), ...issuer];
    }
    return undefined;
}

/** "by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact". */
function revocationPhrase(ctx: RenderContext): Run[] {
    const rev = ctx.model.revocation!;
    const how = rev.method === 'signed-writing' ? 'in a signed writing' : 'by written notice';
    const recipients: Run[][] = rev.recipients.map((r) => (r === 'agents'
        ? [{ text: `the foregoing ${ctx.legalDesignation()}` }]
        : ctx.issuer()));
    const runs: Run[] = [{ text: `by ${ctx.object()} ${how}`, source: rev.range }];
    if (recipients.length) runs.push({ text: ' delivered to ' }, ...joinRuns(recipients, 'and'));
    return runs;
}

const DETERMINATIONS: Record<Exclude<Determination, { description: string }>, string> = {
    'physician': 'a licensed physician who has examined',
    'two-physicians': 'two licensed physicians who have examined',
    'court': 'a court of competent jurisdiction that has found incapacitated'
};

function springing(ctx: RenderContext, determination: Determination | undefined): Run[] {
    const whose = ctx.firstPerson ? ctx.possessive() : 'the undersigned\'s';
    const base = `${ctx.instrumentName()} shall become effective upon ${whose} incapacity`;
    if (!determination) return [{ text: `${base}.` }];
    if (typeof determination === 'object') return [{ text: `${base}, as determined by ${determination.description}.` }];
    const who = DETERMINATIONS[determination];
    if (determination === 'court') return [{ text: `${base}, as determined by ${who} ${ctx.object()}.` }];
    return [{ text: `${base}, as determined in writing by ${who} ${ctx.object()}.` }];
}

function durability(ctx: RenderContext, durable: boolean): Run[] {
    const principal = ctx.firstPerson ? ctx.possessive() : "the undersigned's";
    if (durable) return [{ text: `${ctx.instrumentName()} shall not be affected by ${principal} subsequent disability or incapacity, or by lapse of time.`, source: ctx.model.term?.durabilityRange }];
    return [{ text: `${ctx.instrumentName()} shall terminate upon ${principal} disability or incapacity.`, source: ctx.model.term?.durabilityRange }];
}
