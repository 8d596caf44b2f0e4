/**
 * The agents' acceptance (`acceptance by agents [acknowledged]`): the words of the chosen style
 * (`agent-acceptance`, by default the New York statutory short form's section (p) in New York),
 * a signature and date line for each agent, and, where the agents acknowledge their signatures,
 * a notary's certificate naming them.
 */
import { findStyle } from '../../phrasebook/index.js';
import type { AgentModel } from '../../model/poa-model.js';
import type { SourceRange } from '../../model/source-range.js';
import type { Block, Line, Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';
import { phraseBlockLines, phraseTemplate } from '../phrase.js';
import { Slots } from '../slots.js';
import { fillTemplate } from '../template-engine.js';
import { certificateLines, signersPronoun } from './notary-wording.js';

/** New York's own words for the acceptance are the default there. */
const NEW_YORK_STYLE = 'ny-short-form';

/** A style whose words name `{agent-name}` is said by each agent in turn, under the principal's signature, with its own signature line. */
function saidByEachAgent(ctx: RenderContext): boolean {
    return ctx.style('agent-acceptance')?.template.includes('{agent-name}') ?? false;
}

/** Each agent's own block (`phrasing agent-acceptance style affirmation`), placed right after the principal's signature. */
export function agentAffirmationBlocks(ctx: RenderContext): Block[] {
    const a = ctx.model.execution?.agentAcceptance;
    if (!a || !saidByEachAgent(ctx)) return [];
    return ctx.model.agents.flatMap((agent, i) => {
        const lines = phraseBlockLines(ctx, 'agent-acceptance', { agent });
        return lines.length ? [{ kind: 'signature' as const, id: `agent-acceptance-${i + 1}`, runs: [], lines, keepTogether: true, source: a.range }] : [];
    });
}

export function acceptanceBlocks(ctx: RenderContext): Block[] {
    const a = ctx.model.execution?.agentAcceptance;
    if (!a || ctx.model.execution?.none || saidByEachAgent(ctx)) return [];
    const chosen = ctx.styleId('agent-acceptance') === undefined && ctx.model.jurisdiction === 'NY' ? NEW_YORK_STYLE : undefined;
    const template = phraseTemplate(ctx, 'agent-acceptance', undefined, chosen) ?? '';
    const blocks = signedAcceptance(ctx, template, ctx.model.agents, { id: 'agent', caption: 'Agent', missing: '[AGENT]' }, a);
    // New York's form has the successor agents sign their own acknowledgment of appointment (section (q)).
    const successors = findStyle('agent-acceptance', ctx.styleId('agent-acceptance') ?? chosen)?.variants?.successors;
    if (successors && ctx.model.successors.length > 0) {
        blocks.push(...signedAcceptance(ctx, successors, ctx.model.successors, { id: 'successor', caption: 'Successor Agent', missing: '[SUCCESSOR AGENT]' }, a));
    }
    return blocks;
}

/** The acceptance words, a signature and date line for each signer, and, where acknowledged, a certificate naming them. */
function signedAcceptance(ctx: RenderContext, template: string, signers: readonly AgentModel[], who: { id: string; caption: string; missing: string },
    a: { acknowledged?: boolean; range: SourceRange }): Block[] {
    const lines: Line[] = template.split('\n').map((t) => ({ runs: fillTemplate(t, new Slots(ctx, {})) })).filter((l) => l.runs.length > 0);
    for (const signer of signers) {
        lines.push({ runs: [], rule: true });
        lines.push({ runs: [ctx.party(signer), { text: `, ${who.caption}` }], caption: true });
        lines.push({ runs: [{ text: 'Date: ' }], rule: true });
    }
    const blocks: Block[] = [{ kind: 'acceptance', id: `${who.id}-acceptance`, runs: [], lines, keepTogether: true, source: a.range }];
    if (a.acknowledged) {
        const names: Run[] = [];
        signers.forEach((signer, i) => {
            if (i > 0) names.push({ text: i === signers.length - 1 ? ' and ' : ', ' });
            names.push(ctx.party(signer));
        });
        if (names.length === 0) names.push({ text: who.missing, role: 'missing', ref: 'agents' });
        const one = signers.length === 1 ? signers[0].pronoun : undefined;
        const pronoun = signersPronoun(signers.length, one?.subject, one?.possessive);
        const title = who.caption.toUpperCase();
        blocks.push({ kind: 'notary', id: `${who.id}-acknowledgment`, heading: signers.length > 1 ? `ACKNOWLEDGMENT OF ${title}S' SIGNATURES` : `ACKNOWLEDGMENT OF ${title}'S SIGNATURE`, runs: [], lines: certificateLines(ctx, names, pronoun), keepTogether: true, source: a.range });
    }
    return blocks;
}
