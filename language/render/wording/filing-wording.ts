/**
 * SEC filings the agents may make, one phrase per statute family:
 * "any report or statement of beneficial ownership ... pursuant to Section
 * 16(a) of the 1934 Act, including ... Form 3, Form 4 or Form 5 ...".
 */
import type { FilingModel } from '../../model/poa-model.js';
import { secForm, statute, type StatuteFamily } from '../../catalog/securities-catalog.js';
import type { Run } from '../document-tree.js';
import { joinRuns } from '../english.js';
import type { RenderContext } from '../render-context.js';

export function filingRuns(ctx: RenderContext, filing: FilingModel): Run[] {
    const family: StatuteFamily | undefined = statute(filing.statute)?.family;
    switch (family) {
        case 'section16a': return section16Filing(ctx, filing);
        case 'rule144': return rule144Filing(ctx, filing);
        case 'section13d':
        case 'section13g': return beneficialOwnershipFiling(ctx, filing);
        case 'regulationST': return formIdFiling(ctx, filing);
        case 'registration': return registrationFiling(ctx, filing);
        default: return genericFiling(ctx, filing);
    }
}

/** "SEC Form 3, Form 4 or Form 5" (the SEC prefix once the SEC is a defined term). */
function formsRuns(ctx: RenderContext, filing: FilingModel, conjunction: 'or' | 'and' = 'or'): Run[] {
    const sec = ctx.termAdjective('sec');
    const names = joinRuns(filing.forms.map((f) => [{ text: secForm(f.id)?.name ?? f.id, role: 'form' as const, ref: f.id, source: f.range }]), conjunction);
    return sec ? [{ text: `${sec} ` }, ...names] : names;
}

/** The subject with its capacities: "the undersigned (in his individual capacity or ...)". */
function subjectWithCapacity(ctx: RenderContext): string {
    const capacity = ctx.capacityPhrase();
    return capacity ? `${ctx.subject()} (${capacity})` : ctx.subject();
}

/** The issuer followed by the space before a relative clause; a comma closes a first-use definition. */
function issuerThen(ctx: RenderContext): Run[] {
    const runs = ctx.issuer();
    return [...runs, { text: runs.length > 1 ? ', ' : ' ' }];
}

function amendmentsRuns(ctx: RenderContext, filing: FilingModel, amendment = ' or to any amendment thereto'): Run[] {
    const runs: Run[] = [];
    if (filing.amendments) runs.push({ text: amendment });
    if (filing.successorForms) runs.push({ text: ', or any form or forms adopted by ' }, ...ctx.term('sec'), { text: ' in lieu thereof or in addition thereto' });
    return runs;
}

function section16Filing(ctx: RenderContext, filing: FilingModel): Run[] {
    const capacity = ctx.capacityPhrase();
    return [
        { text: 'any report or statement of beneficial ownership or changes in beneficial ownership of securities of ' },
        ...issuerThen(ctx),
        { text: `that ${subjectWithCapacity(ctx)} may be required to file pursuant to ` },
        ...ctx.statute(filing.statute, filing.statuteRange),
        { text: `, including specifically, but without limitation, full power and authority to sign ${ctx.possessive()} name${capacity ? `, ${capacity},` : ''} to any report or statement on ` },
        ...formsRuns(ctx, filing),
        ...amendmentsRuns(ctx, filing)
    ];
}

function rule144Filing(ctx: RenderContext, filing: FilingModel): Run[] {
    const relating = filing.relatingTo === 'holdings' ? 'holdings' : 'sales';
    return [
        { text: 'any report required under ' },
        ...ctx.statute(filing.statute, filing.statuteRange),
        { text: ' on ' },
        ...formsRuns(ctx, filing),
        ...amendmentsRuns(ctx, filing),
        { text: ` relating to ${relating} of securities of ` },
        ...ctx.issuer()
    ];
}

function beneficialOwnershipFiling(ctx: RenderContext, filing: FilingModel): Run[] {
    return [
        { text: 'any statement on ' },
        ...formsRuns(ctx, filing),
        ...amendmentsRuns(ctx, filing, ', including any amendment thereto,'),
        { text: ' with respect to the beneficial ownership of securities of ' },
        ...issuerThen(ctx),
        { text: `that ${subjectWithCapacity(ctx)} may be required to file pursuant to ` },
        ...ctx.statute(filing.statute, filing.statuteRange)
    ];
}

function formIdFiling(ctx: RenderContext, filing: FilingModel): Run[] {
    return [
        { text: 'an application on ' },
        ...formsRuns(ctx, filing),
        ...amendmentsRuns(ctx, filing, ', including any amendment thereto,'),
        { text: ` for the codes and passwords that enable ${ctx.object()} to make electronic filings under ` },
        ...ctx.statute(filing.statute, filing.statuteRange)
    ];
}

function registrationFiling(ctx: RenderContext, filing: FilingModel): Run[] {
    return [
        { text: 'any registration statement on ' },
        ...formsRuns(ctx, filing),
        { text: ' relating to securities of ' },
        ...ctx.issuer(),
        { text: ', and any amendment (including any post-effective amendment) thereto, filed under ' },
        ...ctx.statute(filing.statute, filing.statuteRange)
    ];
}

function genericFiling(ctx: RenderContext, filing: FilingModel): Run[] {
    return [
        { text: 'any report on ' },
        ...formsRuns(ctx, filing),
        ...amendmentsRuns(ctx, filing, ', including any amendment thereto,'),
        { text: ' that ' },
        { text: subjectWithCapacity(ctx) },
        { text: ' may be required to file under ' },
        ...ctx.statute(filing.statute, filing.statuteRange)
    ];
}
