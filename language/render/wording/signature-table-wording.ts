/**
 * The tables after the power: the signatures of a signature-page power (one
 * row per signer, in the style of `phrasebook/signature-table.ts`) and the
 * schedules the power refers to.
 */
import type { ScheduleModel, SignerModel } from '../../model/poa-model.js';
import { findStyle } from '../../phrasebook/index.js';
import type { Block, Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';
import { Slots } from '../slots.js';
import { fillTemplate } from '../template-engine.js';

export function signatureTableBlocks(ctx: RenderContext): Block[] {
    const style = ctx.style('signature-table') ?? findStyle('signature-table');
    if (!style) return [];
    return ctx.model.signatureTables.map((table, i) => {
        const intro = i === 0 && style.variants?.intro ? fillTemplate(style.variants.intro, new Slots(ctx, {})) : [];
        const header = style.variants?.header?.split('\t');
        return {
            kind: 'table',
            id: `signature-table-${i + 1}`,
            heading: table.heading,
            runs: intro,
            table: { header: i === 0 || table.heading ? header : undefined, rows: table.signers.map((s) => signerRow(ctx, style.template, s)), across: style.across },
            source: table.range
        };
    });
}

/** One signer's row: the template's cells (tab-separated), each cell's lines (newline-separated); empty lines are dropped. */
function signerRow(ctx: RenderContext, template: string, signer: SignerModel): Run[][][] {
    const name = ctx.value(signer.name, 'NAME');
    const conformed: Run = signer.signature ? ctx.value(signer.signature, 'SIGNATURE') : signer.conformed ? { ...name, text: `/s/ ${name.text}` } : { text: '', role: 'blank' };
    const slots = new Slots(ctx, {
        signer: {
            conformed,
            name,
            title: signer.title ? ctx.value(signer.title, 'TITLE') : undefined,
            date: signer.date ? ctx.shortDate(signer.date) : undefined
        }
    });
    return template.split('\t').map((cell) => cell.split('\n').map((line) => fillTemplate(line, slots)).filter((runs) => runs.some((r) => r.text !== '') || runs.some((r) => r.role === 'blank')));
}

export function scheduleBlocks(ctx: RenderContext): Block[] {
    return ctx.model.schedules.map((schedule: ScheduleModel, i) => ({
        kind: 'table',
        id: `schedule-${i + 1}`,
        heading: schedule.title ? `${schedule.name} \u2013 ${schedule.title}` : schedule.name,
        runs: [],
        table: { header: schedule.columns.length ? schedule.columns : undefined, rows: schedule.rows.map((row) => row.map((cell) => cell.split('\n').map((line) => [{ text: line }]))) },
        source: schedule.range
    }));
}
