/** Spawns the bundled language server (`dist/server.js --stdio`) and connects to it as an editor would. */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { PublishDiagnosticsNotification, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

export const ROOT = join(__dirname, '..', '..');

export interface ServerProcess {
    process: ChildProcessWithoutNullStreams;
    connection: ProtocolConnection;
    exited: Promise<number | null>;
    stderr: () => string;
    /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
    diagnostics: (uri: string, accept?: (p: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>;
}

export function buildBundle(): void {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
}

export function startServer(): ServerProcess {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { cwd: ROOT });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const seen: PublishDiagnosticsParams[] = [];
    const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        seen.push(params);
        for (const w of [...waiters]) {
            if (w.uri === params.uri && w.accept(params)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(params);
            }
        }
    });
    connection.listen();
    return {
        process: child,
        connection,
        exited,
        stderr: () => err,
        diagnostics: (uri, accept = () => true) => new Promise((resolve) => {
            // Latest first: a later publication replaces an earlier one for the same document.
            const already = [...seen].reverse().find((p) => p.uri === uri);
            if (already && accept(already)) resolve(already);
            else waiters.push({ uri, accept, resolve });
        })
    };
}
