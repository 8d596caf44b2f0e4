/**
 * The grant paragraph: the appointment, the powers, and the ratification that
 * closes it ("..., hereby ratifying and confirming all that said
 * attorneys-in-fact, or any of them, shall do or cause to be done by virtue
 * thereof.").
 */
import type { Run } from '../document-tree.js';
import { enumerateRuns } from '../english.js';
import type { RenderContext } from '../render-context.js';
import { appointmentRuns } from './appointment-wording.js';
import { powerPhrases } from './powers-wording.js';

export function grantParagraph(ctx: RenderContext): Run[] {
    const grant = ctx.model.grant;
    const runs = appointmentRuns(ctx);
    if (grant?.wording) {
        runs.push({ text: ', ' }, ...ctx.wording(grant.wording));
    } else {
        const powers = grant ? powerPhrases(ctx, grant) : [];
        if (powers.length === 0) {
            runs.push({ text: ', ' }, { text: '[POWERS GRANTED]', role: 'missing', ref: 'grant', note: 'The grant does not say what the agents may do: add a grant clause.', source: grant?.range });
        } else if (powers.length === 1) {
            runs.push({ text: ', ' }, ...powers[0]);
        } else {
            runs.push({ text: ': ' }, ...enumerateRuns(powers, 'arabic', ';'));
        }
    }
    runs.push(...ratificationRuns(ctx));
    runs.push({ text: '.' });
    return runs;
}

function ratificationRuns(ctx: RenderContext): Run[] {
    const r = ctx.model.ratification;
    if (!r) return [];
    if (r.wording) return [{ text: ', ', source: r.range }, ...ctx.wording(r.wording)];
    const said = ctx.saidAgents();
    return [{ text: `, hereby ratifying and confirming all that ${said}${ctx.severalAgents ? ',' : ''} shall do or cause to be done by virtue thereof`, source: r.range }];
}

/** "This power of attorney is subject to the following limitations: ...". */
export function limitationsParagraph(ctx: RenderContext): Run[] | undefined {
    const limits = ctx.model.grant?.limitations ?? [];
    if (limits.length === 0) return undefined;
    const runs: Run[] = [{ text: `${ctx.instrumentName()} is subject to the following ${limits.length > 1 ? 'limitations' : 'limitation'}: ` }];
    limits.forEach((l, i) => {
        if (i > 0) runs.push({ text: i === limits.length - 1 ? '; and ' : '; ' });
        runs.push(ctx.value(l, 'LIMITATION'));
    });
    runs.push({ text: '.' });
    return runs;
}

/** Successor agents, in the order named. */
export function successorsParagraph(ctx: RenderContext): Run[] | undefined {
    const successors = ctx.model.successors;
    if (successors.length === 0) return undefined;
    const designation = ctx.model.designation;
    const named = ctx.severalAgents ? `each ${designation.singular} named above` : `the ${designation.singular} named above`;
    const runs: Run[] = [{ text: `If ${named} dies, becomes incapacitated, resigns, or is unable or unwilling to act, ${ctx.subject()} ${ctx.verb('appoints', 'appoint')} ${successors.length > 1 ? `the following, in the order named, as successor ${designation.plural}` : `as successor ${designation.singular}`}: ` }];
    successors.forEach((s, i) => {
        if (i > 0) runs.push({ text: i === successors.length - 1 ? '; and then ' : '; then ' });
        runs.push(ctx.party(s));
    });
    runs.push({ text: '.' });
    return runs;
}
