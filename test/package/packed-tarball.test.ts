/**
 * Installable outside the repository: `npm pack` makes a tarball that
 * `npm install -g` puts into an empty prefix without the registry (`--offline`:
 * pdfkit and DejaVu, the only packages the bundles read at run time, ship
 * inside it); the installed `poa` renders an instrument (text and PDF) and the
 * installed `poa-language-server` initializes over stdio and exports a PDF
 * with the data files it carries.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest, InitializeRequest, InitializedNotification, type InitializeResult } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportRequest } from '../../server/protocol.js';
import { buildBundle, ROOT, startServer, stopServer, type ServerProcess } from '../server/server-process.js';

const EXAMPLE = join(ROOT, 'examples', 'hartford-2007-section16.poa');
let scratch: string;
let prefix: string;
let bin: (name: string) => string;
let server: ServerProcess | undefined;

beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'poa-packed-'));
    // The installed commands' caches (compiled code, the startup snapshot) go here, not into the user's cache folder.
    process.env.POA_CACHE_DIR = join(scratch, 'cache-of-other-tests');
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, {
        cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }
    });
    // dist/ as `npm run build` leaves it (bundles, data/, fonts/), packed without re-running the build,
    // while no other test file rewrites it.
    buildBundle(() => npm(['pack', '--ignore-scripts', '--pack-destination', scratch], ROOT));
    const tarball = readdirSync(scratch).find((f) => /^poa-studio-.*\.tgz$/.test(f));
    if (!tarball) throw new Error(`npm pack wrote no poa-studio-*.tgz into ${scratch}`);
    prefix = join(scratch, 'prefix');
    // An empty prefix, and no registry: everything the package needs is in the tarball.
    npm(['install', '-g', '--offline', '--prefix', prefix, join(scratch, tarball)], scratch);
    bin = (name) => join(prefix, 'bin', name);
}, 240_000);

afterAll(async () => {
    await stopServer(server);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package, installed with npm install -g into an empty prefix', () => {
    test('installs both commands and the server\'s data files, and nothing of the repository\'s sources', () => {
        expect(existsSync(bin('poa'))).toBe(true);
        expect(existsSync(bin('poa-language-server'))).toBe(true);
        const installed = join(prefix, 'lib', 'node_modules', 'poa-studio');
        expect(existsSync(join(installed, 'dist', 'data', 'Times-Roman.afm'))).toBe(true);
        expect(existsSync(join(installed, 'dist', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
        expect(existsSync(join(installed, 'language'))).toBe(false);
        expect(existsSync(join(installed, 'test'))).toBe(false);
    });

    test('poa render prints the instrument and writes a PDF, run from outside the repository', () => {
        const text = execFileSync(bin('poa'), ['render', EXAMPLE], { cwd: scratch, encoding: 'utf8' });
        expect(text).toMatch(/^\s*POWER OF ATTORNEY/);
        expect(text).toContain('Ricardo A.\nAnzaldua');
        const out = join(scratch, 'kreczko.pdf');
        const pdf = spawnSync(bin('poa'), ['render', EXAMPLE, '--format', 'pdf', '-o', out], { cwd: scratch, encoding: 'utf8' });
        expect(pdf.stderr).toBe('');
        expect(pdf.status).toBe(0);
        expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    test('on Linux and macOS the installed poa is the snapshot launcher: it builds the snapshot after its first run and then starts from it', () => {
        if (process.platform === 'win32') return;
        const installed = join(prefix, 'lib', 'node_modules', 'poa-studio');
        expect(readFileSync(join(installed, 'bin', 'poa'), 'utf8')).toBe(readFileSync(join(ROOT, 'bin', 'poa.sh'), 'utf8'));
        expect(readFileSync(join(installed, 'bin', 'poa-language-server'), 'utf8')).toBe(readFileSync(join(ROOT, 'bin', 'poa-language-server.sh'), 'utf8'));
        const cache = join(scratch, 'cache');
        const env = { ...process.env, POA_CACHE_DIR: cache, NODE_OPTIONS: '', POA_NO_SNAPSHOT: '' };
        const render = (extra: Record<string, string> = {}) => spawnSync('sh', ['-x', bin('poa'), 'render', EXAMPLE], { cwd: scratch, encoding: 'utf8', env: { ...env, ...extra } });
        const first = render({ POA_SNAPSHOT_WAIT: '1' }); // builds it before exiting, instead of in the background
        expect(first.status).toBe(0);
        expect(first.stderr).toMatch(/\+ exec \S*node \S*poa\.js render/);
        const stamp = readdirSync(join(cache, 'snapshot')).find((f) => f.endsWith('.stamp'));
        const [, blob, folder] = readFileSync(join(cache, 'snapshot', stamp!), 'utf8').split('\n');
        expect(blob).toMatch(/\.blob$/);
        expect(folder).toBe(installed);
        const second = render();
        expect(second.status).toBe(0);
        expect(second.stderr).toMatch(/\+ exec \S*node --snapshot-blob \S+\.blob -- render/);
        expect(second.stdout).toBe(first.stdout);
        expect(second.stdout).toMatch(/^\s*POWER OF ATTORNEY/);
    }, 240_000);

    test('poa-language-server without a transport prints its usage and exits 2', () => {
        const run = spawnSync(bin('poa-language-server'), [], { cwd: scratch, encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^usage: poa-language-server --stdio/);
    });

    test('poa-language-server --stdio initializes and exports a PDF with the data files it carries', async () => {
        server = startServer({ command: bin('poa-language-server'), args: ['--stdio'] });
        const init: InitializeResult = await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}
        });
        expect(init.capabilities.hoverProvider).toBeTruthy();
        expect(init.capabilities.executeCommandProvider?.commands).toContain('poa.server.preview');
        await server.connection.sendNotification(InitializedNotification.type, {});
        const uri = pathToFileURL(EXAMPLE).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'poa', version: 1, text: readFileSync(EXAMPLE, 'utf8') } });
        await server.diagnostics(uri);
        const pdf = await server.connection.sendRequest(ExportRequest, { uri, format: 'pdf' });
        expect(Buffer.from(pdf.data, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // Helix's :lsp-workspace-command sends no argument: with one document open, the preview is of that one.
        const preview = await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'poa.server.preview' }) as { file: string };
        expect(readFileSync(preview.file, 'utf8')).toContain('Alan J. Kreczko');
    });
});
