/**
 * A ruled signature whose lines under the conformed signature hold captions as well as the name: "/s/ Peter Thiel", a
 * rule, "Signature", "Peter Thiel", a rule, "Print Name". The text's lines from the first rule on are read line by line
 * against each signature style of the phrasebook that opens with the conformed signature's line and a rule: a rule
 * reads a line of hyphens (the nearest in width wins among styles), a line with `{name}` the name signed, any other
 * line its own words. Every line of the style must be there; nothing here lists a caption.
 */
import { DASHED_RULE } from '../render/document-tree.js';
import { phrasebookTemplates, SIGNATURE_SLOT_PATTERNS } from './phrasebook-templates.js';
import { compileTemplate, matchTemplate } from './template-compiler.js';

/** A rule on its own line ("{rule}", "{rule:29}"): its width in hyphens as the renderer prints it. */
export function ruleWidth(line: string): number | undefined {
    const m = /^\{rule(?::(\d+))?\}$/.exec(line.trim());
    return m ? (m[1] ? Number(m[1]) : DASHED_RULE.length) : undefined;
}

/**
 * The signature style whose first line is `first` (the conformed signature's line just read) and whose other lines are
 * `lines` (from the rule under it), the name line naming `signed`; with the number of the text's lines it reads.
 */
export function ruledSignatureLines(first: string, lines: readonly string[], signed: string): { style: string; lines: number } | undefined {
    let best: { style: string; lines: number; distance: number } | undefined;
    for (const t of phrasebookTemplates(['signature'])) {
        const own = t.template.split('\n');
        if (own.length < 3 || own[0] !== first || ruleWidth(own[1]) === undefined) continue;
        let distance = 0;
        const reads = own.slice(1).every((want, i) => {
            const got = lines[i]?.trim();
            if (got === undefined) return false;
            const width = ruleWidth(want);
            if (width !== undefined) {
                distance += Math.abs(width - got.length);
                return /^-{3,}$/.test(got);
            }
            if (!want.includes('{')) return want.trim().toLowerCase() === got.toLowerCase();
            const m = matchTemplate(compileTemplate({ clause: 'signature', style: t.style, template: want.trim() }, SIGNATURE_SLOT_PATTERNS), got);
            return m !== undefined && Object.keys(m.slots).every((k) => k === 'name') && m.slots.name === signed;
        });
        if (reads && (!best || distance < best.distance)) best = { style: t.style, lines: own.length - 1, distance };
    }
    return best && { style: best.style, lines: best.lines };
}
