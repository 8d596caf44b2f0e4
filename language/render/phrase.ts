/**
 * One phrase of the instrument: the style the file chose for a clause (or the
 * default), the template of the model's variant, filled from the slots.
 */
import { findStyle, styleTemplate } from '../phrasebook/index.js';
import type { SourceRange } from '../model/source-range.js';
import { runWithSource, type Line, type Run } from './document-tree.js';
import type { RenderContext } from './render-context.js';
import { Slots, type LocalSlots } from './slots.js';
import { fillTemplate } from './template-engine.js';

export function phrase(ctx: RenderContext, clause: string, variant?: string, local: LocalSlots = {}, source?: SourceRange, styleId?: string): Run[] {
    const template = phraseTemplate(ctx, clause, variant, styleId);
    if (template === undefined) return [{ text: `[${clause}]`, role: 'missing', note: `The phrasebook has no clause "${clause}".` }];
    // A definition held back to the end of this phrase (the `deferred` definition style) is said after its words.
    const depth = ctx.openPhrase();
    // The filled template's runs are a new array of this phrase's own: the held-back definitions and the source go into it.
    const runs = fillTemplate(template, new Slots(ctx, local));
    ctx.closePhrase(depth, runs);
    if (source && runs.length > 0 && !runs[0].source) runs[0] = runWithSource(runs[0], source);
    return runs;
}

/**
 * The template `phrase` fills for a clause and variant; undefined when the phrasebook has no such clause.
 * `styleId` is a style chosen for one item (a filing's own `style`), in place of the clause's.
 */
export function phraseTemplate(ctx: RenderContext, clause: string, variant?: string, styleId?: string): string | undefined {
    const chosen = (styleId !== undefined ? findStyle(clause, styleId) : undefined) ?? ctx.style(clause);
    const fallback = findStyle(clause);
    if (!fallback) return undefined;
    // A style with one template words every case. A style with variants that lacks the model's
    // case (a term that ends after a period, in a style written for terms that end with Section 16
    // duties) leaves that case to the default style.
    const lacksCase = variant !== undefined && chosen?.variants !== undefined && chosen.variants[variant] === undefined && fallback.variants?.[variant] !== undefined;
    const style = chosen && !lacksCase ? chosen : fallback;
    return styleTemplate(style, variant);
}

/**
 * A signature or witness block's lines from its style's template. A template line that is
 * `{rule}` (or `{rule:N}`, N hyphens wide in plain text) alone is a line drawn under the line above it
 * (dropped with it when that line is empty); on the template's first line, it is the line signed on,
 * drawn above the conformed signature typed under it.
 */
export function phraseBlockLines(ctx: RenderContext, clause: string, local: LocalSlots = {}): Line[] {
    const style = ctx.style(clause) ?? findStyle(clause);
    if (!style) return [];
    const lines: Line[] = [];
    let above = false;
    let slots: Slots | undefined;
    blockTemplateLines(style.template).forEach((line, i) => {
        if (line.rule) {
            if (above || i === 0) lines.push({ runs: [], rule: true, dashed: true, ...(line.dashes !== undefined ? { dashes: line.dashes } : {}) });
            return;
        }
        const runs = fillTemplate(line.template, (slots ??= new Slots(ctx, local)));
        above = runs.length > 0;
        if (above) lines.push({ runs });
    });
    return lines;
}

/** A line of a block's template: words to fill, or a rule (`dashes` wide in plain text where it says). */
interface BlockTemplateLine {
    template: string;
    rule: boolean;
    dashes?: number;
}

/** The lines of each block template, split and read once per process: the phrasebook's templates never change. */
const blockLines = new Map<string, BlockTemplateLine[]>();

function blockTemplateLines(template: string): BlockTemplateLine[] {
    let lines = blockLines.get(template);
    if (!lines) {
        lines = template.split('\n').map((line): BlockTemplateLine => {
            const rule = RULE_LINE.exec(line.trim());
            return rule ? { template: line, rule: true, ...(rule[1] ? { dashes: Number(rule[1]) } : {}) } : { template: line, rule: false };
        });
        blockLines.set(template, lines);
    }
    return lines;
}

/** The template line of a rule under the line above: `{rule}`, or `{rule:29}` for a rule plain text prints 29 hyphens wide. */
const RULE_LINE = /^\{rule(?::(\d+))?\}$/;

/** Marks where the phrase comes from in the source, for the preview's scroll sync. */
export function withSource(runs: Run[], source: SourceRange | undefined): Run[] {
    if (!source || runs.length === 0 || runs[0].source) return runs;
    const out = runs.slice();
    out[0] = runWithSource(runs[0], source);
    return out;
}
