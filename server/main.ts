/**
 * The POA language server. Started by an editor over stdio (`--stdio`) or
 * Node IPC (`--node-ipc`); `createConnection` picks the transport from the
 * command line. Works with a workspace of many `.poa` files or a single file.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { registerCrossFileChecks, workspaceCheck } from './cross-file-checks.js';
import { registerExportRequest } from './export-request.js';
import { registerIdleCollection } from './idle-memory.js';
import { createPoaLspServices } from './poa-lsp-module.js';
import { RenderRequestHandler } from './render-request.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Poa } = createPoaLspServices({ connection, ...NodeFileSystem });
new RenderRequestHandler(shared).register(connection);
registerCrossFileChecks(shared, connection, workspaceCheck(() => Poa.poa.clock.context()));
registerExportRequest(shared, connection);
registerIdleCollection(shared);
startLanguageServer(shared);
