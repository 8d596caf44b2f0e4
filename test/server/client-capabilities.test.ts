/**
 * The server respects what the client declared in `initialize`, driven over
 * stdio like the editors that found the gaps: a minimal client (as Neovim 0.7
 * or eglot declare themselves: no snippets, plain-text hovers, no dynamic
 * registration of settings) and a VS Code-like one (snippets, Markdown,
 * dynamic registration, and the extension's own preview command).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeLensRequest, CompletionRequest, ConfigurationRequest, DidOpenTextDocumentNotification, ExecuteCommandRequest, HoverRequest,
    InitializeRequest, InitializedNotification, RegistrationRequest, SemanticTokensRequest, ShowMessageNotification,
    type ClientCapabilities, type CompletionItem, type CompletionList, type InitializeResult, type MarkupContent, type Registration
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPEN_PREVIEW_COMMAND, SERVER_PREVIEW_COMMAND, SERVER_STATUS_COMMAND } from '../../server/protocol.js';
import { REFERENCE_EXAMPLE } from './lsp-services.js';
import { buildBundle, positionOf, ROOT, startServer, stopServer, type ServerProcess } from './server-process.js';

const uri = pathToFileURL(REFERENCE_EXAMPLE).toString();
const text = readFileSync(REFERENCE_EXAMPLE, 'utf8');
const position = (needle: string, delta = 1) => positionOf(text, needle, delta);
/** An instrument with an empty line where a clause may start (line 1). */
const draftUri = pathToFileURL(join(ROOT, 'examples', 'draft-for-completion.poa')).toString();
const draft = 'poa Draft {\n    \n}\n';

/** What Neovim 0.7's built-in client and eglot declare, in substance. */
const MINIMAL: ClientCapabilities = {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: {
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['plaintext'] },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
    }
};
const VSCODE_LIKE: ClientCapabilities = {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] }
    }
};

interface Client {
    server: ServerProcess;
    init: InitializeResult;
    registrations: Registration[];
    messages: string[];
}

async function startClient(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<Client> {
    const server = startServer();
    const registrations: Registration[] = [];
    const messages: string[] = [];
    server.connection.onRequest(RegistrationRequest.type, (params) => { registrations.push(...params.registrations); });
    server.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
    server.connection.onNotification(ShowMessageNotification.type, (params) => messages.push(params.message));
    const init = await server.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null, capabilities, initializationOptions
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    for (const [u, t] of [[uri, text], [draftUri, draft]]) {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'poa', version: 1, text: t } });
    }
    await server.diagnostics(uri);
    return { server, init, registrations, messages };
}

const items = (result: CompletionList | CompletionItem[] | null) => (Array.isArray(result) ? result : result?.items ?? []);

let minimal: Client;
let vscode: Client;

beforeAll(async () => {
    buildBundle();
    [minimal, vscode] = await Promise.all([startClient(MINIMAL), startClient(VSCODE_LIKE, { clientCommands: [OPEN_PREVIEW_COMMAND] })]);
}, 120_000);

afterAll(async () => {
    await Promise.all([minimal, vscode].map((c) => stopServer(c?.server)));
});

describe('snippets only where the client declared snippetSupport', () => {
    test('a client without snippet support gets the clause completions as plain text, placeholders filled with their defaults', async () => {
        const list = items(await minimal.server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 1, character: 4 } }));
        const principal = list.find((i) => i.label === 'principal (person)');
        expect(principal).toBeDefined();
        expect(principal!.insertTextFormat).toBe(1);
        expect(principal!.insertText).toBe('principal id "Full Name" {\n    pronoun he\n    capacities individual, fiduciary, other\n}');
        expect(list.filter((i) => i.insertTextFormat === 2)).toEqual([]);
        // No documentationFormat declared: the notes come as plain strings, without the Markdown code fence.
        expect(principal!.documentation).toBe('principal id "Full Name" {\n    pronoun he\n    capacities individual, fiduciary, other\n}');
        expect(list.filter((i) => /\$\{?\d/.test(i.insertText ?? i.textEdit?.newText ?? ''))).toEqual([]);
    });

    test('a client with snippet support gets snippets with tab stops', async () => {
        const list = items(await vscode.server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 1, character: 4 } }));
        const principal = list.find((i) => i.label === 'principal (person)');
        expect(principal!.insertTextFormat).toBe(2);
        expect(principal!.insertText).toContain('${1:id}');
    });
});

describe('hover in the formats the client asks for', () => {
    test('plain text, without Markdown markup, for a client that takes plain text only', async () => {
        const hover = await minimal.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position('form144 under') });
        const contents = hover!.contents as MarkupContent;
        expect(contents.kind).toBe('plaintext');
        expect(contents.value).toMatch(/^SEC Form 144\n\nNotice of Proposed Sale of Securities/);
        expect(contents.value).not.toMatch(/\*\*|`/);
    });

    test('Markdown for a client that lists it', async () => {
        const hover = await vscode.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: position('form144 under') });
        expect(hover!.contents).toMatchObject({ kind: 'markdown', value: expect.stringMatching(/^\*\*SEC Form 144\*\*/) });
    });
});

describe('code lenses run commands the client can run', () => {
    test('another editor: every lens names a command the server announced, none is empty', async () => {
        const lenses = await minimal.server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
        const announced = minimal.init.capabilities.executeCommandProvider?.commands ?? [];
        expect(announced).toEqual(expect.arrayContaining([SERVER_PREVIEW_COMMAND, SERVER_STATUS_COMMAND]));
        expect(lenses!.map((l) => l.command?.command)).toEqual([SERVER_STATUS_COMMAND, SERVER_PREVIEW_COMMAND]);
        for (const lens of lenses!) {
            expect(announced).toContain(lens.command!.command);
            expect(lens.command!.arguments).toEqual([uri]);
        }
    });

    test('the server\'s preview command writes the rendered instrument as HTML and says where', async () => {
        const result = await minimal.server.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_PREVIEW_COMMAND, arguments: [uri] }) as { file: string };
        expect(existsSync(result.file)).toBe(true);
        const html = readFileSync(result.file, 'utf8');
        expect(html).toContain('Alan J. Kreczko');
        expect(html).toContain('THE HARTFORD FINANCIAL SERVICES GROUP, INC.');
        await expect.poll(() => minimal.messages.find((m) => m.includes(result.file))).toBeTruthy();
    });

    test('the status lens\'s command shows the status for signing', async () => {
        const result = await minimal.server.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_STATUS_COMMAND, arguments: [uri] }) as { status: string };
        expect(result.status).toMatch(/^Ready to sign/);
        await expect.poll(() => minimal.messages.find((m) => m.startsWith(result.status))).toBeTruthy();
    });

    test('a command without the document URI is refused with a reason, not a crash', async () => {
        await expect(minimal.server.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_PREVIEW_COMMAND, arguments: [] }))
            .rejects.toThrow(/document URI/);
    });

    test('the preview files go in a folder of the server\'s own, removed when the server exits', async () => {
        const own = await startClient(MINIMAL);
        const { file } = await own.server.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_PREVIEW_COMMAND, arguments: [uri] }) as { file: string };
        expect(basename(dirname(file))).toMatch(/^poa-preview-/);
        expect(existsSync(file)).toBe(true);
        await stopServer(own.server);
        expect(own.server.process.exitCode).toBe(0);
        expect(existsSync(dirname(file))).toBe(false);
    });

    test('VS Code, which says it handles poa.openPreview, gets its own preview command', async () => {
        const lenses = await vscode.server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
        expect(lenses!.map((l) => l.command?.command)).toEqual([SERVER_STATUS_COMMAND, OPEN_PREVIEW_COMMAND]);
    });
});

describe('dynamic registrations only where the client supports them; file watching limited to .poa files', () => {
    test('a client without dynamic registration of settings is not asked to register didChangeConfiguration', async () => {
        await expect.poll(() => minimal.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
        expect(minimal.registrations.map((r) => r.method)).not.toContain('workspace/didChangeConfiguration');
    });

    test('a client that declares no dynamic registration at all is asked to register nothing', async () => {
        const bare = await startClient({});
        try {
            await bare.server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
            expect(bare.registrations).toEqual([]);
        } finally {
            await stopServer(bare.server);
        }
    });

    test('a client with it is; and the watcher covers **/*.poa only', async () => {
        await expect.poll(() => vscode.registrations.map((r) => r.method)).toContain('workspace/didChangeConfiguration');
        for (const client of [minimal, vscode]) {
            const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
            expect(watch?.registerOptions).toEqual({ watchers: [{ globPattern: '**/*.poa' }] });
        }
    });
});

describe('semantic tokens colour keywords, strings and comments too', () => {
    test('the reference example: keywords, strings, numbers and comments are tokens, and no two tokens overlap', async () => {
        const legend = minimal.init.capabilities.semanticTokensProvider!.legend;
        const { data } = (await minimal.server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
        const tokens: { line: number; char: number; length: number; type: string }[] = [];
        let line = 0;
        let char = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
            char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
            tokens.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] });
        }
        const lines = text.split('\n');
        const at = (type: string) => tokens.filter((t) => t.type === type).map((t) => lines[t.line].slice(t.char, t.char + t.length));
        expect(at('keyword')).toEqual(expect.arrayContaining(['poa', 'kind', 'principal', 'agents', 'issuer', 'grant']));
        expect(at('string')).toContain('"Alan J. Kreczko"');
        expect(at('comment')[0]).toBe('// Section 16 power of attorney of Alan J. Kreczko for The Hartford, July 26, 2007');
        expect(at('class')).toContain('kreczko');
        for (let i = 1; i < tokens.length; i++) {
            const [a, b] = [tokens[i - 1], tokens[i]];
            if (a.line === b.line) expect(b.char, `tokens overlap on line ${b.line + 1}`).toBeGreaterThanOrEqual(a.char + a.length);
        }
    });
});

describe('the command line', () => {
    test('started without a transport flag, the server prints its usage and exits with status 2, without a stack trace', async () => {
        const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js')], { cwd: ROOT });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += String(d)));
        child.stderr.on('data', (d) => (err += String(d)));
        const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        expect(status).toBe(2);
        expect(out).toBe('');
        expect(err).toMatch(/^usage: poa-language-server --stdio \| --node-ipc/);
        expect(err).not.toMatch(/\n\s+at /);
    });
});
