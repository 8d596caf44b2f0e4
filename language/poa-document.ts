/**
 * Loading a POA from text: parse, link and (optionally) check it with the
 * core services, and build its semantic model. The one entry point for hosts
 * without a language server (the CLI, the tests, the benchmarks).
 */
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Instrument } from './generated/ast.js';
import { buildModel, type ParameterData } from './model/build-model.js';
import { sharedModel } from './model/model-cache.js';
import type { PoaModel } from './model/poa-model.js';
import type { SourceRange } from './model/source-range.js';
import { createPoaServices } from './poa-module.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A diagnostic in plain data: what the CLI prints and the tests read. */
export interface PoaDiagnostic {
    severity: Severity;
    code: string;
    message: string;
    range: Pick<SourceRange, 'start' | 'end'>;
}

export interface LoadedPoa {
    document: LangiumDocument<Instrument>;
    model: PoaModel;
    diagnostics: PoaDiagnostic[];
}

export interface LoadOptions {
    uri?: string;
    data?: ParameterData;
    /** Run the checks (default true). Parse and linking errors are always reported. */
    validate?: boolean;
}

let services: ReturnType<typeof createPoaServices> | undefined;
let counter = 0;

/** The shared core services (created on first use). */
export function poaServices() {
    services ??= createPoaServices(EmptyFileSystem);
    return services;
}

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/**
 * Builds one document on its own: its names (scope computation), its links, the checks of
 * `categories`; Langium's services, in the order of Langium's build. A file is an instrument on its
 * own (files never refer to one another), so what Langium's workspace build adds is not needed here:
 * the document in the workspace's list, the index of what it offers other documents (nothing) and of
 * its references, the build's state and listeners, each phase awaited on its own. Without them a
 * build costs a quarter less in the CLI's loop, and nothing is left to remove afterwards.
 */
async function buildStandalone(document: LangiumDocument, categories: string[]): Promise<void> {
    const { Poa } = poaServices();
    document.localSymbols = await Poa.references.ScopeComputation.collectLocalSymbols(document);
    document.state = DocumentState.ComputedScopes;
    await Poa.references.Linker.link(document);
    document.state = DocumentState.Linked;
    document.diagnostics = await Poa.validation.DocumentValidator.validateDocument(document, { categories });
    document.state = DocumentState.Validated;
}

export async function loadPoa(text: string, options: LoadOptions = {}): Promise<LoadedPoa> {
    const { shared, Poa } = poaServices();
    // A URI of our own is made from its parts: parsing one (a regular expression, percent-decoding) cost more than the scope computation.
    const uri = options.uri !== undefined ? URI.parse(options.uri) : URI.from({ scheme: 'memory', path: `/document-${++counter}.poa` });
    const document = shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri);
    // Without the checks, Langium's built-in category still reports lexer, parser and linking errors.
    const categories = options.validate === false ? ['built-in'] : [...Poa.validation.ValidationRegistry.getAllValidationCategories(document)];
    await buildStandalone(document, categories);
    const diagnostics: PoaDiagnostic[] = (document.diagnostics ?? []).map((d) => ({
        severity: SEVERITY[d.severity ?? 1] ?? 'error',
        code: typeof d.code === 'string' ? d.code : String(d.data?.code ?? d.code ?? 'poa/syntax'),
        message: d.message,
        range: { start: { ...d.range.start }, end: { ...d.range.end } }
    }));
    // Without data the model is the one the checks built for this parse (model/model-cache.ts), not a second one.
    const root = document.parseResult.value;
    return { document, model: options.data ? buildModel(root, { data: options.data }) : sharedModel(root), diagnostics };
}
