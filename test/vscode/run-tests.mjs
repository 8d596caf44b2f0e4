// Runs the extension-host suite (test/vscode/suite, mocha) inside VS Code.
//
//   npm run test:vscode                    VS Code from VSCODE_EXECUTABLE, or downloaded
//                                          by @vscode/test-electron when the machine is online
//   npm run test:vscode -- --code-server   the same suite in code-server's VS Code 1.100
//                                          (offline; remote Node extension host, driven by Chromium)
//
// Offline, without VSCODE_EXECUTABLE and without --code-server, it says so and
// exits 1: it never reports success for tests it did not run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyRuntimeAssets } from '../../scripts/runtime-assets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = path.join(ROOT, 'test', 'vscode', 'suite', 'index.cjs');
const VSCODE_VERSION = '1.100.3';
const useCodeServer = process.argv.includes('--code-server');

async function online() {
    try {
        const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
        return res.ok;
    } catch {
        return false;
    }
}

function prepare() {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    copyRuntimeAssets(ROOT);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-vscode-test-'));
    const workspace = path.join(scratch, 'workspace');
    fs.mkdirSync(workspace);
    const reference = fs.readFileSync(path.join(ROOT, 'examples', 'hartford-2007-section16.poa'), 'utf8');
    fs.writeFileSync(path.join(workspace, 'hartford-2007-section16.poa'), reference);
    fs.writeFileSync(path.join(workspace, 'broken.poa'), reference.replace(/^\s*revocation\b.*\n/m, ''));
    return { scratch, workspace };
}

async function runInElectron() {
    const executable = process.env.VSCODE_EXECUTABLE;
    if (!executable && !(await online())) {
        console.error([
            'The extension-host suite was NOT run: it needs a VS Code to run in.',
            'This machine is offline, so @vscode/test-electron cannot download VS Code, and VSCODE_EXECUTABLE is not set.',
            'Set VSCODE_EXECUTABLE to a VS Code executable (e.g. /usr/share/code/code), or run',
            '    npm run test:vscode -- --code-server',
            "to run the same suite offline in code-server's VS Code (see scripts/e2e/README.md)."
        ].join('\n'));
        process.exit(1);
    }
    const { runTests } = await import('@vscode/test-electron');
    const { scratch, workspace } = prepare();
    try {
        await runTests({
            ...(executable ? { vscodeExecutablePath: executable } : { version: VSCODE_VERSION }),
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: SUITE,
            launchArgs: [
                workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
                `--user-data-dir=${path.join(scratch, 'user-data')}`, `--extensions-dir=${path.join(scratch, 'extensions')}`
            ]
        });
        console.log('extension-host suite passed');
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

async function runInCodeServer() {
    const { startCodeServer, launchBrowser } = await import('../../scripts/e2e/code-server.mjs');
    execFileSync('bash', [path.join(ROOT, 'scripts/e2e/install-code-server.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const { scratch, workspace } = prepare();
    const csDir = path.join(scratch, 'cs');
    let cs;
    let context;
    let exitCode = 1;
    try {
        const report = path.join(scratch, 'mocha-report.txt');
        cs = await startCodeServer({ workspaceDir: workspace, scratchDir: csDir, env: { POA_TEST_REPORT: report } });
        const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${pathToFileURL(p).pathname}`;
        // The web workbench takes the development extension and the tests from its `payload` (as @vscode/test-web does).
        const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(SUITE)]]);
        context = await launchBrowser(csDir);
        const page = context.pages()[0] ?? await context.newPage();
        const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
        await page.goto(`${cs.url}&payload=${encodeURIComponent(payload)}`);
        const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 300_000));
        exitCode = await Promise.race([done, timeout]);
        if (fs.existsSync(report)) console.log(fs.readFileSync(report, 'utf8'));
        else console.error('The suite wrote no report (did the extension host start it?).');
        if (exitCode === 'timeout') {
            console.error('The extension-host suite did not finish within 5 minutes.');
            exitCode = 1;
        }
    } finally {
        await context?.close().catch(() => {});
        await cs?.stop().catch(() => {});
        if (exitCode === 0) fs.rmSync(scratch, { recursive: true, force: true });
        else console.error(`Logs kept in ${scratch}`);
    }
    console.log(exitCode === 0 ? 'extension-host suite passed (code-server)' : `extension-host suite FAILED (exit code ${exitCode})`);
    process.exit(exitCode === 0 ? 0 : 1);
}

function findFiles(dir, pattern, out = []) {
    if (!fs.existsSync(dir)) return out;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) findFiles(p, pattern, out);
        else if (pattern.test(entry.name)) out.push(p);
    }
    return out;
}

try {
    await (useCodeServer ? runInCodeServer() : runInElectron());
} catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
}
