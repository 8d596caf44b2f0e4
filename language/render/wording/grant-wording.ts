/**
 * The grant paragraph (the appointment, the powers and, in the default
 * style, the ratification), the incidental-authority paragraph of the classic
 * Section 16 form, limitations and successor agents. The words are the
 * phrasebook's; this file says which phrase goes where.
 */
import type { Run } from '../document-tree.js';
import { findStyle } from '../../phrasebook/index.js';
import { phrase, withSource } from '../phrase.js';
import { grantHoldsIncidentalAuthority, incidentalContinuesGrant, Slots, templateHolds } from '../slots.js';
import { fillTemplate } from '../template-engine.js';
import type { RenderContext } from '../render-context.js';

export function grantParagraph(ctx: RenderContext): Run[] {
    const style = ctx.style('grant') ?? findStyle('grant');
    if (!style || !incidentalContinuesGrant(ctx) || templateHolds(ctx, 'grant', 'incidental-authority')) return phrase(ctx, 'grant');
    // Worded incidental authority that continues the grant sentence goes before the ratification, or ends the sentence.
    const template = style.template.includes('[, {ratification}]')
        ? style.template.replace('[, {ratification}]', '[, {incidental-authority}][, {ratification}]')
        : style.template.replace(/\.$/, '[, {incidental-authority}].');
    return withSource(fillTemplate(template, new Slots(ctx, {})), ctx.model.grant?.range);
}

/** "The undersigned hereby grants to each such attorney-in-fact full power and authority ... if personally present, ...". */
export function incidentalAuthorityParagraph(ctx: RenderContext): Run[] | undefined {
    const clause = ctx.model.incidentalAuthority;
    // A grant style that words the incidental authority inside its sentence leaves no paragraph for it.
    if (!clause || grantHoldsIncidentalAuthority(ctx)) return undefined;
    if (clause.wording) return ctx.wording(clause.wording);
    return phrase(ctx, 'incidental-authority', undefined, { incidental: true }, clause.range);
}

/** "This power of attorney is subject to the following limitations: ...". */
export function limitationsParagraph(ctx: RenderContext): Run[] | undefined {
    const limits = ctx.model.grant?.limitations ?? [];
    if (limits.length === 0) return undefined;
    const list: Run[] = [];
    limits.forEach((l, i) => {
        if (i > 0) list.push({ text: i === limits.length - 1 ? '; and ' : '; ' });
        const run = ctx.value(l, 'LIMITATION');
        // The list ends with the template's own stop: a limitation written as a sentence keeps its words, not a second stop.
        list.push(i === limits.length - 1 ? { ...run, text: run.text.replace(/[.;]\s*$/, '') } : run);
    });
    return phrase(ctx, 'limitations', undefined, { list });
}

/** Successor agents, in the order named. */
export function successorsParagraph(ctx: RenderContext): Run[] | undefined {
    const successors = ctx.model.successors;
    if (successors.length === 0) return undefined;
    const list: Run[] = [];
    successors.forEach((s, i) => {
        if (i > 0) list.push({ text: i === successors.length - 1 ? '; and then ' : '; then ' });
        list.push(ctx.party(s));
    });
    return phrase(ctx, 'successors', undefined, { list });
}
