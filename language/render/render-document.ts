/**
 * Renders the semantic model to the document tree (`document-tree.ts`) that
 * every writer and the preview read. This file only orders the clauses (the
 * order is the clause registry's, or the file's with `order as-written`); the
 * words are the phrasebook's (`language/phrasebook/`), put in place by
 * `wording/`, one file per clause.
 */
import { applyFiledEdits } from './filed-edits.js';
import { phrase, phraseBlockLines } from './phrase.js';
import { typographicQuotes } from './typographic-quotes.js';
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import { runWithText, type Block, type RenderedDocument, type Run } from './document-tree.js';
import { insertClauseGaps } from './clause-gaps.js';
import { RenderContext } from './render-context.js';
import type { RenderOptions } from './render-options.js';
import { acknowledgmentParagraph } from './wording/acknowledgment-wording.js';
import { compensationParagraph } from './wording/compensation-wording.js';
import { durationParagraph } from './wording/duration-wording.js';
import { grantParagraph, incidentalAuthorityParagraph, limitationsParagraph, successorsParagraph } from './wording/grant-wording.js';
import { PARAGRAPH_ORDER } from '../registry/clause-registry.js';
import { capitalize } from './english.js';
import { indemnificationParagraph } from './wording/indemnification-wording.js';
import { notaryBlock } from './wording/notary-wording.js';
import { acceptanceBlocks, agentAffirmationBlocks } from './wording/acceptance-wording.js';
import { relianceParagraph } from './wording/reliance-wording.js';
import { signatureBlocks } from './wording/signature-wording.js';
import { scheduleBlocks, signatureTableBlocks } from './wording/signature-table-wording.js';
import { testimoniumParagraph } from './wording/testimonium-wording.js';
import { witnessBlock } from './wording/witness-wording.js';
import { noticeBlocks } from './wording/notice-wording.js';
import { statutoryForm } from '../forms/form-registry.js';
import { renderStatutoryForm } from '../forms/render-statutory-form.js';

/** The title a kind of instrument gets when the file does not set one. */
function defaultTitle(model: PoaModel): string {
    switch (model.kind) {
        case 'general': return model.term?.durable ? 'DURABLE POWER OF ATTORNEY' : 'POWER OF ATTORNEY';
        case 'limited': return 'LIMITED POWER OF ATTORNEY';
        case 'healthcare': return 'HEALTH CARE POWER OF ATTORNEY';
        default: return 'POWER OF ATTORNEY';
    }
}

export function renderDocument(model: PoaModel, options: RenderOptions = {}): RenderedDocument {
    const form = statutoryForm(model.form?.id);
    if (form) return renderStatutoryForm(form, model);
    const ctx = new RenderContext(model, options);
    const title = model.settingRanges.title ? ctx.value(model.title, 'TITLE') : { text: defaultTitle(model) };
    const blocks: Block[] = [];
    if (model.exhibit) blocks.push({ kind: 'title', id: 'exhibit', runs: phrase(ctx, 'exhibit-heading', undefined, {}, model.exhibit.range), source: model.exhibit.range });
    const letter = model.letter;
    letter?.letterhead.forEach((line, i) => blocks.push({ kind: 'title', id: `letter-head-${i + 1}`, runs: [{ text: line }], source: letter.range }));
    // A letter has no title unless the file gives one.
    if (!model.titleNone && !(letter && !model.settingRanges.title)) blocks.push({ kind: 'title', id: 'title', runs: [title], source: model.settingRanges.title ?? model.nameRange });
    // The principal named at the head of a form (`phrasing principal-heading style name-address-registration`).
    phraseBlockLines(ctx, 'principal-heading').forEach((line, i) => blocks.push({ kind: 'paragraph', id: `principal-heading-${i + 1}`, runs: line.runs, source: model.principals[0]?.range }));
    if (letter) {
        const line = (id: string, runs: Run[]) => blocks.push({ kind: 'paragraph', id: `letter-${id}`, runs, source: letter.range });
        if (letter.date) line('date', [ctx.shortDate(letter.date)]);
        letter.addressee.forEach((text, i) => line(`to-${i + 1}`, [{ text }]));
        if (letter.reference) line('re', [{ text: `Re: ${letter.reference}` }]);
        if (letter.salutation) line('salutation', [{ text: letter.salutation }]);
    }

    for (const id of paragraphOrder(model)) {
        const runs = paragraphRuns(ctx, id);
        if (runs && runs.length) blocks.push({ kind: 'paragraph', id, runs: sentenceStart(runs), source: paragraphSource(model, id) });
    }

    if (options.gaps?.length) insertClauseGaps(blocks, options.gaps);
    if (ctx.layout === 'numbered') {
        blocks.filter((b) => b.kind === 'paragraph' && !b.id.startsWith('letter-') && !b.id.startsWith('annex-')).forEach((b, i) => { b.number = i + 1; });
    }
    const noExecution = model.execution?.none === true;
    // A letter's closing statements: the agents by name, one to a line, and when the power takes effect.
    const listIntro = phrase(ctx, 'agents-list');
    if (listIntro.some((r) => r.text.trim() !== '')) {
        blocks.push({ kind: 'paragraph', id: 'agents-list', runs: listIntro, source: model.agentsRange });
        model.agents.forEach((a, i) => blocks.push({ kind: 'paragraph', id: `agents-list-${i + 1}`, runs: [ctx.party(a)], source: a.range }));
    }
    const effective = phrase(ctx, 'effective-line');
    if (effective.some((r) => r.text.trim() !== '')) blocks.push({ kind: 'paragraph', id: 'effective-line', runs: effective });
    const pageNote = model.execution?.signaturePageNote;
    if (pageNote && !noExecution) blocks.push({ kind: 'paragraph', id: 'signature-page-note', runs: phrase(ctx, 'signature-page-note', undefined, {}, pageNote), source: pageNote });
    // A letter closes with its complimentary close instead of a testimonium.
    // "[Signature Page Follows]" before the testimonium, where the file asks for it.
    if (noExecution) {
        // The signatures are on a signature page that is not part of the power; `executed none worded "..."` prints
        // the words the file gives for it as written (a testimonium, a signature page kept as text by `poa import`).
        if (model.execution?.wording) blocks.push({ kind: 'testimonium', id: 'testimonium', runs: testimoniumParagraph(ctx), source: model.execution.range });
    } else if (letter?.close) blocks.push({ kind: 'paragraph', id: 'letter-close', runs: [{ text: letter.close }], source: letter.range });
    // A letter block with no close (a power with only a date line above the text) keeps its testimonium.
    else {
        const testimonium = testimoniumParagraph(ctx);
        // `executed style no-testimonium`: no testimonium.
        if (testimonium.some((r) => r.text.trim() !== '')) blocks.push({ kind: 'testimonium', id: 'testimonium', runs: testimonium, source: model.execution?.range });
    }
    // A table of signatures signs for the signatories unless the execution names a signature of its own.
    const tableSigns = model.signatureTables.length > 0 && !model.execution?.signatures.length;
    if (!noExecution && !tableSigns) blocks.push(...signatureBlocks(ctx));
    // Each agent's own affirmation under the principal's signature (`phrasing agent-acceptance style affirmation`).
    if (!noExecution) blocks.push(...agentAffirmationBlocks(ctx));
    // The table of signatures of a signature-page power, with or without an execution block of its own.
    blocks.push(...signatureTableBlocks(ctx));
    const witnesses = witnessBlock(ctx);
    if (witnesses) blocks.push(witnesses);
    // The form's notices after the signatures: before the notary's certificate, or under it where written after it.
    blocks.push(...noticeBlocks(ctx, false));
    const notary = notaryBlock(ctx);
    if (notary) blocks.push(notary);
    blocks.push(...noticeBlocks(ctx, true));
    blocks.push(...acceptanceBlocks(ctx));

    if (model.agentsAnnex !== undefined) {
        // The annex that names the agents, after the signatures.
        blocks.push({ kind: 'title', id: 'annex', runs: phrase(ctx, 'annex-heading'), source: model.agentsRange });
        if (model.agentsAnnexTitle) blocks.push({ kind: 'paragraph', id: 'annex-title', runs: [{ text: model.agentsAnnexTitle }], source: model.agentsRange });
        model.agents.forEach((a, i) => blocks.push({ kind: 'paragraph', id: `annex-${i + 1}`, runs: [ctx.party(a)], source: a.range }));
    }
    blocks.push(...scheduleBlocks(ctx));
    letter?.footer.forEach((text, i) => blocks.push({ kind: 'paragraph', id: `letter-footer-${i + 1}`, runs: [{ text }], source: letter.range }));

    // The clauses' words as filed, where they differ from their styles by a few words (`as-filed`).
    if (model.asFiled.length) {
        const unapplied = applyFiledEdits(blocks, model.asFiled);
        options.onUnappliedEdits?.(unapplied);
    }
    if (model.typographicQuotes) typographicQuotes(blocks);
    const titleText = title.text;
    const principalNames = model.principals.map((p) => p.name.value).filter((n): n is string => Boolean(n));
    return {
        title: titleText,
        blocks,
        properties: {
            title: titleText,
            subject: subjectLine(model, principalNames),
            author: principalNames.join(', '),
            kind: model.kind,
            jurisdiction: model.jurisdiction
        }
    };
}

/**
 * The words of a paragraph of the body by its clause id; undefined for a clause the instrument does not have.
 * (Switches, not a table of closures made for each document.)
 */
function paragraphRuns(ctx: RenderContext, id: string): Run[] | undefined {
    const model = ctx.model;
    switch (id) {
        case 'undertakings': return undertakingsParagraph(ctx);
        case 'grant': return grantParagraph(ctx);
        case 'incidental-authority': return incidentalAuthorityParagraph(ctx);
        case 'limitations': return limitationsParagraph(ctx);
        case 'successors': return successorsParagraph(ctx);
        case 'term': return durationParagraph(ctx);
        case 'acknowledgment': return acknowledgmentParagraph(ctx);
        case 'indemnification': return indemnificationParagraph(ctx);
        case 'reliance': return relianceParagraph(ctx);
        case 'compensation': return compensationParagraph(ctx);
        case 'governing-law': return model.governingLaw ? (model.governingLaw.wording ? ctx.wording(model.governingLaw.wording) : phrase(ctx, 'governing-law')) : undefined;
        default: return undefined;
    }
}

/** Where a paragraph of the body comes from in the file. */
function paragraphSource(model: PoaModel, id: string): SourceRange | undefined {
    switch (id) {
        case 'undertakings': return model.undertakings?.range;
        case 'grant': return model.grant?.range ?? model.agentsRange;
        case 'incidental-authority': return model.incidentalAuthority?.range;
        case 'limitations': return model.grant?.range;
        case 'successors': return model.successorsRange;
        case 'term': return model.supersession?.range ?? model.term?.range ?? model.revocation?.range;
        case 'acknowledgment': return model.acknowledgment?.range;
        case 'indemnification': return model.indemnification?.range;
        case 'reliance': return model.reliance?.range;
        case 'compensation': return model.compensation?.range;
        case 'governing-law': return model.governingLaw?.range;
        default: return undefined;
    }
}

/** A questionnaire's undertakings, one sentence each, in the order written. */
function undertakingsParagraph(ctx: RenderContext): Run[] | undefined {
    const items = ctx.model.undertakings?.items ?? [];
    if (items.length === 0) return undefined;
    return items.flatMap((item, i) => [...(i > 0 ? [{ text: ' ' }] : []), ...phrase(ctx, 'undertaking', item)]);
}

/** The registry's order, or with `order as-written` the order of the clauses in the file (unwritten ones last, in the registry's order). */
function paragraphOrder(model: PoaModel): readonly string[] {
    if (!model.orderAsWritten) return PARAGRAPH_ORDER;
    const at = (id: string) => model.clauseOffsets[id] ?? Number.MAX_SAFE_INTEGER;
    return [...PARAGRAPH_ORDER].sort((a, b) => at(a) - at(b) || PARAGRAPH_ORDER.indexOf(a) - PARAGRAPH_ORDER.indexOf(b));
}

/** A paragraph starts with a capital letter, whatever phrase opens it. */
function sentenceStart(runs: Run[]): Run[] {
    const i = runs.findIndex((r) => r.text !== '');
    if (i < 0 || runs[i].role === 'blank' || runs[i].role === 'missing') return runs;
    const out = [...runs];
    out[i] = runWithText(runs[i], capitalize(runs[i].text));
    return out;
}

function subjectLine(model: PoaModel, principals: string[]): string {
    const who = principals.length ? ` of ${principals.join(' and ')}` : '';
    const issuer = model.issuers[0]?.name.value;
    return `Power of attorney${who}${issuer ? ` (${issuer})` : ''}`;
}
