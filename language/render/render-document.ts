/**
 * Renders the semantic model to the document tree (`document-tree.ts`) that
 * every writer and the preview read. This file only orders the clauses; the
 * words of each clause live in `wording/`, one file per clause, so that a firm
 * can change its standard wording in one place.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import type { Block, RenderedDocument, Run } from './document-tree.js';
import { insertClauseGaps } from './clause-gaps.js';
import { RenderContext } from './render-context.js';
import type { RenderOptions } from './render-options.js';
import { acknowledgmentParagraph } from './wording/acknowledgment-wording.js';
import { compensationParagraph } from './wording/compensation-wording.js';
import { durationParagraph } from './wording/duration-wording.js';
import { grantParagraph, limitationsParagraph, successorsParagraph } from './wording/grant-wording.js';
import { indemnificationParagraph } from './wording/indemnification-wording.js';
import { notaryBlock } from './wording/notary-wording.js';
import { relianceParagraph } from './wording/reliance-wording.js';
import { signatureBlocks } from './wording/signature-wording.js';
import { testimoniumParagraph } from './wording/testimonium-wording.js';
import { witnessBlock } from './wording/witness-wording.js';
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
    const blocks: Block[] = [{ kind: 'title', id: 'title', runs: [title], source: model.settingRanges.title ?? model.nameRange }];

    const paragraph = (id: string, runs: Run[] | undefined, source: SourceRange | undefined) => {
        if (runs && runs.length) blocks.push({ kind: 'paragraph', id, runs, source });
    };
    paragraph('grant', grantParagraph(ctx), model.grant?.range ?? model.agentsRange);
    paragraph('limitations', limitationsParagraph(ctx), model.grant?.range);
    paragraph('successors', successorsParagraph(ctx), model.successorsRange);
    paragraph('term', durationParagraph(ctx), model.supersession?.range ?? model.term?.range ?? model.revocation?.range);
    paragraph('acknowledgment', acknowledgmentParagraph(ctx), model.acknowledgment?.range);
    paragraph('indemnification', indemnificationParagraph(ctx), model.indemnification?.range);
    paragraph('reliance', relianceParagraph(ctx), model.reliance?.range);
    paragraph('compensation', compensationParagraph(ctx), model.compensation?.range);

    if (options.gaps?.length) insertClauseGaps(blocks, options.gaps);
    if (ctx.layout === 'numbered') {
        blocks.filter((b) => b.kind === 'paragraph').forEach((b, i) => { b.number = i + 1; });
    }
    blocks.push({ kind: 'testimonium', id: 'testimonium', runs: testimoniumParagraph(ctx), source: model.execution?.range });
    blocks.push(...signatureBlocks(ctx));
    const witnesses = witnessBlock(ctx);
    if (witnesses) blocks.push(witnesses);
    const notary = notaryBlock(ctx);
    if (notary) blocks.push(notary);

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

function subjectLine(model: PoaModel, principals: string[]): string {
    const who = principals.length ? ` of ${principals.join(' and ')}` : '';
    const issuer = model.issuers[0]?.name.value;
    return `Power of attorney${who}${issuer ? ` (${issuer})` : ''}`;
}
