/**
 * `{name}` inside a `worded` override: the one reader of references in
 * wording, used by the model (build-model.ts), the renderer, the checks, and
 * the editor's symbol index and completion.
 *
 * It reads the string as written in the source, quotes and escapes included,
 * so every offset is an offset in the file, however many escaped quotes or
 * backslashes come before a reference; the text between references is
 * unescaped exactly once, by Langium's own value converter (`"a \\ b"` reads
 * `a \ b`). A `{` written as `\{` is text, not the start of a reference.
 */
import { ValueConverter } from 'langium';
import { flatMap } from '../flat-map.js';

export interface WordingReference {
    name: string;
    /** Offset of the `{` in the raw string (0 is its opening quote). */
    offset: number;
    /** Length of `{name}`. */
    length: number;
}

export type WordingPart = { text: string } | { reference: WordingReference };

const NAME = /[A-Za-z_]\w*/y;

/** The text and the references of a worded string, in order, from its raw token (`"... {name} ..."`). */
export function wordingParts(raw: string): WordingPart[] {
    const parts: WordingPart[] = [];
    const end = raw.endsWith('"') && raw.length > 1 ? raw.length - 1 : raw.length;
    let textStart = raw.startsWith('"') ? 1 : 0;
    const pushText = (upTo: number) => {
        if (upTo > textStart) parts.push({ text: ValueConverter.convertString(`"${raw.slice(textStart, upTo)}"`) });
    };
    for (let i = textStart; i < end; i++) {
        const c = raw[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c !== '{') continue;
        NAME.lastIndex = i + 1;
        const name = NAME.exec(raw)?.[0];
        if (!name || raw[i + 1 + name.length] !== '}' || i + 1 + name.length >= end) continue;
        pushText(i);
        parts.push({ reference: { name, offset: i, length: name.length + 2 } });
        i += name.length + 1;
        textStart = i + 1;
    }
    pushText(end);
    return parts;
}

/** The `{name}` references of a worded string, from its raw token. */
export function wordingReferences(raw: string): WordingReference[] {
    return flatMap(wordingParts(raw), (p) => ('reference' in p ? [p.reference] : []));
}

/**
 * While a reference is being typed: the name typed so far when `offset` (in
 * the raw token) follows an unescaped `{` and name characters only; undefined
 * elsewhere.
 */
export function openWordingReference(raw: string, offset: number): { start: number; typed: string } | undefined {
    let open: number | undefined;
    for (let i = raw.startsWith('"') ? 1 : 0; i < offset; i++) {
        const c = raw[i];
        if (c === '\\') {
            i++;
            open = undefined;
        } else if (c === '{') open = i;
        else if (open !== undefined && !/\w/.test(c)) open = undefined;
    }
    if (open === undefined || offset > raw.length) return undefined;
    const typed = raw.slice(open + 1, offset);
    if (typed !== '' && !/^[A-Za-z_]\w*$/.test(typed)) return undefined;
    return { start: open + 1, typed };
}
