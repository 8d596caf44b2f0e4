/**
 * The HTML writer: the rendered tree as a standalone page to print or sign.
 * US Letter with one-inch margins, a centred title, justified paragraphs,
 * numbered paragraphs when the layout asks, signature lines, and signature,
 * witness and notary blocks kept whole on one page. Every piece of text the
 * user wrote is escaped: the page contains no markup built from user strings,
 * and a strict content security policy forbids scripts.
 */
import { tableRows, type Block, type Line, type RenderedDocument, type Run } from '../document-tree.js';

const CSS = `
@page { size: letter; margin: 1in; }
html { background: #fff; color: #000; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; margin: 0 auto; max-width: 6.5in; padding: 1in 0; }
@media print { body { padding: 0; max-width: none; } }
h1.title { text-align: center; font-size: 14pt; font-weight: bold; letter-spacing: 0.04em; margin: 0 0 1.5em; }
p.clause { text-align: justify; margin: 0 0 1em; }
ol.clauses { margin: 0 0 1em; padding-left: 2.5em; }
ol.clauses > li { text-align: justify; margin: 0 0 1em; padding-left: 0.5em; }
p.testimonium { text-align: justify; text-indent: 1in; margin: 1.5em 0 2em; }
section.block { margin: 2em 0 1em; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
div.page-break { break-before: page; page-break-before: always; }
section.block h2 { font-size: 12pt; font-weight: bold; text-align: center; margin: 0 0 1em; }
section.block .line { margin: 0; min-height: 1.45em; }
section.table table { border-collapse: collapse; width: 100%; }
section.table th { text-align: left; font-weight: normal; text-decoration: underline; padding: 0 1em 0.4em 0; }
section.table td { vertical-align: top; padding: 0 1em 0.8em 0; }
section.block .rule { border-bottom: 1px solid #000; width: 3.25in; margin-top: 2.2em; }
section.block .labelled { display: flex; width: 3.25in; margin-top: 1.2em; }
section.block .labelled .fill { flex: 1; border-bottom: 1px solid #000; margin-left: 0.25em; }
section.block .caption { font-size: 9pt; margin-bottom: 0.5em; }
.blank { border-bottom: 1px solid #000; }
.missing { background: #fff3cd; }
`.trim();

export function renderHtml(doc: RenderedDocument): string {
    const p = doc.properties;
    const head = [
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(p.title || doc.title)}</title>`,
        p.author ? `<meta name="author" content="${escapeAttribute(p.author)}">` : '',
        p.subject ? `<meta name="description" content="${escapeAttribute(p.subject)}">` : '',
        '<meta name="generator" content="POA Studio">',
        `<style>\n${CSS}\n</style>`
    ].filter(Boolean);
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        ...head.map((h) => '  ' + h),
        '</head>',
        '<body>',
        '<main class="instrument">',
        bodyHtml(doc.blocks),
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function bodyHtml(blocks: readonly Block[]): string {
    const out: string[] = [];
    let list: string[] | undefined;
    let expected = 0;
    const closeList = () => {
        if (list) out.push(list.join('\n') + '\n</ol>');
        list = undefined;
    };
    for (const block of blocks) {
        if (block.kind === 'paragraph' && block.number !== undefined) {
            // Consecutive numbered paragraphs form one ordered list; `value` keeps the renderer's own numbers.
            if (!list || block.number !== expected) {
                closeList();
                list = [`<ol class="clauses" start="${block.number}">`];
            }
            list.push(`<li value="${block.number}" id="${escapeAttribute(block.id)}">${runsHtml(block.runs)}</li>`);
            expected = block.number + 1;
            continue;
        }
        closeList();
        // A statutory form's layout may start a block on a new page (in print).
        if (block.pageBreakBefore) out.push('<div class="page-break"></div>');
        out.push(blockHtml(block));
    }
    closeList();
    return out.join('\n');
}

function blockHtml(block: Block): string {
    const id = `id="${escapeAttribute(block.id)}"`;
    switch (block.kind) {
        case 'title':
            return `<h1 class="title" ${id}>${runsHtml(block.runs)}</h1>`;
        case 'paragraph':
            return `<p class="clause" ${id}>${runsHtml(block.runs)}</p>`;
        case 'testimonium':
            return `<p class="testimonium" ${id}>${runsHtml(trimLeading(block.runs))}</p>`;
        case 'signature':
        case 'witnesses':
        case 'notary':
        case 'acceptance': {
            const classes = ['block', block.kind, block.keepTogether !== false ? 'keep' : ''].filter(Boolean).join(' ');
            const inner: string[] = [];
            if (block.heading) inner.push(`  <h2>${escapeHtml(block.heading)}</h2>`);
            if (block.runs.length) inner.push(`  <p class="line">${runsHtml(block.runs)}</p>`);
            for (const line of block.lines ?? []) inner.push('  ' + lineHtml(line));
            return [`<section class="${classes}" ${id}>`, ...inner, '</section>'].join('\n');
        }
        case 'table':
            return tableHtml(block, id);
    }
}

/** A table of signatures or a schedule: a real table, the lines of a cell one under another. */
function tableHtml(block: Block, id: string): string {
    const inner: string[] = [];
    if (block.heading) inner.push(`  <h2>${escapeHtml(block.heading)}</h2>`);
    if (block.runs.length) inner.push(`  <p class="line">${runsHtml(block.runs)}</p>`);
    const table = block.table;
    if (table) {
        inner.push('  <table>');
        if (table.header?.some((h) => h)) inner.push(`    <thead><tr>${table.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`);
        inner.push('    <tbody>');
        for (const row of tableRows(table)) inner.push(`      <tr>${row.map((cell) => `<td>${cell.map((line) => `<div class="line">${runsHtml(line)}</div>`).join('')}</td>`).join('')}</tr>`);
        inner.push('    </tbody>', '  </table>');
    }
    return [`<section class="block table" ${id}>`, ...inner, '</section>'].join('\n');
}

function lineHtml(line: Line): string {
    const text = runsHtml(line.runs);
    if (line.rule) {
        // A rule alone is a line to sign on; with text it is a label followed by a line to fill in ("Address: ____").
        return text ? `<div class="line labelled">${text}<span class="fill"></span></div>` : '<div class="line rule"></div>';
    }
    if (line.caption) return `<div class="line caption">${text}</div>`;
    return `<div class="line">${text}</div>`;
}

function runsHtml(runs: readonly Run[]): string {
    return runs.map(runHtml).join('');
}

function runHtml(run: Run): string {
    const text = escapeHtml(run.text);
    switch (run.role) {
        // <bdi> isolates a name's writing direction, so a right-to-left name does not reorder the words around it.
        case 'party':
            return `<bdi class="party">${text}</bdi>`;
        case 'blank':
            return `<span class="blank"${run.note ? ` title="${escapeAttribute(run.note)}"` : ''}>${text}</span>`;
        case 'missing':
            return `<span class="missing"${run.note ? ` title="${escapeAttribute(run.note)}"` : ''}>${text}</span>`;
        case 'term':
            return `<span class="term">${text}</span>`;
        default:
            return text;
    }
}

function trimLeading(runs: readonly Run[]): Run[] {
    if (!runs.length) return [];
    const [first, ...rest] = runs;
    return [{ ...first, text: first.text.replace(/^\s+/, '') }, ...rest];
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function escapeAttribute(text: string): string {
    return escapeHtml(text).replace(/[\r\n\t]/g, ' ');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
