/**
 * The DOCX writer: the rendered tree as a Word document built with real Word
 * styles (Title, Body Text, a numbered list for the numbered layout, Signature
 * and Caption for signature, witness and notary blocks), US Letter with
 * one-inch margins, "Page X of Y" in the footer (PAGE and NUMPAGES fields)
 * and the document properties (title, subject, author). Signature, witness
 * and notary blocks are kept on one page ("keep with next", "keep lines
 * together").
 */
import {
    AlignmentType, BorderStyle, Document, Footer, LevelFormat, Packer, PageNumber, Paragraph, Tab, Table, TableBorders, TableCell, TableRow,
    TabStopType, TextRun, UnderlineType, WidthType, type IParagraphOptions
} from 'docx';
import { tableRows, type Block, type Line, type RenderedDocument, type Run } from '../document-tree.js';
import { smallTypeSize } from './type-size.js';

const NUMBERING = 'poa-clauses';
/** Twentieths of a point: 1 inch = 1440. */
const INCH = 1440;
const FONT = 'Times New Roman';

export async function renderDocx(doc: RenderedDocument): Promise<Uint8Array> {
    const firstNumber = doc.blocks.find((b) => b.kind === 'paragraph' && b.number !== undefined)?.number ?? 1;
    const document = new Document({
        title: clean(doc.properties.title || doc.title),
        subject: clean(doc.properties.subject),
        creator: clean(doc.properties.author),
        description: 'Rendered by POA Studio',
        styles: {
            default: {
                document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { line: 276 } } },
                title: {
                    run: { font: FONT, size: 28, bold: true, color: '000000' },
                    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } }
                },
                caption: {
                    run: { font: FONT, size: 2 * smallTypeSize(doc), italics: false, color: '000000' },
                    paragraph: { spacing: { after: 120 } }
                }
            },
            paragraphStyles: [
                {
                    id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true,
                    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 240 } }
                },
                {
                    id: 'Testimonium', name: 'Testimonium', basedOn: 'BodyText', next: 'Signature',
                    paragraph: { indent: { firstLine: INCH }, spacing: { before: 240, after: 480 } }
                },
                {
                    id: 'Signature', name: 'Signature', basedOn: 'Normal', next: 'Signature', quickFormat: true,
                    paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 0 } }
                },
                {
                    id: 'BlockHeading', name: 'Block Heading', basedOn: 'Normal', next: 'Signature',
                    run: { bold: true },
                    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, keepNext: true }
                }
            ]
        },
        numbering: {
            config: [{
                reference: NUMBERING,
                levels: [{
                    level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: firstNumber, alignment: AlignmentType.LEFT,
                    style: { paragraph: { indent: { left: Math.round(INCH / 2), hanging: Math.round(INCH / 2) } } }
                }]
            }]
        },
        sections: [{
            properties: {
                page: {
                    size: { width: Math.round(8.5 * INCH), height: 11 * INCH },
                    margin: { top: INCH, bottom: INCH, left: INCH, right: INCH, footer: Math.round(INCH / 2) }
                }
            },
            footers: {
                default: new Footer({
                    children: [new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [new TextRun({ size: 2 * smallTypeSize(doc), children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })]
                    })]
                })
            },
            children: doc.blocks.flatMap(blockParagraphs)
        }]
    });
    const buffer = await Packer.toBuffer(document);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function blockParagraphs(block: Block): (Paragraph | Table)[] {
    const paragraphs = kindParagraphs(block);
    // A statutory form's layout may start a block on a new page.
    if (block.pageBreakBefore && paragraphs.length) paragraphs.unshift(new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] }));
    return paragraphs;
}

function kindParagraphs(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
        case 'title':
            return [new Paragraph({ style: 'Title', children: textRuns(block.runs) })];
        case 'paragraph':
            return [new Paragraph({
                style: 'BodyText',
                numbering: block.number !== undefined ? { reference: NUMBERING, level: 0 } : undefined,
                children: textRuns(block.runs)
            })];
        case 'testimonium':
            return [new Paragraph({ style: 'Testimonium', keepNext: true, children: textRuns(trimLeading(block.runs)) })];
        case 'signature':
        case 'witnesses':
        case 'notary':
        case 'acceptance':
            return structuredParagraphs(block);
        case 'table':
            return tableParts(block);
    }
}

/** A table of signatures or a schedule: a Word table without borders, column heads underlined, one paragraph per line of a cell. */
function tableParts(block: Block): (Paragraph | Table)[] {
    const parts: (Paragraph | Table)[] = [];
    if (block.heading) parts.push(new Paragraph({ style: 'BlockHeading', children: textRuns([{ text: block.heading }]) }));
    if (block.runs.length) parts.push(new Paragraph({ style: 'BodyText', keepNext: true, children: textRuns(block.runs) }));
    const table = block.table;
    if (!table) return parts;
    const rows = tableRows(table);
    const columns = Math.max(table.header?.length ?? 0, ...rows.map((r) => r.length), 1);
    const cell = (paragraphs: Paragraph[]) => new TableCell({ width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE }, children: paragraphs.length ? paragraphs : [new Paragraph({})] });
    const tableRowsOut: TableRow[] = [];
    if (table.header?.some((h) => h)) {
        tableRowsOut.push(new TableRow({ tableHeader: true, children: table.header.map((h) => cell([new Paragraph({ style: 'Signature', children: [new TextRun({ text: clean(h), underline: { type: UnderlineType.SINGLE } })] })])) }));
    }
    for (const row of rows) {
        const cells = row.map((lines) => cell(lines.map((runs, i) => new Paragraph({ style: 'Signature', spacing: { after: i === lines.length - 1 ? 240 : 0 }, children: textRuns(runs) }))));
        while (cells.length < columns) cells.push(cell([]));
        tableRowsOut.push(new TableRow({ cantSplit: true, children: cells }));
    }
    parts.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows: tableRowsOut }));
    return parts;
}

/** A signature, witness or notary block: one paragraph per line, each kept with the next so the block stays on one page. */
function structuredParagraphs(block: Block): Paragraph[] {
    const specs: IParagraphOptions[] = [];
    if (block.heading) specs.push({ style: 'BlockHeading', children: textRuns([{ text: block.heading }]) });
    if (block.runs.length) specs.push({ style: 'Signature', children: textRuns(block.runs), spacing: { before: 240 } });
    for (const line of block.lines ?? []) specs.push(...lineSpecs(line));
    const keep = block.keepTogether !== false;
    return specs.map((spec, i) => new Paragraph({ ...spec, keepLines: keep, keepNext: keep && i < specs.length - 1 }));
}

function lineSpecs(line: Line): IParagraphOptions[] {
    const runs = textRuns(line.runs);
    if (line.rule) {
        // A line to sign on: the bottom border of an empty paragraph three and a quarter inches wide, with room above it.
        const rule: IParagraphOptions = {
            style: 'Signature',
            spacing: { before: 480 },
            indent: { right: Math.round(3.25 * INCH) },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: []
        };
        if (!runs.length) return [rule];
        // With text, the line is a label followed by an underlined tab to the rule's end ("Address: ____").
        return [{
            style: 'Signature',
            spacing: { before: 240 },
            tabStops: [{ type: TabStopType.LEFT, position: Math.round(3.25 * INCH) }],
            children: [...runs, new TextRun({ children: [new Tab()], underline: { type: UnderlineType.SINGLE } })]
        }];
    }
    if (line.caption) return [{ style: 'Caption', children: runs }];
    return [{ style: 'Signature', children: runs }];
}

function textRuns(runs: readonly Run[]): TextRun[] {
    return runs.filter((r) => r.text).map((r) => new TextRun({
        text: clean(r.text),
        rightToLeft: RTL.test(r.text) || undefined,
        highlight: r.role === 'missing' ? 'yellow' : undefined
    }));
}

function trimLeading(runs: readonly Run[]): Run[] {
    if (!runs.length) return [];
    const [first, ...rest] = runs;
    return [{ ...first, text: first.text.replace(/^\s+/, '') }, ...rest];
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Characters XML 1.0 cannot carry (control characters) would make the file unreadable: they become spaces. */
function clean(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ' ').replace(/[\r\n\t]+/g, ' ');
}
