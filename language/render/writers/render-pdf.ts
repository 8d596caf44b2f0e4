/**
 * The PDF writer: the rendered tree as a US Letter PDF set in the standard
 * Times fonts (text selectable and searchable), with "Page X of Y" at the foot
 * of every page and signature, witness and notary blocks kept on one page: a
 * block that would not fit in what is left of a page starts a new one.
 *
 * Characters the standard fonts cannot show (Hebrew, Arabic, Polish "Ł", ...)
 * are set in the Unicode font given as `unicodeFont` (the CLI passes DejaVu);
 * without one they come out as "?".
 *
 * Output is deterministic: the creation date is the one given (the CLI passes
 * the execution date) or left out, so the same instrument gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { tableRows, type Block, type Line, type RenderedDocument, type Run } from '../document-tree.js';
import { smallTypeSize } from './type-size.js';

export interface PdfOptions {
    /** The bytes of a TrueType font for characters outside the standard fonts' character set. */
    unicodeFont?: Uint8Array;
    /** The creation date written in the document information; left out when not given. */
    creationDate?: Date;
}

const INCH = 72;
const MARGIN = INCH;
const BODY_SIZE = 12;
const LINE_GAP = 2;
const PARAGRAPH_GAP = 12;
const RULE_WIDTH = 3.25 * INCH;
/** A word longer than this is cut into pieces for pdfkit (`setInPieces`). */
const LONG_WORD = 1000;
const LONG_WORD_PATTERN = new RegExp(`\\S{${LONG_WORD + 1},}`, 'g');

type Doc = PDFKit.PDFDocument;
type Face = 'Times-Roman' | 'Times-Bold';

export function renderPdf(doc: RenderedDocument, options: PdfOptions = {}): Promise<Uint8Array> {
    const pdf = new PDFDocument({
        size: 'LETTER',
        margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        bufferPages: true,
        autoFirstPage: true,
        info: {
            Title: pdfString(doc.properties.title || doc.title),
            Subject: pdfString(doc.properties.subject),
            Author: pdfString(doc.properties.author),
            Creator: 'POA Studio',
            Producer: 'POA Studio (PDFKit)',
            // The file identifier is computed from the information dictionary, so it must be fixed too.
            CreationDate: options.creationDate ?? new Date(0)
        }
    });
    if (!options.creationDate) {
        // Left out of the information dictionary (written from its enumerable keys) but still readable by
        // PDFKit's XMP code, which expects a date.
        Object.defineProperty(pdf.info, 'CreationDate', { value: new Date(0), enumerable: false });
    }
    if (options.unicodeFont) pdf.registerFont(UNICODE, Buffer.from(options.unicodeFont));
    const writer = new Writer(pdf, Boolean(options.unicodeFont), smallTypeSize(doc));

    const chunks: Buffer[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
        pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
        pdf.on('end', () => {
            const all = Buffer.concat(chunks);
            resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
        });
        pdf.on('error', reject);
    });
    try {
        writer.blocks(doc.blocks);
        writer.pageNumbers();
        pdf.end();
    } catch (error) {
        return Promise.reject(error);
    }
    return done;
}

const UNICODE = 'PoaUnicode';

class Writer {
    private readonly width: number;

    /** Captions and page numbers: `smallTypeSize` (12 points in New York, which prints nothing smaller). */
    constructor(private readonly pdf: Doc, private readonly hasUnicodeFont: boolean, private readonly small: number) {
        this.width = pdf.page.width - MARGIN * 2;
    }

    blocks(blocks: readonly Block[]): void {
        blocks.forEach((block, i) => {
            const next = blocks[i + 1];
            // A statutory form's layout may start a block on a new page.
            if (block.pageBreakBefore && i > 0) this.pdf.addPage();
            switch (block.kind) {
                case 'title':
                    this.runs(block.runs, { face: 'Times-Bold', size: 14, align: 'center', gap: 24 });
                    break;
                case 'paragraph':
                    this.paragraph(block);
                    break;
                case 'testimonium': {
                    // The testimonium stays with the signature block that follows it.
                    const following = next && isStructured(next) && next.keepTogether !== false ? this.structuredHeight(next) : 0;
                    // Half a line of space above, the text, the gap below, then the block (with a line to spare).
                    this.keepOnPage(BODY_SIZE + this.runsHeight(trimLeading(block.runs), BODY_SIZE, INCH) + PARAGRAPH_GAP * 2 + following + (following ? BODY_SIZE : 0));
                    this.pdf.moveDown(0.5);
                    this.runs(trimLeading(block.runs), { align: 'justify', indent: INCH, gap: PARAGRAPH_GAP * 2 });
                    break;
                }
                case 'signature':
                case 'witnesses':
                case 'notary':
                case 'acceptance':
                    this.structured(block);
                    break;
                case 'table':
                    this.table(block);
                    break;
            }
        });
    }

    private paragraph(block: Block): void {
        if (block.number === undefined) {
            this.runs(block.runs, { align: 'justify', gap: PARAGRAPH_GAP });
            return;
        }
        const hang = INCH / 2;
        this.keepOnPage(this.pdf.currentLineHeight(true) * 2);
        const y = this.pdf.y;
        this.pdf.font('Times-Roman').fontSize(BODY_SIZE).text(`${block.number}.`, MARGIN, y, { width: hang, lineBreak: false });
        this.pdf.x = MARGIN + hang;
        this.pdf.y = y;
        this.runs(block.runs, { align: 'justify', gap: PARAGRAPH_GAP, x: MARGIN + hang, width: this.width - hang });
        this.pdf.x = MARGIN;
    }

    private structured(block: Block): void {
        if (block.keepTogether !== false) this.keepOnPage(this.structuredHeight(block));
        const pdf = this.pdf;
        pdf.moveDown(0.5);
        if (block.heading) this.runs([{ text: block.heading }], { face: 'Times-Bold', align: 'center', gap: 10 });
        if (block.runs.length) this.runs(block.runs, { align: 'left', gap: 4 });
        for (const line of block.lines ?? []) this.line(line);
        pdf.moveDown(1);
    }

    /** A table: the column heads underlined, then each row with its cells side by side; a row is kept on one page. */
    private table(block: Block): void {
        const pdf = this.pdf;
        pdf.moveDown(0.5);
        if (block.heading) this.runs([{ text: block.heading }], { face: 'Times-Bold', align: 'center', gap: 10 });
        if (block.runs.length) this.runs(block.runs, { align: 'justify', gap: PARAGRAPH_GAP });
        const table = block.table;
        if (!table) return;
        const rows = tableRows(table);
        const columns = Math.max(table.header?.length ?? 0, ...rows.map((r) => r.length), 1);
        const columnWidth = this.width / columns;
        const cellWidth = columnWidth - 8;
        pdf.font('Times-Roman').fontSize(BODY_SIZE);
        const cellHeight = (lines: Run[][]) => lines.reduce((h, runs) => h + this.heightIn(runs, cellWidth) + LINE_GAP, 0);
        const writeRow = (cells: Run[][][], underline: boolean) => {
            const height = Math.max(BODY_SIZE, ...cells.map(cellHeight));
            this.keepOnPage(height + PARAGRAPH_GAP);
            const top = pdf.y;
            cells.forEach((lines, i) => {
                pdf.y = top;
                // Through runs(), so that characters the Times fonts lack are set in the Unicode font.
                for (const runs of lines) this.runs(runs, { align: 'left', gap: LINE_GAP, x: MARGIN + i * columnWidth, width: cellWidth, underline });
            });
            pdf.y = top + height + PARAGRAPH_GAP;
            pdf.x = MARGIN;
        };
        if (table.header?.some((h) => h)) writeRow(table.header.map((h) => [[{ text: h }]]), true);
        for (const row of rows) writeRow(row, false);
        pdf.moveDown(0.5);
    }

    private heightIn(runs: readonly Run[], width: number): number {
        const text = this.encodable(runs.map((r) => r.text).join(''));
        this.pdf.font('Times-Roman').fontSize(BODY_SIZE);
        return text ? this.pdf.heightOfString(this.setInPieces(text, width), { width, lineGap: LINE_GAP }) : BODY_SIZE;
    }

    private line(line: Line): void {
        const pdf = this.pdf;
        if (line.rule && !line.runs.length) {
            // A line to sign on, with room above it for the signature.
            pdf.y += 26;
            pdf.save().lineWidth(0.75).moveTo(MARGIN, pdf.y).lineTo(MARGIN + RULE_WIDTH, pdf.y).stroke().restore();
            pdf.y += 3;
            pdf.x = MARGIN;
            return;
        }
        if (line.rule) {
            // A label followed by a line to fill in ("Address: ____"), drawn on the label's baseline.
            pdf.y += 12;
            pdf.font('Times-Roman').fontSize(BODY_SIZE);
            const label = this.encodable(line.runs.map((r) => r.text).join('').trimEnd());
            const labelWidth = pdf.widthOfString(label);
            this.runs(line.runs, { align: 'left', gap: 0 });
            const baseline = pdf.y - LINE_GAP - 2;
            const from = labelWidth <= RULE_WIDTH - 36 ? MARGIN + labelWidth + 4 : MARGIN;
            const y = from === MARGIN ? pdf.y + 12 : baseline;
            pdf.save().lineWidth(0.75).moveTo(from, y).lineTo(MARGIN + RULE_WIDTH, y).stroke().restore();
            pdf.y = Math.max(pdf.y, y + 3);
            pdf.x = MARGIN;
            return;
        }
        if (line.caption) {
            this.runs(line.runs, { size: this.small, align: 'left', gap: 6 });
            return;
        }
        this.runs(line.runs, { align: 'left', gap: 2 });
    }

    private structuredHeight(block: Block): number {
        let h = BODY_SIZE * 0.5 + BODY_SIZE;
        if (block.heading) h += this.runsHeight([{ text: block.heading }], BODY_SIZE) + 10;
        if (block.runs.length) h += this.runsHeight(block.runs, BODY_SIZE) + 4;
        for (const line of block.lines ?? []) {
            if (line.rule) h += line.runs.length ? 14 + this.runsHeight(line.runs, BODY_SIZE) : 29;
            else if (line.caption) h += this.runsHeight(line.runs, 9) + 6;
            else h += this.runsHeight(line.runs, BODY_SIZE) + 2;
        }
        return h;
    }

    /** Starts a new page unless `height` points fit in what is left of this one (a block taller than a page just flows). */
    private keepOnPage(height: number): void {
        const pdf = this.pdf;
        const bottom = pdf.page.height - pdf.page.margins.bottom;
        const full = bottom - pdf.page.margins.top;
        if (pdf.y + height > bottom && height <= full && pdf.y > pdf.page.margins.top + 1) pdf.addPage();
    }

    private runsHeight(runs: readonly Run[], size: number, indent = 0): number {
        const text = runs.map((r) => r.text).join('');
        if (!text) return size;
        this.pdf.font('Times-Roman').fontSize(size);
        return this.pdf.heightOfString(this.setInPieces(this.encodable(text), this.width), { width: this.width, lineGap: LINE_GAP, indent });
    }

    /** Writes runs as one flowing paragraph, switching to the Unicode font for characters the Times fonts lack. */
    private runs(runs: readonly Run[], o: { face?: Face; size?: number; align: 'left' | 'center' | 'justify'; gap: number; indent?: number; x?: number; width?: number; underline?: boolean }): void {
        const pdf = this.pdf;
        const face = o.face ?? 'Times-Roman';
        const size = o.size ?? BODY_SIZE;
        const segments = this.segments(runs.map((r) => r.text).join(''));
        const x = o.x ?? MARGIN;
        if (!segments.length) {
            pdf.font(face).fontSize(size);
            pdf.y += pdf.currentLineHeight(true) + o.gap;
            pdf.x = x;
            return;
        }
        segments.forEach((seg, i) => {
            const last = i === segments.length - 1;
            pdf.font(seg.unicode ? UNICODE : face).fontSize(size);
            const textOptions = { width: o.width ?? this.width, align: o.align, lineGap: LINE_GAP, indent: o.indent, continued: !last, paragraphGap: last ? o.gap : 0, underline: o.underline };
            const text = this.setInPieces(seg.text, textOptions.width);
            if (i === 0) pdf.text(text, x, pdf.y, textOptions);
            else pdf.text(text, textOptions);
        });
        pdf.x = MARGIN;
    }

    /** Splits text into pieces the standard fonts can show and pieces that need the Unicode font. */
    private segments(raw: string): { text: string; unicode: boolean }[] {
        const text = raw.replace(/[\r\n\t]+/g, ' ');
        const out: { text: string; unicode: boolean }[] = [];
        for (const ch of text) {
            if (isControl(ch)) continue;
            const unicode = !isWinAnsi(ch);
            const piece = unicode && !this.hasUnicodeFont ? '?' : ch;
            const useUnicode = unicode && this.hasUnicodeFont;
            const last = out[out.length - 1];
            if (last && last.unicode === useUnicode) last.text += piece;
            else out.push({ text: piece, unicode: useUnicode });
        }
        return out;
    }

    /**
     * pdfkit sets a word wider than its line by measuring all that is left of it again after each line it cuts
     * off: time that grows with the square of the word's length (44 s for one word of 153,000 characters, 1.9 s
     * for 32,000). A word of more than LONG_WORD characters is cut here, in the current font and size, into
     * pieces a little narrower than `width`, each but the last wider than half of it, joined by spaces: no two
     * pieces share a line, so every space falls at a line's end, where nothing is printed. Every character is
     * kept; only where the word breaks differs (and it starts on a line of its own). No real word is this long.
     */
    private setInPieces(text: string, width: number): string {
        if (text.length <= LONG_WORD || !(width > 0)) return text;
        const widths = new Map<string, number>();
        const most = width * 0.95;
        return text.replace(LONG_WORD_PATTERN, (word) => {
            const pieces: string[] = [];
            let piece = '';
            let pieceWidth = 0;
            for (const ch of word) {
                let w = widths.get(ch);
                if (w === undefined) widths.set(ch, (w = this.pdf.widthOfString(ch)));
                if (piece && pieceWidth + w > most) {
                    pieces.push(piece);
                    piece = '';
                    pieceWidth = 0;
                }
                piece += ch;
                pieceWidth += w;
            }
            pieces.push(piece);
            return pieces.join(' ');
        });
    }

    private encodable(text: string): string {
        return this.hasUnicodeFont ? text : [...text].map((c) => (isWinAnsi(c) ? c : '?')).join('');
    }

    pageNumbers(): void {
        const pdf = this.pdf;
        const range = pdf.bufferedPageRange();
        for (let i = range.start; i < range.start + range.count; i++) {
            pdf.switchToPage(i);
            const bottomMargin = pdf.page.margins.bottom;
            // Writing inside the bottom margin would otherwise start a new page.
            pdf.page.margins.bottom = 0;
            pdf.font('Times-Roman').fontSize(this.small).text(`Page ${i + 1 - range.start} of ${range.count}`, MARGIN, pdf.page.height - INCH / 2 - this.small, {
                width: this.width, align: 'center', lineBreak: false
            });
            pdf.page.margins.bottom = bottomMargin;
        }
    }
}

function isStructured(block: Block): boolean {
    return block.kind === 'signature' || block.kind === 'witnesses' || block.kind === 'notary' || block.kind === 'acceptance';
}

function trimLeading(runs: readonly Run[]): Run[] {
    if (!runs.length) return [];
    const [first, ...rest] = runs;
    return [{ ...first, text: first.text.replace(/^\s+/, '') }, ...rest];
}

/** The characters of Windows-1252 above 0x7F that are not Latin-1, which the standard PDF fonts can show. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(ch: string): boolean {
    const code = ch.codePointAt(0)!;
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

function isControl(ch: string): boolean {
    const code = ch.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** Document information strings: no control characters. */
function pdfString(text: string): string {
    return [...text].filter((c) => !isControl(c)).join('');
}
