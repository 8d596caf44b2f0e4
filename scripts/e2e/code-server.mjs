// Start code-server (VS Code 1.100 in the browser) and a headless Chromium for e2e tests.
//
// Offline only: code-server comes from scripts/e2e/install-code-server.sh (npm registry),
// Chromium from Debian (`apt-get install chromium`). See scripts/e2e/README.md.
//
//   import { startCodeServer, launchBrowser } from '../../scripts/e2e/code-server.mjs';
//   const cs = await startCodeServer({ vsix, workspaceDir, scratchDir });
//   const context = await launchBrowser(scratchDir);
//   const page = context.pages()[0] ?? await context.newPage();
//   await page.goto(cs.url);
//   ...
//   await context.close(); await cs.stop();

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const CODE_SERVER_BIN =
  process.env.CODE_SERVER_BIN ?? path.join(REPO_ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** User settings written to <user-data-dir>/User/settings.json (merged with opts.settings). */
export const DEFAULT_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'extensions.showRecommendationsOnlyOnDemand': true,
  'extensions.gallery.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
  'git.autofetch': false,
  'github.gitAuthentication': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Light Modern',
  // predictable editor for typing tests
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'window.commandCenter': false,
};

/** Ask the kernel for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function scratchEnv(scratchDir, extra = {}) {
  const d = (n) => path.join(scratchDir, n);
  const env = { ...process.env };
  // Keep VS Code from picking up anything of the invoking session.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_') || k === 'PASSWORD' || k === 'HASHED_PASSWORD' || k === 'PORT' || k === 'CODE_SERVER_CONFIG') delete env[k];
  }
  return {
    ...env,
    HOME: d('home'),
    XDG_CONFIG_HOME: d('xdg/config'),
    XDG_DATA_HOME: d('xdg/data'),
    XDG_CACHE_HOME: d('xdg/cache'),
    XDG_STATE_HOME: d('xdg/state'),
    XDG_RUNTIME_DIR: d('xdg/runtime'),
    TMPDIR: d('tmp'),
    ...extra,
  };
}

/** Every pid whose parent chain leads to rootPid (Linux /proc), deepest first. */
export function descendants(rootPid) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // pid (comm) state ppid ... ; comm may contain spaces/parens
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const out = [];
  const walk = (pid) => { for (const c of children.get(pid) ?? []) { walk(c); out.push(c); } };
  walk(rootPid);
  return out;
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

function killAll(pids, pgid, signal) {
  if (pgid) { try { process.kill(-pgid, signal); } catch { /* group gone */ } }
  for (const p of pids) { try { process.kill(p, signal); } catch { /* gone */ } }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(cmd, args, { env, cwd, logFile, timeoutMs = 120_000 }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', out, out], detached: true });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* ignore */ }
      reject(new Error(`${path.basename(cmd)} ${args.join(' ')} timed out; see ${logFile}`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); fs.closeSync(out); reject(e); });
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      fs.closeSync(out);
      // make sure nothing it forked survives
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* ignore */ }
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code ?? sig}; see ${logFile}:\n` + tail(logFile)));
    });
  });
}

function tail(file, n = 30) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n'); } catch { return ''; }
}

async function waitForHttp(url, { child, logFile, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}); log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) { await res.text(); return; }
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) { lastErr = e; }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (${lastErr}); log ${logFile}:\n${tail(logFile)}`);
}

/**
 * Start a fresh code-server on 127.0.0.1 with the given .vsix installed.
 *
 * @param {object} opts
 * @param {string|string[]} [opts.vsix]   packaged extension(s), installed with --install-extension before start
 * @param {string} [opts.workspaceDir]    folder opened in the workbench (url gets ?folder=...)
 * @param {string} opts.scratchDir        everything code-server writes goes below here (wiped per start)
 * @param {object} [opts.settings]        extra user settings merged over DEFAULT_SETTINGS
 * @param {string[]} [opts.extraArgs]     extra code-server CLI flags
 * @param {object} [opts.env]             extra environment variables
 * @param {number} [opts.timeoutMs=60000] how long to wait for the HTTP port
 * @returns {Promise<{url:string, baseUrl:string, port:number, pid:number, logFile:string,
 *                    userDataDir:string, extensionsDir:string, stop:() => Promise<void>}>}
 */
export async function startCodeServer({ vsix, workspaceDir, scratchDir, settings = {}, extraArgs = [], env: extraEnv = {}, timeoutMs = 60_000 } = {}) {
  if (!scratchDir) throw new Error('startCodeServer: scratchDir is required');
  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server not found at ${CODE_SERVER_BIN}; run: bash scripts/e2e/install-code-server.sh`);
  }
  scratchDir = path.resolve(scratchDir);
  const dirs = {
    userData: path.join(scratchDir, 'user-data'),
    extensions: path.join(scratchDir, 'extensions'),
  };
  const config = path.join(scratchDir, 'code-server.yaml');
  const logFile = path.join(scratchDir, 'code-server.log');
  // fresh state every time
  for (const d of ['user-data', 'extensions', 'home', 'xdg', 'tmp']) {
    await fsp.rm(path.join(scratchDir, d), { recursive: true, force: true });
  }
  await fsp.rm(logFile, { force: true });
  for (const d of [dirs.userData, dirs.extensions, 'home', 'xdg/config', 'xdg/data', 'xdg/cache', 'xdg/state', 'xdg/runtime', 'tmp']) {
    await fsp.mkdir(path.resolve(scratchDir, d), { recursive: true });
  }
  await fsp.chmod(path.join(scratchDir, 'xdg/runtime'), 0o700);

  const port = await freePort();
  await fsp.writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  await fsp.mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await fsp.writeFile(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );

  const env = scratchEnv(scratchDir, extraEnv);
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  for (const v of [vsix ?? []].flat()) {
    const abs = path.resolve(v);
    if (!fs.existsSync(abs)) throw new Error(`vsix not found: ${abs}`);
    await run(CODE_SERVER_BIN, [...common, '--force', '--install-extension', abs], { env, cwd: scratchDir, logFile });
  }

  const args = [
    ...common,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  if (workspaceDir) args.push(path.resolve(workspaceDir));

  const out = fs.openSync(logFile, 'a');
  // detached => own process group, so stop() can signal the whole tree
  const child = spawn(CODE_SERVER_BIN, args, { env, cwd: scratchDir, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  child.unref();

  let stopped = false;
  // Safety net: if the test process exits without calling stop(), still take the group down.
  const onExit = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', onExit);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    const pids = [...descendants(child.pid), child.pid];
    killAll(pids, child.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && pids.some(alive)) await sleep(100);
    // stragglers (incl. anything that re-parented itself or escaped the group)
    const left = [...new Set([...pids.filter(alive), ...descendants(child.pid)])];
    if (left.length || alive(child.pid)) {
      killAll(left, child.pid, 'SIGKILL');
      const d2 = Date.now() + 3000;
      while (Date.now() < d2 && left.some(alive)) await sleep(50);
    }
  };

  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(`${baseUrl}healthz`, { child, logFile, timeoutMs });
  } catch (e) {
    await stop();
    throw e;
  }
  const url = workspaceDir ? `${baseUrl}?folder=${encodeURIComponent(path.resolve(workspaceDir))}` : baseUrl;
  return { url, baseUrl, port, pid: child.pid, logFile, userDataDir: dirs.userData, extensionsDir: dirs.extensions, stop };
}

/**
 * Headless Debian Chromium via playwright-core, fresh persistent profile under scratchDir/chromium-profile.
 * Returns the BrowserContext; `await context.close()` ends Chromium.
 */
/**
 * Opens a persistent headless Chromium context with a fresh profile in scratchDir. `browser`
 * (from scripts/test-browser.mjs: { executablePath, env }) names another browser than
 * Debian's chromium at CHROMIUM_PATH, e.g. the one packed in @sparticuz/chromium.
 */
export async function launchBrowser(scratchDir, { viewport = { width: 1600, height: 1000 }, extraArgs = [], browser = { executablePath: CHROMIUM_PATH, env: {} }, ...rest } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = path.join(path.resolve(scratchDir), 'chromium-profile');
  await fsp.rm(profile, { recursive: true, force: true });
  await fsp.mkdir(profile, { recursive: true });
  const home = path.join(path.resolve(scratchDir), 'chromium-home');
  await fsp.mkdir(home, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
    env: { ...process.env, ...browser.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    ...rest,
  });
  // Playwright kills Chromium's process group on close, but Debian's chromium also starts
  // chrome_crashpad_handler daemons (own session, parent 1). Reap anything still naming our dirs.
  const close = context.close.bind(context);
  const killStrays = () => killMatching([profile, home]);
  const onExit = () => killStrays();
  process.once('exit', onExit);
  context.close = async (...args) => {
    try { await close(...args); } finally {
      process.removeListener('exit', onExit);
      killStrays();
    }
  };
  return context;
}

/** SIGKILL every process whose command line mentions one of `needles` (absolute paths of our scratch dirs). */
export function killMatching(needles) {
  const killed = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let cmd;
    try { cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8'); } catch { continue; }
    if (needles.some((n) => cmd.includes(n))) {
      try { process.kill(Number(name), 'SIGKILL'); killed.push(Number(name)); } catch { /* gone */ }
    }
  }
  return killed;
}
