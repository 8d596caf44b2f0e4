/**
 * Starts the bundled language server (`dist/server.js`) in a Node process
 * and talks to it over IPC. The server's log and, with `poa.trace.server`,
 * the protocol trace go to the "POA Language Server" output channel.
 */
import * as vscode from 'vscode';
import { OPEN_PREVIEW_COMMAND, SERVER_ENVIRONMENT, SERVER_NODE_FLAGS, type PoaInitializationOptions } from '../server/protocol.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        // The client adds `env` to the extension host's own environment.
        run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env: { ...SERVER_ENVIRONMENT } } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'], env: { ...SERVER_ENVIRONMENT } } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'poa' }],
        outputChannel: output,
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.poa') },
        // The preview lens runs this extension's own command, not the server's HTML preview.
        initializationOptions: { clientCommands: [OPEN_PREVIEW_COMMAND] } satisfies PoaInitializationOptions
    };
    // The id 'poa' makes the client read the `poa.trace.server` setting.
    return new LanguageClient('poa', 'POA Language Server', serverOptions, clientOptions);
}
