/**
 * A signature block dated under the signature, read whole against the phrasebook's `signature` styles ("/s/ Elon Musk",
 * a rule, "Elon Musk", "Dated: August 2, 2012", a rule: `typed-name-dated-ruled`), and the witnesses' blocks under it
 * against the `witness` styles ("Witness:", "/s/ Mary Beth Brown", a rule, "Signature", "Mary Beth Brown", a rule,
 * "Type or Print Name", "Dated: August 2, 2012", a rule: `signature-name-date-ruled`). The line-by-line reading of a
 * signature block (recognise-document.ts) takes a date line only above the signature; these blocks date it below, so
 * they are read as the style prints them, every line of the template against a line of the text, in order.
 */
import { clausePhrases } from '../phrasebook/index.js';
import { parseDate } from './slot-parsers.js';
import { compileTemplate, matchTemplate } from './template-compiler.js';
import { SIGNATURE_SLOT_PATTERNS } from './phrasebook-templates.js';

export interface BlockReading {
    style: string;
    /** How many lines of the text the block takes. */
    lines: number;
    /** The slots the block's lines hold, as written ("conformed", "name", "plain-date", "witness-name", ...). */
    slots: Record<string, string>;
}

/** A signature's value: "/s/" and the name signed. */
const SLOT_PATTERNS = { ...SIGNATURE_SLOT_PATTERNS, 'witness-signature': SIGNATURE_SLOT_PATTERNS.conformed };

/** A rule on a line of its own ("{rule}", "{rule:29}"): any row of hyphens or underscores stands for it. */
const isRuleLine = (template: string) => /^\{rule(?::\d+)?\}$/.test(template.trim());
const isRuleText = (text: string) => /^(?:-{3,}|_{3,})$/.test(text.trim());

/** Reads the lines from `start` as the template's lines, one for one; undefined when a line differs or a slot disagrees. */
function readTemplate(clause: string, style: string, template: string, lines: readonly string[], start: number): BlockReading | undefined {
    const own = template.split('\n');
    if (start + own.length > lines.length) return undefined;
    const slots: Record<string, string> = {};
    for (let i = 0; i < own.length; i++) {
        const text = lines[start + i];
        if (isRuleLine(own[i])) {
            if (!isRuleText(text)) return undefined;
            continue;
        }
        // An optional line ("[{title}]") is not read here: a block must say every line its style prints.
        if (/^\[.*\]$/.test(own[i].trim())) return undefined;
        const m = matchTemplate(compileTemplate({ clause, style, template: own[i] }, SLOT_PATTERNS), text);
        if (!m) return undefined;
        for (const [slot, value] of Object.entries(m.slots)) {
            if (slots[slot] !== undefined && slots[slot] !== value) return undefined;
            slots[slot] = value;
        }
    }
    return { style, lines: own.length, slots };
}

/** The longest reading of the lines from `start` by the styles `accept` lets through. */
function longestReading(clause: string, lines: readonly string[], start: number, accept: (template: string[]) => boolean): BlockReading | undefined {
    let best: BlockReading | undefined;
    for (const s of clausePhrases(clause)?.styles ?? []) {
        if (!accept(s.template.split('\n'))) continue;
        const reading = readTemplate(clause, s.id, s.template, lines, start);
        if (reading && (!best || reading.lines > best.lines)) best = reading;
    }
    return best;
}

const signed = (conformed: string) => conformed.replace(/^\/s\/\s*/, '');

/**
 * A signature style whose date line comes under the conformed signature ("Dated: {plain-date}" after "{conformed}"),
 * read from `start`: the one person signing in person (no "By:" of an entity's signatory), the name printed under the
 * signature the name signed, the date a plain date ("August 2, 2012"). Its date, in ISO form, is the execution's.
 */
export function signatureDatedBelow(lines: readonly string[], start: number): (BlockReading & { date: string; signature: string }) | undefined {
    const reading = longestReading('signature', lines, start, (own) => {
        const conformed = own.findIndex((l) => l.includes('{conformed}'));
        const dated = own.findIndex((l) => l.includes('{plain-date}'));
        return own.length >= 3 && conformed >= 0 && dated > conformed && !own.some((l) => /^By:/.test(l));
    });
    if (!reading) return undefined;
    const { conformed, name } = reading.slots;
    const date = parseDate(reading.slots['plain-date'] ?? '');
    if (!conformed || !/^\/s\/\s*\S/.test(conformed) || (name !== undefined && name !== signed(conformed)) || !date || date.style !== 'plain') return undefined;
    return { ...reading, date: date.iso, signature: conformed };
}

/**
 * A witness's block of a `witness` style of several lines, read from `start`: the witness's name, when the signature
 * printed is that name conformed ("/s/ Mary Beth Brown") as the renderer prints it under a conformed signature, and
 * the date printed, if any, the date of execution (`executed`), as the renderer prints it.
 */
export function witnessBlock(lines: readonly string[], start: number, executed: string): (BlockReading & { witness: string }) | undefined {
    const reading = longestReading('witness', lines, start, (own) => own.length >= 2 && own.some((l) => l.includes('{witness-name}')));
    if (!reading) return undefined;
    const name = reading.slots['witness-name'];
    const signature = reading.slots['witness-signature'];
    if (!name || (signature !== undefined && signed(signature) !== name)) return undefined;
    const date = reading.slots['plain-date'];
    if (date !== undefined && parseDate(date)?.iso !== executed) return undefined;
    return { ...reading, witness: name };
}
