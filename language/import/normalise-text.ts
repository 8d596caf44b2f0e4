/**
 * Turns the raw text of a document (one string, lines as the reader found
 * them) into paragraphs fit for recognition: typographic quotes and dashes
 * folded, line wrapping undone, words hyphenated at a line end joined, and the
 * page furniture of EDGAR exhibits (exhibit labels, page numbers,
 * document-management footers) set aside so that it is neither recognised nor
 * lost.
 */
import { isSignatureCaption, splitRunInCaptions, splitRunInHeading, splitRunInSignature } from './run-in-parts.js';

export interface NormalisedText {
    /** The paragraphs in order; a paragraph keeps its short lines (signature blocks, notary captions) as separate lines. */
    paragraphs: string[];
    /** Lines taken out as page furniture, in order. */
    setAside: string[];
}

/** Curly quotes, primes and dashes as the renderer writes them (straight quotes, hyphens). */
export function foldTypography(text: string): string {
    return text
        .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
        .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
        .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
        .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
        // eslint-disable-next-line no-misleading-character-class -- each invisible character is removed on its own, joiners included
        .replace(/[\u00AD\u200B\u200C\u200D\uFEFF]/g, '')
        .replace(/\uFB01/g, 'fi').replace(/\uFB02/g, 'fl').replace(/\uFB00/g, 'ff').replace(/\uFB03/g, 'ffi').replace(/\uFB04/g, 'ffl')
        .replace(/\u2026/g, '...')
        .replace(/\t/g, ' ');
}

const FURNITURE: RegExp[] = [
    /^#\s/,                                                   // provenance lines of the corpus files ("# source: ...")
    /^(exhibit|ex)[\s.-]*\d+(\.\d+)?[a-z]?$/i,               // "Exhibit 24", "EX-24", "Exhibit 24.1"
    /^(exhibit|ex)[\s.-]*\d+(\.\d+)?\s*[-:]\s*power of attorney$/i,
    /^page\s+\d+(\s+of\s+\d+)?$/i,                            // "Page 2 of 3"
    /^[-\u2013\s]*\d{1,3}[-\u2013\s]*$/,                      // "- 2 -", "2"
    /^[ivx]{1,5}$/i,                                          // roman page numbers
    /^\[?\s*signature page(s)? (follows?|to follow)\s*\]?\.?$/i,
    /^\[\s*signature page to .*\]$/i,
    /^\[?\s*remainder of (this )?page (intentionally )?(left )?blank.*\]?$/i,
    /^([A-Z][A-Z_-]*(DOCS|LEGAL|ACTIVE|DMS|WEST|EAST)[A-Z0-9_-]*)\s*[\\/:#-]?\s*\d{4,}/i, // "US-DOCS\123456.1", "ACTIVE/12345"
    /^#?\s*\d{6,}(v\d+|\.\d+)?$/i,                            // "#12345678v2", "4812-3456-7890.1" style numbers
    /^\d{4}-\d{4}-\d{4}(\.\d+|\s+v\.?\d+)?$/,
    /^\(?(nydocs|docs|legal|doc id|document id)\b.*\d{4,}.*\)?$/i,
    /^[A-Z][A-Z&]{1,11}\\\d{5,}(\.\d+)?$/,                    // a firm's document number: "GDSVF&H\2490635.1"
    /^\[\d+\s+FR\s+\d+,\s+[A-Z][a-z]{2,3}\.?\s+\d{1,2},\s+\d{4}(;[^\]]*)?\]$/ // the Federal Register source note under a CFR text: "[58 FR 12909, Mar. 8, 1993]"
];

/** True for a line that is page furniture, not text of the instrument. */
export function isFurniture(line: string): boolean {
    const t = line.trim();
    return t.length > 0 && FURNITURE.some((re) => re.test(t));
}

/** A line that stands alone whatever its length: a conformed signature, a signature caption, a heading. */
function standsAlone(line: string): boolean {
    return /^\/s\/|^(By|Name|Title|Date|Dated|Witness|Address|Signature):/i.test(line) || /^[-_=]{3,}/.test(line) || isSignatureCaption(line)
        || (line === line.toUpperCase() && /[A-Z]{3,}/.test(line) && !/[.;,]$/.test(line));
}

export function normaliseText(raw: string): NormalisedText {
    const setAside: string[] = [];
    const lines = foldTypography(raw.replace(/\r\n?/g, '\n')).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    // The document's first line, a heading run into the text (a scanned exhibit's text layer): the heading on lines of its own.
    const first = lines.findIndex((l) => l !== '' && !isFurniture(l));
    const runIn = first < 0 ? undefined : splitRunInHeading(lines[first]);
    if (runIn) lines.splice(first, 1, ...runIn);
    // A conformed signature run into the sentence before it: on a line of its own, as a signature block prints it.
    for (let i = lines.length - 1; i >= 0; i--) {
        const signed = splitRunInSignature(lines[i]);
        if (signed) lines.splice(i, 1, ...signed);
    }
    // A caption under a line to sign run into the text beside it: on a line of its own, as the form prints it.
    for (let i = lines.length - 1; i >= 0; i--) {
        const captioned = splitRunInCaptions(lines[i]);
        if (captioned) lines.splice(i, 1, ...captioned);
    }
    const kept: string[] = [];
    for (const line of lines) {
        if (isFurniture(line)) setAside.push(line);
        else kept.push(line);
    }
    joinCaptionValues(kept);
    // Lines at least this long were wrapped by the writer or the PDF page; shorter ones end where the author ended them.
    const longest = Math.max(0, ...kept.map((l) => l.length));
    const wrapWidth = Math.max(40, Math.floor(longest * 0.6));
    const paragraphs: string[] = [];
    let current = '';
    const flush = () => {
        if (current.trim()) paragraphs.push(current.trim());
        current = '';
    };
    let previous = '';
    for (const line of kept) {
        if (!line) {
            flush();
            previous = '';
            continue;
        }
        if (!current) current = line;
        // A long line was wrapped; so was any line the next one continues in lower case ("neces-" / "sary").
        else if ((previous.length >= wrapWidth || /^[a-z]/.test(line)) && !standsAlone(previous) && !standsAlone(line)) current = joinWrapped(current, line);
        else current += `\n${line}`;
        previous = line;
    }
    flush();
    return { paragraphs, setAside };
}

/** A signature block's caption alone on its line, its value not yet written after it: "Signature:", "Name:". */
const BARE_CAPTION = /^(By|Name|Print Name|Printed Name|Title|Date|Dated|Signature):$/i;

/** A caption's value on a line of its own: "/s/ Roelof Botha", "Roelof Botha"; not a caption, a rule, a heading or a sentence. */
function isCaptionValue(line: string): boolean {
    if (/^\/s\//i.test(line)) return true;
    return line.length > 0 && line.length <= 60 && !/[:.;]$/.test(line) && !standsAlone(line) && /[a-z]/.test(line);
}

/**
 * A caption and its value split over two lines, as an HTML table's cells come out as text ("Signature:" / "/s/
 * Roelof Botha", blank lines between): joined into the one line a signature style writes ("Signature: /s/ Roelof
 * Botha"). A caption followed by another caption, a rule or a heading is a blank to fill in and stays as it is.
 */
function joinCaptionValues(lines: string[]): void {
    for (let i = 0; i < lines.length; i++) {
        if (!BARE_CAPTION.test(lines[i])) continue;
        let j = i + 1;
        while (j < lines.length && lines[j] === '') j++;
        if (j >= lines.length || !isCaptionValue(lines[j])) continue;
        lines.splice(i, j - i + 1, `${lines[i]} ${lines[j]}`);
    }
}

/** Joins a wrapped line to the text before it, undoing a hyphenation at the line end. */
function joinWrapped(before: string, line: string): string {
    const hyphenated = /([A-Za-z]+)-$/.exec(before);
    if (hyphenated && /^[a-z]/.test(line)) {
        // "attorney-in-" + "fact" keeps its hyphen: the word was already hyphenated.
        const word = /(\S+)-$/.exec(before)![1];
        if (word.includes('-') || /^[a-z]+-/.test(line)) return before + line;
        return before.slice(0, -1) + line;
    }
    return `${before} ${line}`;
}
