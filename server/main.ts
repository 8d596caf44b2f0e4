/**
 * The POA language server. Started by an editor over stdio (`--stdio`) or
 * Node IPC (`--node-ipc`); `createConnection` picks the transport from the
 * command line (without one it prints its usage and exits with status 2).
 * Works with a workspace of many `.poa` files or a single file.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { commandLineAction } from './command-line.js';
import { registerCrossFileChecks, workspaceCheck } from './cross-file-checks.js';
import { registerCatalogRequest } from './catalog-request.js';
import { registerExportRequest } from './export-request.js';
import { registerIdleCollection } from './idle-memory.js';
import { registerImportRequest } from './import-request.js';
import { registerNewDocumentRequest } from './new-document-request.js';
import { createPoaLspServices } from './poa-lsp-module.js';
import { RenderRequestHandler } from './render-request.js';

const action = commandLineAction(process.argv.slice(2));
if (action.run) {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Poa } = createPoaLspServices({ connection, ...NodeFileSystem });
    new RenderRequestHandler(shared).register(connection);
    registerCrossFileChecks(shared, connection, workspaceCheck(() => Poa.poa.clock.context()));
    registerExportRequest(shared, connection);
    registerNewDocumentRequest(connection);
    registerCatalogRequest(shared, connection);
    registerImportRequest(connection);
    registerIdleCollection(shared);
    startLanguageServer(shared);
} else {
    (action.stream === 'stdout' ? process.stdout : process.stderr).write(`${action.output}\n`);
    process.exitCode = action.status;
}
