/**
 * The core pipeline, stage by stage, for the benchmark (`bench/run.mjs`
 * bundles this file with esbuild): parse, link, validate, model, render and
 * the writers, each timed on its own. Not shipped; not a test.
 */
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { performance } from 'node:perf_hooks';
import type { Instrument } from '../language/generated/ast.js';
import { buildModel } from '../language/model/build-model.js';
import { createPoaServices } from '../language/poa-module.js';
import { renderDocument } from '../language/render/render-document.js';
import { renderDocx } from '../language/render/writers/render-docx.js';
import { renderHtml } from '../language/render/writers/render-html.js';
import { renderMarkdown } from '../language/render/writers/render-markdown.js';
import { renderPdf } from '../language/render/writers/render-pdf.js';
import { renderText } from '../language/render/writers/render-text.js';
import { prepareTemplate, renderWithData } from '../cli/template-job.js';

const { shared, Poa } = createPoaServices(EmptyFileSystem);
let counter = 0;

export interface StageTimes {
    parse: number;
    link: number;
    validate: number;
    model: number;
    render: number;
    text: number;
    html: number;
    markdown: number;
    docx: number;
    pdf: number;
    total: number;
    diagnostics: number;
    parseErrors: number;
}

/** One pass of the whole pipeline on `text`, each stage timed in milliseconds. */
export async function runStages(text: string, writers = true): Promise<StageTimes> {
    const uri = URI.parse(`memory:///bench-${++counter}.poa`);
    const documents = shared.workspace.LangiumDocuments;
    const t0 = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri) as LangiumDocument<Instrument>;
    documents.addDocument(document);
    const t1 = performance.now();
    try {
        // Indexing, scope computation and linking: Langium's build up to IndexedReferences, without checks.
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const t2 = performance.now();
        const diagnostics = await Poa.validation.DocumentValidator.validateDocument(document);
        document.diagnostics = diagnostics;
        document.state = DocumentState.Validated;
        const t3 = performance.now();
        const model = buildModel(document.parseResult.value);
        const t4 = performance.now();
        const tree = renderDocument(model);
        const t5 = performance.now();
        renderText(tree);
        const t6 = performance.now();
        let html = 0, markdown = 0, docx = 0, pdf = 0;
        if (writers) {
            let s = performance.now();
            renderHtml(tree); html = performance.now() - s; s = performance.now();
            renderMarkdown(tree); markdown = performance.now() - s; s = performance.now();
            await renderDocx(tree); docx = performance.now() - s; s = performance.now();
            await renderPdf(tree); pdf = performance.now() - s;
        }
        return {
            parse: t1 - t0, link: t2 - t1, validate: t3 - t2, model: t4 - t3, render: t5 - t4, text: t6 - t5,
            html, markdown, docx, pdf, total: t6 - t0,
            diagnostics: diagnostics.length,
            parseErrors: document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length
        };
    } finally {
        documents.deleteDocument(uri);
    }
}

/** Parser only, for profiling: CPU milliseconds (user + system) of `times` parses of `text`. */
export function parseCpu(text: string, times: number): number {
    const before = process.cpuUsage();
    for (let i = 0; i < times; i++) Poa.parser.LangiumParser.parse(text);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / times;
}

/**
 * What `poa render FILE --format text` does for one document once started, with the CLI's own code: load and
 * check the source (`prepareTemplate`), then render it (`renderWithData`). Unlike `runStages`, the model and its
 * rendering are the ones the checks made (as in the CLI), and the document's index entries are removed after it.
 * Milliseconds, or an error if the document does not render.
 */
export async function runCliRender(text: string): Promise<number> {
    const t0 = performance.now();
    const loaded = await prepareTemplate(text, `bench-${++counter}.poa`);
    if ('error' in loaded) throw new Error(loaded.error);
    const out = await renderWithData(loaded.template, {}, 'text');
    const ms = performance.now() - t0;
    if (typeof out !== 'string' || !out.length) throw new Error('no text rendered');
    return ms;
}
