/**
 * The commands the server runs itself (`workspace/executeCommand`), so a code
 * lens works in any editor, not only in VS Code: the preview as an HTML file
 * opened in the browser, and the status for signing with its errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import { renderHtml } from '../language/render/writers/render-html.js';
import { clientSupport } from './client-support.js';
import { SERVER_PREVIEW_COMMAND, SERVER_STATUS_COMMAND } from './protocol.js';
import { RenderRequestHandler } from './render-request.js';

const MAX_LISTED_ERRORS = 5;

export class PoaExecuteCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        // Called by the base class's constructor, before `shared` is set: the commands read it when they run.
        const renderer = () => new RenderRequestHandler(this.shared);
        acceptor(SERVER_PREVIEW_COMMAND, async (args, token) => {
            const uri = this.documentUri(args);
            const rendered = await renderer().render({ uri }, token);
            const file = join(this.previewFolder(), `${basename(URI.parse(uri).path, '.poa') || 'instrument'}.html`);
            writeFileSync(file, renderHtml(rendered.document));
            const connection = this.shared.lsp.Connection;
            const opened = clientSupport(this.shared).showDocument && connection
                ? await connection.window.showDocument({ uri: pathToFileURL(file).toString(), external: true }).then((r) => r.success, () => false)
                : false;
            if (!opened) this.tell(`Preview (${rendered.summary.status}) written to ${file}: open it in a browser.`);
            return { uri: rendered.uri, file };
        });
        acceptor(SERVER_STATUS_COMMAND, async (args, token) => {
            const status = await renderer().status({ uri: this.documentUri(args) }, token);
            const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(status.uri));
            const errors = (document?.diagnostics ?? []).filter((d) => (d.severity ?? 1) === 1);
            const listed = errors.slice(0, MAX_LISTED_ERRORS).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
            if (errors.length > MAX_LISTED_ERRORS) listed.push(`and ${errors.length - MAX_LISTED_ERRORS} more`);
            this.tell([status.status, ...listed].join('\n'));
            return status;
        });
    }

    /**
     * The command's one argument, the document URI. Without it (Helix's `:lsp-workspace-command` sends none),
     * the one POA document open in the editor, if there is exactly one.
     */
    private documentUri(args: unknown[]): string {
        const uri = args?.[0];
        if (typeof uri === 'string' && uri !== '') return uri;
        const open = this.shared.workspace.TextDocuments.all();
        if ((args?.length ?? 0) === 0 && open.length === 1) return open[0].uri;
        throw new ResponseError(ErrorCodes.InvalidParams, `The command needs the document URI as its argument (${open.length} documents are open).`);
    }

    private folder: string | undefined;

    /**
     * A private folder (mode 0700) for this server's previews, made on first use and removed when the server
     * exits; a file per instrument, rewritten on each preview (a browser tab on it shows the new one on reload).
     */
    private previewFolder(): string {
        if (!this.folder) {
            const folder = mkdtempSync(join(tmpdir(), 'poa-preview-'));
            process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
            this.folder = folder;
        }
        return this.folder;
    }

    /** A `window/showMessage` notification (not the request, which a client may not answer). */
    private tell(message: string): void {
        void this.shared.lsp.Connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
}

