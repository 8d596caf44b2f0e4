/** Spawns the bundled language server (`dist/server.js --stdio`) and connects to it as an editor would. */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
    ExitNotification, PublishDiagnosticsNotification, ShutdownRequest, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

export const ROOT = join(__dirname, '..', '..');

export interface ServerProcess {
    process: ChildProcessWithoutNullStreams;
    connection: ProtocolConnection;
    exited: Promise<number | null>;
    stderr: () => string;
    /** The URIs diagnostics have been published for so far. */
    published: () => Set<string>;
    /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
    diagnostics: (uri: string, accept?: (p: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>;
}

/** The LSP position `delta` characters into the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
    const offset = text.indexOf(needle) + delta;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const LOCK = join(ROOT, 'dist', '.server-test-build.lock');

/**
 * `node esbuild.mjs`, one test file at a time: vitest runs files in parallel,
 * and a server spawned while another file rewrites the bundle would read half
 * a file. The lock is a directory (mkdir is atomic); a stale one (> 2 min) is broken.
 * `whileLocked` runs after the build, still under the lock (to copy or pack dist/ whole).
 */
export function buildBundle(whileLocked?: () => void): void {
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    const deadline = Date.now() + 120_000;
    for (;;) {
        try {
            mkdirSync(LOCK);
            break;
        } catch {
            try {
                if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
            } catch { /* released meanwhile */ }
            if (Date.now() > deadline) throw new Error('timed out waiting for another test to finish building dist/');
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        }
    }
    try {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
        whileLocked?.();
    } finally {
        rmSync(LOCK, { recursive: true, force: true });
    }
}

/**
 * Starts the bundled server (by default dist/server.js; `bundle` names a copy elsewhere, or `{ command, args }` another
 * start), with `env` added to this process's environment.
 */
export function startServer(bundle: string | { command: string; args: string[] } = join(ROOT, 'dist', 'server.js'), env: Record<string, string> = {}): ServerProcess {
    const [command, args] = typeof bundle === 'string' ? [process.execPath, [bundle, '--stdio']] : [bundle.command, bundle.args];
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
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
        published: () => new Set(seen.map((p) => p.uri)),
        diagnostics: (uri, accept = () => true) => new Promise((resolve) => {
            // Latest first: a later publication replaces an earlier one for the same document.
            const already = [...seen].reverse().find((p) => p.uri === uri);
            if (already && accept(already)) resolve(already);
            else waiters.push({ uri, accept, resolve });
        })
    };
}

/** Stops a server as an editor does (shutdown, exit), killing it if it has not gone within 5 s. */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
    if (!server || server.process.exitCode !== null) return;
    try {
        await Promise.race([
            (async () => {
                await server.connection.sendRequest(ShutdownRequest.type);
                await server.connection.sendNotification(ExitNotification.type);
                await server.exited;
            })(),
            new Promise((resolve) => setTimeout(resolve, 5000))
        ]);
    } catch { /* already gone */ }
    server.connection.dispose();
    if (server.process.exitCode === null) server.process.kill();
}
