/**
 * Import's tolerant step: the sentences (and listed powers) kept as written
 * that differ from a style by a few words (tolerant-reading.ts) are put back
 * into the style's words, the document is recognised again, and each
 * sentence so recognised gets `as-filed` edits on the paragraph that renders
 * it (`as-filed grant { reading "style words" as "filed words" }`), so that
 * the rendering reproduces the filed words while the clause stays structured.
 * A reading is kept only if the file with its edits renders the sentence's
 * own words and every edit applies; otherwise the sentence stays as written.
 */
import { loadPoa } from '../poa-document.js';
import { PARAGRAPH_ORDER } from '../registry/clause-registry.js';
import { renderDocument } from '../render/render-document.js';
import { runsText } from '../render/document-tree.js';
import type { UnappliedEdit } from '../render/filed-edits.js';
import { countWords } from './import-report.js';
import type { ImportedInstrument } from './imported-instrument.js';
import type { NormalisedText } from './normalise-text.js';
import { phrasebookTemplates } from './phrasebook-templates.js';
import type { PhraseTemplate } from './template-compiler.js';
import { stripListMarker } from './recogniser.js';
import { speaksForSignatories } from './signature-page.js';
import { tolerantReading, type TolerantReading } from './tolerant-reading.js';
import { renderedWords, reproduces } from './verify-rendering.js';

/** The paragraphs an `as-filed` clause may edit: those of the clauses that word whole sentences, and the testimonium. */
const EDITABLE = new Set([...PARAGRAPH_ORDER, 'testimonium']);

export interface AsFiledClause {
    target: string;
    edits: { style: string; filed: string }[];
}

export interface FiledReading {
    doc: ImportedInstrument;
    poa: string;
    clauses: AsFiledClause[];
    /** Each sentence read tolerantly, as rewritten, and its filed words. */
    originals: Map<string, string>;
    /** The words the edits keep as filed. */
    keptWords: number;
}

type Reimport = (text: NormalisedText) => Promise<{ doc: ImportedInstrument; poa: string }>;

let templates: PhraseTemplate[] | undefined;

/** Every template of the phrasebook, every style and variant. */
function allTemplates(): PhraseTemplate[] {
    return (templates ??= phrasebookTemplates());
}

/** The words kept as written in an import: worded overrides, powers in their own words, the agents' own words. */
export function wordedWords(doc: ImportedInstrument): number {
    return countWords([...Object.values(doc.worded).flat(), ...(doc.keptPowers ?? []), ...(doc.agentsWorded ? [doc.agentsWorded] : [])].join(' '));
}

/** The import read again with the kept sentences that are a few words off a style read with it; undefined when none is. */
export async function readTolerantly(doc: ImportedInstrument, normalised: NormalisedText, reimport: Reimport): Promise<FiledReading | undefined> {
    const kept = [...doc.sentences.filter((s) => s.keptOn).map((s) => s.text), ...(doc.keptPowers ?? [])];
    const readings = new Map<string, TolerantReading>();
    for (const text of kept) {
        const body = stripListMarker(text);
        // A signature-page power is read against the grant's templates made of clauses too (signature-page.ts reads it again).
        const reading = tolerantReading(body, allTemplates(), speaksForSignatories(body));
        if (reading) readings.set(text, { ...reading, rewritten: text.slice(0, text.length - body.length) + reading.rewritten });
    }
    // Twice at most: a reading whose edits do not render back is dropped, and the rest tried again.
    for (let attempt = 0; attempt < 2 && readings.size; attempt++) {
        const result = await attemptReadings(doc, normalised, readings, reimport);
        if (result.reading) return result.reading;
        if (!result.failed.length) return undefined;
        result.failed.forEach((t) => readings.delete(t));
    }
    return undefined;
}

async function attemptReadings(before: ImportedInstrument, normalised: NormalisedText, readings: Map<string, TolerantReading>, reimport: Reimport): Promise<{ reading?: FiledReading; failed: string[] }> {
    const paragraphs = [...normalised.paragraphs];
    const used = new Map<string, TolerantReading>();
    for (const [text, reading] of readings) {
        const p = paragraphs.findIndex((x) => x.includes(text));
        if (p < 0) continue;
        paragraphs[p] = paragraphs[p].replace(text, reading.rewritten);
        used.set(text, reading);
    }
    if (!used.size) return { failed: [] };
    const { doc, poa } = await reimport({ ...normalised, paragraphs });
    const loaded = await loadPoa(poa, { validate: false });
    const rendered = renderDocument(loaded.model);
    const words = renderedWords(rendered);
    const stillWorded = [...Object.values(doc.worded).flat(), ...(doc.keptPowers ?? [])].join('\n');
    // The paragraphs the style words render in, and where, so that each edit is written on its clause in order.
    const blocks = rendered.blocks.filter((b) => EDITABLE.has(b.id)).map((b) => ({ id: b.id, text: runsText(b.runs) }));
    const found: { target: string; at: number; style: string; filed: string; text: string }[] = [];
    const failed: string[] = [];
    for (const [text, reading] of used) {
        const recognised = !stillWorded.includes(reading.rewritten) && reproduces(words, stripListMarker(reading.rewritten));
        const places = recognised ? reading.edits.map((e) => locate(blocks, e.style)) : [];
        if (!recognised || places.some((p) => !p)) {
            failed.push(text);
            continue;
        }
        reading.edits.forEach((e, i) => found.push({ target: places[i]!.id, at: places[i]!.at, style: places[i]!.text, filed: sameEnds(e.style, places[i]!.text, e.filed), text }));
    }
    if (!found.length) return { failed };
    const clauses: AsFiledClause[] = [];
    for (const f of [...found].sort((a, b) => a.at - b.at)) {
        const clause = clauses.find((c) => c.target === f.target) ?? (clauses.push({ target: f.target, edits: [] }), clauses[clauses.length - 1]);
        clause.edits.push({ style: f.style, filed: f.filed });
    }
    // The file with its edits must render each sentence's filed words, every edit applied.
    const withEdits = await loadPoa(withAsFiled(poa, clauses), { validate: false });
    let unapplied: readonly UnappliedEdit[] = [];
    const final = renderedWords(renderDocument(withEdits.model, { onUnappliedEdits: (u) => { unapplied = u; } }));
    const accepted = new Set(found.map((f) => f.text));
    for (const text of accepted) {
        const edits = found.filter((f) => f.text === text);
        if (!reproduces(final, stripListMarker(text)) || edits.some((f) => unapplied.some((u) => u.edit.original === f.style && u.edit.filed === f.filed))) failed.push(text);
    }
    if (failed.length) return { failed };
    const keptWords = [...accepted].reduce((n, t) => n + used.get(t)!.edits.reduce((m, e) => m + e.words, 0), 0);
    // Worth it only if fewer words stay as written.
    if (wordedWords(doc) + keptWords >= wordedWords(before)) return { failed: [] };
    const originals = new Map([...accepted].map((t) => [used.get(t)!.rewritten, t]));
    return { reading: { doc, poa, clauses, originals, keptWords }, failed: [] };
}

/**
 * The filed words with the punctuation at their ends that the style's words lose where they are found in the rendering
 * (found by their words alone: "any and all capacities," renders "any and all capacities" followed by its own comma).
 */
function sameEnds(style: string, located: string, filed: string): string {
    const lead = /^[^A-Za-z0-9]*/.exec(style)![0];
    const trail = /[^A-Za-z0-9]*$/.exec(style)![0];
    let out = filed;
    if (trail && !located.endsWith(trail) && out.endsWith(trail)) out = out.slice(0, out.length - trail.length);
    if (lead && !located.startsWith(lead) && out.startsWith(lead)) out = out.slice(lead.length);
    return out;
}

/** Where the style's words (with their context) render: the paragraph, the offset and the words as rendered. */
function locate(blocks: readonly { id: string; text: string }[], style: string): { id: string; at: number; text: string } | undefined {
    const words = style.match(/[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*/g);
    if (!words) return undefined;
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^A-Za-z0-9]+'), 'i');
    for (const [k, b] of blocks.entries()) {
        const m = pattern.exec(b.text);
        if (m) return { id: b.id, at: k * 1e7 + m.index, text: m[0] };
    }
    return undefined;
}

/** The `.poa` text with its `as-filed` clauses, before the instrument's closing brace. */
export function withAsFiled(poa: string, clauses: readonly AsFiledClause[]): string {
    if (!clauses.length) return poa;
    const end = poa.lastIndexOf('}');
    const lines = ['', '    // imported as filed: these words differ from the clause\'s style; the clause is read with its style and renders the filed words.'];
    for (const c of clauses) {
        lines.push(`    as-filed ${c.target} {`);
        for (const e of c.edits) lines.push(`        reading ${JSON.stringify(e.style)} as ${JSON.stringify(e.filed)}`);
        lines.push('    }');
    }
    return `${poa.slice(0, end).replace(/\s*$/, '')}\n${lines.join('\n')}\n${poa.slice(end)}`;
}
