// A minimal LSP client over stdio for the benchmark and the soak run: spawns
// the bundled server (`node <SERVER_NODE_FLAGS> dist/server.js --stdio`), frames JSON-RPC by hand
// (so the soak can also send malformed messages), times requests and reads
// the server's resident memory from /proc/<pid>/status. Loopback only.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** The Node flags the VS Code extension starts the server with (`SERVER_NODE_FLAGS` in server/protocol.ts; a test keeps the two equal). */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'];
/** What the extension changes in the server's environment (`SERVER_ENVIRONMENT` in server/protocol.ts; the same test). */
export const SERVER_ENVIRONMENT = { NODE_EXTRA_CA_CERTS: '' };

export class LspProcess {
    constructor(serverPath, { cwd, args = [] } = {}) {
        this.child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...args, serverPath, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENVIRONMENT } });
        this.nextId = 1;
        this.pending = new Map();
        this.listeners = new Set();
        this.buffer = Buffer.alloc(0);
        this.stderr = '';
        this.exitCode = undefined;
        this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => { this.exitCode = code ?? signal; resolve(this.exitCode); this.failPending(); }));
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.stderr.on('data', (d) => { this.stderr = (this.stderr + String(d)).slice(-20000); });
        this.child.stdin.on('error', () => undefined);
    }

    get pid() { return this.child.pid; }
    get alive() { return this.exitCode === undefined; }

    receive(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const match = /Content-Length: *(\d+)/i.exec(header);
            if (!match) throw new Error(`bad header from server: ${header}`);
            const length = Number(match[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(JSON.parse(body));
        }
    }

    dispatch(message) {
        const now = performance.now();
        if (message.id !== undefined && message.method) {
            // A request from the server (configuration, capability registration, progress): answer it.
            const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null;
            this.send({ jsonrpc: '2.0', id: message.id, result });
            return;
        }
        if (message.id !== undefined && message.id !== null && this.pending.has(message.id)) {
            const p = this.pending.get(message.id);
            this.pending.delete(message.id);
            p.resolve({ result: message.result, error: message.error, ms: now - p.start });
            return;
        }
        if (message.id === null && message.error) {
            // An answer to a message the server could not parse.
            for (const l of this.listeners) l({ method: '$/parseErrorResponse', params: message.error, at: now });
            return;
        }
        for (const l of this.listeners) l({ method: message.method, params: message.params, at: now });
    }

    failPending() {
        for (const [, p] of this.pending) p.resolve({ error: { code: -1, message: 'server exited' }, ms: NaN });
        this.pending.clear();
    }

    send(message) {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    writeRaw(bytes) {
        if (this.alive) this.child.stdin.write(bytes);
    }

    request(method, params) {
        const id = this.nextId++;
        return new Promise((resolve) => {
            this.pending.set(id, { resolve, start: performance.now() });
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method, params) {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** Resolves with the first notification matching `predicate` (or undefined after `timeoutMs`). */
    waitFor(predicate, timeoutMs = 60000) {
        return new Promise((resolve) => {
            const listener = (n) => {
                if (!predicate(n)) return;
                this.listeners.delete(listener);
                clearTimeout(timer);
                resolve(n);
            };
            const timer = setTimeout(() => { this.listeners.delete(listener); resolve(undefined); }, timeoutMs);
            this.listeners.add(listener);
        });
    }

    onNotification(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    waitForDiagnostics(uri, timeoutMs) {
        return this.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, timeoutMs);
    }

    async initialize({ rootUri = null, workspaceFolders = null } = {}) {
        const init = await this.request('initialize', {
            processId: process.pid, rootUri, workspaceFolders,
            capabilities: {
                workspace: { workspaceFolders: true, configuration: false },
                textDocument: {
                    publishDiagnostics: {}, hover: { contentFormat: ['markdown'] },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } }
                }
            }
        });
        if (init.error) throw new Error(`initialize failed: ${init.error.message}`);
        this.notify('initialized', {});
        return init;
    }

    /** Resident memory of the server process in MB (VmRSS), or NaN where /proc is not there. */
    rssMb() {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
            return kb / 1024;
        } catch {
            return NaN;
        }
    }

    /** CPU time the server's main thread has run, in ms (/proc/<pid>/schedstat, Linux; NaN elsewhere): unlike wall time, not stretched by other processes. */
    mainThreadCpuMs() {
        try {
            return Number(readFileSync(`/proc/${this.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        } catch {
            return NaN;
        }
    }

    async close() {
        if (!this.alive) return this.exitCode;
        const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms));
        await Promise.race([this.request('shutdown', null), timeout(5000)]);
        this.notify('exit', null);
        if ((await Promise.race([this.exited, timeout(5000)])) === 'timeout') this.child.kill('SIGKILL');
        return this.exitCode;
    }
}

/** Line/character of the `delta`-th character after the first occurrence of `needle` in `text`. */
export function positionOf(text, needle, delta = 0, from = 0) {
    const offset = text.indexOf(needle, from);
    if (offset < 0) throw new Error(`"${needle}" not in the text`);
    return positionAt(text, offset + delta);
}

export function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const line = (before.match(/\n/g) ?? []).length;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
