/**
 * The custom requests `poa/render` and `poa/status` (types in `protocol.ts`).
 * The core renders; this file only finds the document, waits until it is
 * checked (honouring cancellation) and translates. A bad request or a URI the
 * server does not know gets a ResponseError, never a crash.
 */
import { DocumentState, OperationCancelled, URI, isOperationCancelled, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { summarize } from './document-status.js';
import {
    RenderRequest, StatusRequest, type RenderParams, type RenderRequestOptions, type RenderResult, type StatusParams, type StatusResult
} from './protocol.js';
import type { ClauseGap } from '../language/render/clause-gaps.js';
import type { PoaModel } from '../language/model/poa-model.js';
import { modelOf, renderedOf } from './rendered-document.js';
import { SentRenderings } from './sent-renderings.js';
import { workspaceLoaded } from './workspace-manager.js';

const VOICES = ['undersigned', 'first-person'];

/** The missing clauses the checks reported, for the core to show in place. */
function clauseGaps(document: LangiumDocument): ClauseGap[] {
    return (document.diagnostics ?? [])
        .filter((d) => typeof d.code === 'string' && d.code.startsWith('poa/missing-'))
        .map((d) => ({ code: String(d.code), message: d.message }));
}
const LAYOUTS = ['prose', 'numbered'];

export class RenderRequestHandler {
    /** What `poa/render` sent, so that the next answer to a client that names it (`since`) carries only the changed blocks. */
    private readonly sent = new SentRenderings();

    constructor(private readonly shared: LangiumSharedCoreServices) {}

    register(connection: Connection): void {
        connection.onRequest(RenderRequest, (params, token) => this.guard(() => this.render(params, token)));
        connection.onRequest(StatusRequest, (params, token) => this.guard(() => this.status(params, token)));
    }

    async render(params: RenderParams, token?: CancellationToken): Promise<RenderResult> {
        const since = params?.since;
        if (since !== undefined && typeof since !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, '"since" must be the "rendering" of an earlier answer (a string).');
        const { result } = await this.renderWithModel(params, token);
        const { rendering, delta } = this.sent.send(result.uri, result.document, since);
        return delta ? { ...result, document: { ...result.document, blocks: [] }, rendering, delta } : { ...result, rendering };
    }

    /** The rendering and the semantic model it was rendered from (an export dates its file from the model). */
    async renderWithModel(params: RenderParams, token?: CancellationToken): Promise<{ result: RenderResult; model: PoaModel }> {
        const { gaps, ...options } = checkOptions(params?.options);
        const document = await this.checkedDocument(params, token);
        return {
            result: {
                uri: document.uri.toString(),
                version: document.textDocument.version,
                // Gaps only when asked for (the preview asks): exports, like `poa render`, show none.
                document: renderedOf(document, { ...options, gaps: gaps ? clauseGaps(document) : undefined }),
                summary: summarize(document.diagnostics ?? [])
            },
            model: modelOf(document)
        };
    }

    async status(params: StatusParams, token?: CancellationToken): Promise<StatusResult> {
        const document = await this.checkedDocument(params, token);
        return { uri: document.uri.toString(), version: document.textDocument.version, ...summarize(document.diagnostics ?? []) };
    }

    private async checkedDocument(params: { uri?: unknown } | undefined, token?: CancellationToken): Promise<LangiumDocument> {
        if (!params || typeof params.uri !== 'string' || params.uri.length === 0) {
            throw new ResponseError(ErrorCodes.InvalidParams, 'The request needs the document URI as "uri" (a string).');
        }
        let uri: URI;
        try {
            uri = URI.parse(params.uri);
        } catch {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${params.uri}" is not a valid document URI.`);
        }
        const documents = this.shared.workspace.LangiumDocuments;
        // While the server starts, the workspace must be scanned before anything can be found in it;
        // a workspace file the background has not checked yet is checked now.
        await workspaceLoaded(this.shared.workspace.WorkspaceManager, uri);
        if (!documents.hasDocument(uri) && this.shared.workspace.TextDocuments?.get(uri.toString())) {
            // Opened a moment ago: the editor sent it, and the build it started has not added it yet.
            await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        }
        if (!documents.hasDocument(uri)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `No POA document is open or in the workspace at ${params.uri}.`);
        }
        const document = documents.getDocument(uri)!;
        if (document.state < DocumentState.Validated) {
            try {
                await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
            } catch (err) {
                if (isOperationCancelled(err)) throw err;
                // A document no build is going to check (e.g. loaded but never validated): check it now.
                const current = documents.getDocument(uri) ?? document;
                await this.shared.workspace.DocumentBuilder.build([current], { validation: true }, token);
            }
        }
        if (token?.isCancellationRequested) throw OperationCancelled;
        // The document may have been replaced by a newer version while waiting.
        return documents.getDocument(uri) ?? document;
    }

    private async guard<T>(run: () => Promise<T>): Promise<T | ResponseError<void>> {
        try {
            return await run();
        } catch (err) {
            if (err instanceof ResponseError) return err;
            if (isOperationCancelled(err)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
            console.error(`poa request failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
            return new ResponseError(ErrorCodes.InternalError, 'The instrument could not be rendered as written; finish the clause being edited, or see the server log for details.');
        }
    }
}

function checkOptions(options: unknown): RenderRequestOptions {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object') throw new ResponseError(ErrorCodes.InvalidParams, '"options" must be an object with optional "voice", "layout" and "gaps".');
    const { voice, layout, gaps } = options as Record<string, unknown>;
    if (gaps !== undefined && typeof gaps !== 'boolean') throw new ResponseError(ErrorCodes.InvalidParams, '"gaps" must be true or false.');
    if (voice !== undefined && !VOICES.includes(voice as string)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `"voice" must be one of ${VOICES.join(', ')}.`);
    }
    if (layout !== undefined && !LAYOUTS.includes(layout as string)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `"layout" must be one of ${LAYOUTS.join(', ')}.`);
    }
    return { voice: voice as RenderRequestOptions['voice'], layout: layout as RenderRequestOptions['layout'], gaps: gaps === true };
}
