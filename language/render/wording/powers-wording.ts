/**
 * What the agents may do: each power as an infinitive phrase ("to ..."). The
 * securities powers share one frame ("to do any and all acts ... in
 * connection with the preparation, execution and filing of (i) ..., and
 * (ii) ..."); the others are listed after it.
 */
import { healthCareItem, hotPower, subject, SUBJECTS } from '../../catalog/general-powers-catalog.js';
import { venue } from '../../catalog/securities-catalog.js';
import type { GrantModel } from '../../model/poa-model.js';
import type { Run } from '../document-tree.js';
import { enumerateRuns, joinRuns, joinWords } from '../english.js';
import type { RenderContext } from '../render-context.js';
import { filingRuns } from './filing-wording.js';

/** Every power the grant confers, each starting with "to". */
export function powerPhrases(ctx: RenderContext, grant: GrantModel): Run[][] {
    // Powers appear in the order written; the catch-all always comes last, as it refers to "the foregoing".
    const powers: { at: number; runs: () => Run[] }[] = [];
    const first = (...offsets: (number | undefined)[]) => Math.min(...offsets.filter((o): o is number => o !== undefined));
    if (grant.compliance.length || grant.filings.length) {
        powers.push({ at: first(grant.compliance[0]?.range.offset, grant.filings[0]?.range.offset), runs: () => securitiesPower(ctx, grant) });
    }
    if (grant.edgarAccess) powers.push({ at: grant.edgarAccess.offset, runs: () => edgarPower(ctx) });
    if (grant.venues.length) powers.push({ at: grant.venues[0].range.offset, runs: () => venuesPower(ctx, grant) });
    for (const purpose of grant.purposes) {
        powers.push({ at: purpose.range?.offset ?? 0, runs: () => [{ text: 'to take any action and sign any document necessary or appropriate for the sole and limited purpose of ' }, ctx.value(purpose, 'PURPOSE')] });
    }
    if (grant.allSubjects || grant.subjects.length) powers.push({ at: grant.subjectsRange?.offset ?? 0, runs: () => subjectsPower(ctx, grant) });
    if (grant.hotPowers.length) powers.push({ at: grant.hotPowers[0].range.offset, runs: () => hotPowersPower(ctx, grant) });
    if (grant.healthCare) powers.push({ at: grant.healthCare.range.offset, runs: () => healthCarePower(ctx, grant) });
    for (const custom of grant.customPowers) {
        powers.push({ at: custom.range.offset, runs: () => [{ text: custom.text.startsWith('to ') ? custom.text : `to ${custom.text}`, source: custom.range }] });
    }
    if (grant.catchAll) powers.push({ at: Number.MAX_SAFE_INTEGER, runs: () => catchAllPower(ctx) });
    // Rendered in order, so that defined terms are introduced at their first use in the text.
    return powers.sort((a, b) => a.at - b.at).map((p) => p.runs());
}

function securitiesPower(ctx: RenderContext, grant: GrantModel): Run[] {
    const capacity = ctx.capacityPhrase();
    const runs: Run[] = [{ text: `to do any and all acts and things and execute and file any and all instruments which ${ctx.saidAgents()}${ctx.severalAgents ? ',' : ''} may deem necessary or advisable` }];
    if (grant.compliance.length) {
        runs.push({ text: ` to enable ${ctx.object()}${capacity ? ` (${capacity})` : ''} to comply with ` });
        runs.push(...joinRuns(grant.compliance.map((c) => complianceItem(ctx, c.id)), 'and'));
    }
    if (grant.filings.length) {
        runs.push({ text: `${grant.compliance.length ? ',' : ''} in connection with the preparation, execution and filing of ` });
        runs.push(...enumerateRuns(grant.filings.map((f) => filingRuns(ctx, f)), 'roman'));
    }
    return runs;
}

/** "the 1934 Act" or, for the SEC, "any requirements of the SEC in respect thereof". */
function complianceItem(ctx: RenderContext, id: string): Run[] {
    if (id === 'sec') return [{ text: 'any requirements of ' }, ...ctx.term('sec'), { text: ' in respect thereof' }];
    return ctx.term(id);
}

function edgarPower(ctx: RenderContext): Run[] {
    return [
        { text: 'to prepare, execute and submit to ' }, ...ctx.term('sec'),
        { text: ` a Form ID, including any amendment thereto, and any other document necessary or appropriate to obtain codes and passwords enabling ${ctx.object()} to make electronic filings with ` },
        ...ctx.term('sec')
    ];
}

function venuesPower(ctx: RenderContext, grant: GrantModel): Run[] {
    const names = grant.venues.map((v): Run[] => (v.id === 'sec' ? ctx.term('sec') : [{ text: venue(v.id)?.name ?? v.id, source: v.range }]));
    return [{ text: 'to file any such report, statement, form or instrument with ' }, ...joinRuns(names, 'and')];
}

function subjectsPower(ctx: RenderContext, grant: GrantModel): Run[] {
    const names = grant.allSubjects ? SUBJECTS.map((s) => s.name) : grant.subjects.map((s) => subject(s.id)?.name ?? s.id);
    return [{ text: `to act for ${ctx.object()} with general authority with respect to the following subjects: ${listWithSemicolons(names)}`, source: grant.subjectsRange }];
}

function hotPowersPower(ctx: RenderContext, grant: GrantModel): Run[] {
    const texts = grant.hotPowers.map((h) => ownVoice(ctx, hotPower(h.id)?.text ?? h.id));
    return [{ text: `to ${joinWords(texts, 'and')}, which specific authority ${ctx.subject()} hereby ${ctx.verb('grants', 'grant')} expressly` }];
}

function healthCarePower(ctx: RenderContext, grant: GrantModel): Run[] {
    const hc = grant.healthCare!;
    const runs: Run[] = [{ text: `to make any and all health-care decisions for ${ctx.object()} that ${ctx.subject()} could make if ${ctx.subject()} had capacity`, source: hc.range }];
    if (hc.items.length) {
        const items = hc.items.map((i) => ownVoice(ctx, (healthCareItem(i.id)?.text ?? i.id).replace(/^to /, '')));
        runs.push({ text: items.length > 1 ? `, including the power: ${listWithSemicolons(items.map((i) => `to ${i}`))}` : `, including the power to ${items[0]}` });
    }
    return runs;
}

function catchAllPower(ctx: RenderContext): Run[] {
    const one = ctx.designation(false);
    return [{ text: `to take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such ${one}, may be of benefit to, in the best interest of, or legally required by, ${ctx.object()}, it being understood that the documents executed by such ${one} on behalf of ${ctx.object()} pursuant to this power of attorney shall be in such form and shall contain such terms and conditions as such ${one} may approve in such ${one}'s discretion` }];
}

/** Catalog texts use {me}, {my} and "the principal"; put them in the instrument's voice. */
function ownVoice(ctx: RenderContext, text: string): string {
    const principal = ctx.firstPerson ? (ctx.plural ? 'our' : 'my') : "the undersigned's";
    return text.replace(/\{me\}/g, ctx.object()).replace(/\{my\}/g, ctx.firstPerson ? ctx.possessive() : "the undersigned's").replace(/the principal's/g, principal);
}

function listWithSemicolons(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}
