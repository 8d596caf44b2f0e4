/**
 * Import: a document (text, Word or PDF) in, a `.poa` file and a report out.
 * The text is read, normalised, split into sentences and recognised against
 * the phrasebook; the result is written in the language and loaded back
 * before it is returned, so that a file that would not parse is never handed
 * to the user.
 */
import { loadPoa } from '../poa-document.js';
import type { Kind } from '../model/poa-model.js';
import { ImportError } from './import-error.js';
import { countWords, type ClauseReport, type ImportReport } from './import-report.js';
import { normaliseText } from './normalise-text.js';
import { readDocumentText } from './read-document.js';
import { recogniseDocument } from './recognise-document.js';
import { recogniseForm, type RecognisedForm } from './recognise-form.js';
import { writeFormPoa } from './write-form-poa.js';
import { createRecogniser, type Recogniser } from './recogniser.js';
import { TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS } from './temporary-phrasebook.js';
import { acceptanceLineTemplates, phrasebookTemplates, SIGNATURE_SLOT_PATTERNS, signatureLineTemplates } from './phrasebook-templates.js';
import { NOTARY_SLOT_PATTERNS, notaryLineTemplates } from './notary-certificate.js';

/** The clauses recognised from the phrasebook's own templates, every style and variant (a set: order does not matter). */
const PHRASEBOOK_CLAUSES = ['acknowledgment', 'compensation', 'effective-line', 'indemnification', 'limitations', 'reliance', 'successors', 'testimonium'];
import type { PhraseTemplate, SlotPatterns } from './template-compiler.js';
import { keptOnExecution, writePoa } from './write-poa.js';
import type { NormalisedText } from './normalise-text.js';
import type { ImportedInstrument } from './imported-instrument.js';
import type { RecogniseOptions } from './recognise-document.js';
import { readTolerantly, withAsFiled, type FiledReading } from './filed-reading.js';
import { renderedWords, reproduces } from './verify-rendering.js';
import { renderDocument } from '../render/render-document.js';
import { inDocumentOrder } from './written-order.js';
import { stripListMarker } from './recogniser.js';

/** Rounds of checking the rendering; each round keeps more sentences as written, so a few suffice. */
const MAX_ROUNDS = 4;

export const KINDS: readonly Kind[] = ['section16', 'securities', 'general', 'limited', 'healthcare'];

export interface ImportOptions {
    kind?: Kind;
    jurisdiction?: string;
    /** The phrasebook to recognise against (today's renderer phrasings until the phrasebook lands). */
    phrasebook?: readonly PhraseTemplate[];
    slotPatterns?: SlotPatterns;
}

export interface ImportResult {
    poa: string;
    report: ImportReport;
}

let defaultRecogniser: Recogniser | undefined;

export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
    const { text, format } = await readDocumentText(bytes, fileName);
    return importText(text, fileName, options, format);
}

export async function importText(raw: string, fileName: string, options: ImportOptions = {}, format: ImportReport['format'] = 'text'): Promise<ImportResult> {
    if (options.kind && !KINDS.includes(options.kind)) throw new ImportError(`unknown kind '${options.kind}' (use ${KINDS.join(', ')})`);
    if (options.jurisdiction && !/^[A-Za-z_]\w*$/.test(options.jurisdiction)) throw new ImportError(`'${options.jurisdiction}' is not a jurisdiction (use federal, NY, CA, FL, TX, IL, DC or CO)`);
    const recogniser = options.phrasebook
        ? createRecogniser(options.phrasebook, options.slotPatterns ?? {})
        : (defaultRecogniser ??= createRecogniser([...TEMPORARY_PHRASEBOOK, ...phrasebookTemplates(PHRASEBOOK_CLAUSES), ...signatureLineTemplates(), ...acceptanceLineTemplates(), ...notaryLineTemplates()], { ...TEMPORARY_SLOT_PATTERNS, ...SIGNATURE_SLOT_PATTERNS, ...NOTARY_SLOT_PATTERNS }));
    const name = instrumentName(fileName);
    // A statutory form is recognised whole, against the form's own words, before any sentence is.
    const form = options.phrasebook ? undefined : recogniseForm(raw);
    if (form) return importForm(form, raw, fileName, name, format);
    const normalised = normaliseText(raw);
    const recognising = { kind: options.kind, jurisdiction: options.jurisdiction, name };
    let { doc, poa } = await recogniseAndWrite(normalised, recogniser, recognising, fileName);
    // A sentence kept as written that differs from a style by a few words is read with that style, the filed words kept as edits.
    let filed: FiledReading | undefined;
    if (!options.phrasebook) {
        filed = await readTolerantly(doc, normalised, (text) => recogniseAndWrite(text, recogniser, recognising, fileName));
        if (filed) ({ doc, poa } = filed);
    }
    // Clauses recognised in an order other than the renderer's are rendered in the file's order, when that keeps the document's.
    poa = await inDocumentOrder(poa, doc.sentences.map((s) => s.text));
    if (filed) poa = withAsFiled(poa, filed.clauses);

    const clauses = new Map<string, ClauseReport>();
    for (const s of doc.sentences) {
        if (!s.clause || !s.style) continue;
        const key = `${s.clause}:${s.style}`;
        const c = clauses.get(key);
        if (c) {
            c.sentences++;
            c.confidence = Math.min(c.confidence, s.confidence ?? 0);
        } else clauses.set(key, { clause: s.clause, style: s.style, confidence: s.confidence ?? 0, sentences: 1 });
    }
    const onExecution = keptOnExecution(doc);
    const keptAsWritten: ImportReport['keptAsWritten'] = [
        ...doc.sentences.filter((s) => s.keptOn).map((s) => ({ clause: onExecution && s.keptOn === 'compensation' ? 'execution' as const : s.keptOn!, text: s.text })),
        ...(doc.keptPowers ?? []).map((text) => ({ clause: 'grant' as const, text }))
    ];
    // A power kept in its own words (`power "..."`) counts as kept as written, as a worded override does.
    // So does an issuer's own words (`issuer ... worded "..."`: a definition the renderer does not word so); of an
    // issuer's first mention kept in its words, only the description the language does not word (its name and
    // definition are structure).
    const issuersWritten = [doc.issuer, ...(doc.otherIssuers ?? [])].flatMap((i) => (i?.written ? [i.written] : i?.description ? [i.description] : []));
    const worded = [...Object.values(doc.worded).flat(), ...(doc.keptPowers ?? []), ...(doc.agentsWorded ? [doc.agentsWorded] : []), ...issuersWritten].join(' ');
    // A sentence read tolerantly counts its filed words; only the words its edits keep count as kept as written.
    const words = doc.sentences.reduce((n, s) => n + countWords(filed?.originals.get(s.text) ?? s.text), 0);
    const wordsKeptAsWritten = Math.min(words, countWords(worded) + (filed?.keptWords ?? 0));
    return {
        poa,
        report: {
            source: baseName(fileName),
            format,
            clauses: [...clauses.values()],
            keptAsWritten,
            ...(filed ? { asFiled: filed.clauses.flatMap((c) => c.edits.map((e) => ({ clause: c.target, style: e.style, filed: e.filed }))) } : {}),
            setAside: doc.setAside,
            words,
            wordsKeptAsWritten,
            structuredShare: words ? Math.round(((words - wordsKeptAsWritten) / words) * 1000) / 1000 : 0
        }
    };
}

/** Recognise, write, render; a sentence whose clause does not render back to its words is kept as written, and again. */
async function recogniseAndWrite(normalised: NormalisedText, recogniser: Recogniser, options: RecogniseOptions, fileName: string): Promise<{ doc: ImportedInstrument; poa: string }> {
    const demoted = new Map<number, number>();
    let doc: ImportedInstrument;
    let poa: string;
    for (let round = 0; ; round++) {
        doc = recogniseDocument(normalised, recogniser, { ...options, demoted });
        poa = writePoa(doc, baseName(fileName));
        const loaded = await loadPoa(poa, { validate: false });
        const syntax = loaded.diagnostics.find((d) => d.severity === 'error');
        if (syntax) throw new ImportError(`${fileName}: the imported file would not parse (${syntax.message}, line ${syntax.range.start.line + 1}); nothing was written`);
        if (round === MAX_ROUNDS) break;
        const rendered = renderedWords(renderDocument(loaded.model));
        let changed = false;
        doc.sentences.forEach((s, i) => {
            if (s.clause && !s.keptOn && !reproduces(rendered, stripListMarker(s.text))) {
                demoted.set(i, (demoted.get(i) ?? 0) + 1);
                changed = true;
            }
        });
        if (!changed) break;
    }
    return { doc, poa };
}

async function importForm(form: RecognisedForm, raw: string, fileName: string, name: string, format: ImportReport['format']): Promise<ImportResult> {
    const poa = writeFormPoa(form, name, baseName(fileName));
    const loaded = await loadPoa(poa, { validate: false });
    const syntax = loaded.diagnostics.find((d) => d.severity === 'error');
    if (syntax) throw new ImportError(`${fileName}: the imported file would not parse (${syntax.message}, line ${syntax.range.start.line + 1}); nothing was written`);
    const words = countWords(raw.split(/\r?\n/).filter((l) => !/^#\s/.test(l)).join('\n'));
    const wordsKeptAsWritten = Math.min(words, form.unmatched.reduce((n, p) => n + countWords(p), 0));
    return {
        poa,
        report: {
            source: baseName(fileName),
            format,
            clauses: [{ clause: 'form', style: form.form.id, confidence: Math.round((form.matchedBlocks / form.blocks) * 100) / 100, sentences: form.matchedBlocks }],
            keptAsWritten: form.unmatched.map((text) => ({ clause: 'grant' as const, text })),
            setAside: [],
            words,
            wordsKeptAsWritten,
            structuredShare: words ? Math.round(((words - wordsKeptAsWritten) / words) * 1000) / 1000 : 0
        }
    };
}

function baseName(path: string): string {
    return path.split(/[\\/]/).pop() ?? path;
}

/** "sec16_affirm-levchin-2021.txt" → "Sec16AffirmLevchin2021". */
export function instrumentName(fileName: string): string {
    const words = baseName(fileName).replace(/\.[^.]*$/, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
    const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    return /^[A-Za-z_]/.test(name) ? name : `Imported${name}`;
}
