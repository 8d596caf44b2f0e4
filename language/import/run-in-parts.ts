/**
 * Parts of a document run into the text beside them, as the text layer of a scanned exhibit gives them when its
 * paragraph and line breaks are lost: a heading run into the first sentence, a conformed signature into the last.
 *
 * A heading run into the text that follows it, as the text layer of a scanned exhibit gives it when its paragraph
 * breaks are lost ("EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY Know all by these presents, that ..."): the words
 * in capitals at the head of the document's first line, before a sentence that opens in ordinary case, are put on a
 * line of their own, and a blank line after them, as the document printed them: the heading, its exhibit label
 * included (the label is the heading's words here, not a line of page furniture to set aside). Nothing is read out
 * of a line that is not so.
 */

/** A word of a heading: capitals, digits and the punctuation of a company's name ("23ANDME", "CO.", "S&P"). */
const CAPITALS_WORD = "[A-Z0-9][A-Z0-9&.,'()-]*";
/** The run of words in capitals, then a word in ordinary case ("Know") and a lower-case word after it. */
const RUN_IN = new RegExp(`^((?:${CAPITALS_WORD}\\s+){2,12})(?=[A-Z][a-z]+,?\\s+[a-z])`);
/** The exhibit label at the head of the run ("EXHIBIT 24", "EX-24.1"), which alone is no heading. */
const EXHIBIT = /^(?:EXHIBIT|EX)[\s.-]*\d+(?:\.\d+)?[A-Z]?\s+/;

/** The lines a run-in heading becomes, or undefined when the line opens with none. */
export function splitRunInHeading(line: string): string[] | undefined {
    const m = RUN_IN.exec(line);
    if (!m) return undefined;
    const heading = m[1].trim();
    const body = line.slice(m[0].length).trim();
    // A heading names the document and is short; what follows it is the text, a sentence at least.
    if (heading.length > 100 || !/[A-Z]{3,}/.test(`${heading} `.replace(EXHIBIT, '')) || body.length < 40) return undefined;
    return [heading, '', body];
}

/** A conformed signature after the sentence that ends the text ("... as of this 19th day of August 2024. /s/ Ann Lee"). */
const RUN_IN_SIGNATURE = /^(.*[.!?]["')]?)\s+(\/s\/\s*[A-Z][^.;:]{1,60})$/;

/** The sentence and the conformed signature run into it, on two lines; undefined when the line does not end so. */
export function splitRunInSignature(line: string): string[] | undefined {
    const m = RUN_IN_SIGNATURE.exec(line);
    return m ? [m[1], m[2].trim()] : undefined;
}

/**
 * A caption printed under a line to sign ("(Signature of person granting power)"), run into the text before or after it
 * as a text whose line breaks were lost gives it ("... by virtue hereof.(Signature of person granting power)I, ...").
 * A caption cut short where the text ends ("(Signature of a") is one too.
 */
const RUN_IN_CAPTION = /\s*(\(Signature of\b[^()]*(?:\)|$))\s*/;

/** The line with each signature caption on a line of its own; undefined when the line holds none beside other text. */
export function splitRunInCaptions(line: string): string[] | undefined {
    const parts = line.split(RUN_IN_CAPTION).map((p) => p.trim()).filter((p) => p !== '');
    return parts.length > 1 ? parts : undefined;
}

/** A signature caption alone on its line, which is never a line wrapped into the next. */
export function isSignatureCaption(line: string): boolean {
    return /^\(Signature of\b[^()]*\)?$/.test(line);
}
