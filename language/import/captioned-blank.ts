/**
 * A blank printed for a hand to fill in, with its caption, as government forms leave a party or a value:
 * "______ (name of attorney-in-fact)". Read back as the language's blank (`blank 6 "name of attorney-in-fact"`), which
 * the renderer prints as the same line and caption (`render/blank.ts`), so the file says the party is to be filled
 * in rather than naming it with underscores.
 */

/** The line of underscores and its caption, or undefined when the text is not one blank. */
export function readCaptionedBlank(text: string): { width: number; caption?: string } | undefined {
    const m = /^(_{3,})(?:\s*\(([^()"]+)\))?$/.exec(text.trim());
    return m ? { width: m[1].length, ...(m[2] ? { caption: m[2].trim() } : {}) } : undefined;
}

/** The value as the language writes it: `blank 6 "name of attorney-in-fact"` for a captioned blank, else undefined. */
export function blankValue(text: string): string | undefined {
    const blank = readCaptionedBlank(text);
    return blank ? `blank ${blank.width}${blank.caption !== undefined ? ` ${JSON.stringify(blank.caption)}` : ''}` : undefined;
}
