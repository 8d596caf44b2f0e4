// Loading a bundle (the CLI's, by bin/poa.js; the language server's, by
// dist/server.js: bin/server-start.js) with V8's compiled code cached between
// runs, so a start does not compile megabytes of JavaScript again. Node 22.1+
// has `module.enableCompileCache`, which is used when present; on Node 20 the
// bundle is compiled with `vm.Script` and its `cachedData`, written at the exit
// of the first run of each command (so the cache holds the functions that
// command ran, not only the top level; for the server, what a session ran).
// The cache lives in the user's cache folder
// (POA_CACHE_DIR, else $XDG_CACHE_HOME/poa-studio, ~/Library/Caches/poa-studio
// or %LOCALAPPDATA%\poa-studio\Cache), never beside the install, so a
// read-only install works; any problem with it (no folder, no permission, a
// stale or foreign file) falls back quietly to a plain require.
// POA_NO_COMPILE_CACHE=1 turns it off.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/** An entry not used for this long (by an install since removed, a Node since upgraded) is deleted when an entry is written. */
const UNUSED_MS = 30 * 24 * 3600 * 1000;
/** An entry in use has its date renewed at most this often, so a start rarely writes anything. */
const RENEW_MS = 24 * 3600 * 1000;

function cacheDir() {
    if (process.env.POA_CACHE_DIR) return process.env.POA_CACHE_DIR;
    const home = os.homedir();
    if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'poa-studio', 'Cache');
    if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'poa-studio');
    return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'poa-studio');
}

/**
 * Requires `file` (a CommonJS bundle) through the compile cache. `label` names
 * the cache entry (one per command, since each runs different code).
 */
function requireCached(file, label) {
    if (process.env.POA_NO_COMPILE_CACHE) return require(file);
    if (typeof Module.enableCompileCache === 'function') {
        try {
            Module.enableCompileCache(path.join(cacheDir(), 'node-compile-cache'));
        } catch {
            // no cache: compile as usual
        }
        return require(file);
    }
    let compiled;
    try {
        compiled = compile(file, label);
    } catch {
        return require(file);
    }
    const exports = run(compiled);
    // Registered after the bundle has run, so that at exit its own handlers (the server removes the preview's
    // temporary files) come first and the cache is written last.
    if (compiled.write) process.once('exit', compiled.write);
    return exports;
}

function compile(file, label) {
    const stat = fs.statSync(file);
    const source = fs.readFileSync(file, 'utf8');
    // V8 refuses data made by another V8 or under other flags (whether given on the command line or in NODE_OPTIONS),
    // and checks the source's length only. The name keeps one entry per install, V8 and flags (its cachedDataVersionTag),
    // build and command: the install's folder as a short hash, so two installs sharing the cache folder, or the server
    // started with and without SERVER_NODE_FLAGS, do not remove each other's. `stem` is what older builds share.
    const stem = `${path.basename(file, '.js')}-${label}-${folderHash(path.dirname(file))}-${v8.cachedDataVersionTag().toString(16)}-`.replace(/[^A-Za-z0-9.-]/g, '_');
    const key = `${stem}${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
    const dir = cacheDir();
    const cacheFile = path.join(dir, `${key.replace(/[^A-Za-z0-9.-]/g, '_')}.v8cache`);
    let cachedData;
    let entryTime = 0;
    try {
        cachedData = fs.readFileSync(cacheFile);
        entryTime = fs.statSync(cacheFile).mtimeMs;
    } catch {
        cachedData = undefined;
    }
    const options = { filename: file, cachedData };
    if (vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) options.importModuleDynamically = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
    const script = new vm.Script(Module.wrap(source), options);
    if (cachedData === undefined || script.cachedDataRejected) return { script, file, write: () => writeCache(script, dir, cacheFile, stem) };
    if (Date.now() - entryTime > RENEW_MS) renew(cacheFile);
    return { script, file };
}

/** Marks an entry as used (its date), so that it is not taken for an unused one. */
function renew(cacheFile) {
    try {
        const now = new Date();
        fs.utimesSync(cacheFile, now, now);
    } catch {
        // a read-only cache folder: the entry may be deleted after a month and written again
    }
}

function run({ script, file }) {
    const wrapper = script.runInThisContext({ displayErrors: true });
    const mod = new Module(file, module);
    mod.filename = file;
    mod.paths = Module._nodeModulePaths(path.dirname(file));
    mod.loaded = true;
    wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
    return mod.exports;
}

function writeCache(script, dir, cacheFile, stem) {
    try {
        const data = script.createCachedData();
        fs.mkdirSync(dir, { recursive: true });
        // Written under a temporary name, then renamed: a concurrent run never reads half a file.
        const temp = `${cacheFile}.${process.pid}.tmp`;
        try {
            fs.writeFileSync(temp, data);
            fs.renameSync(temp, cacheFile);
        } catch (err) {
            fs.rmSync(temp, { force: true });
            throw err;
        }
        removeStale(dir, path.basename(cacheFile), stem);
    } catch {
        // a read-only or missing cache folder: the next run compiles again
    }
}

/** FNV-1a of the folder's path, in hexadecimal: a name part, not a security measure. */
function folderHash(folder) {
    let h = 0x811c9dc5;
    for (let i = 0; i < folder.length; i++) h = Math.imul(h ^ folder.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
}

/**
 * Entries of older builds of the same install, V8, flags, bundle and command (`prefix`) are removed, so the folder
 * does not grow with each build; so are entries and half-written files unused for a month, whatever wrote them
 * (an install since removed: each version of the VS Code extension is a folder of its own; an older Node).
 */
function removeStale(dir, current, prefix) {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
        if (name === current || !(name.endsWith('.v8cache') || name.endsWith('.tmp'))) continue;
        const file = path.join(dir, name);
        try {
            if ((name.startsWith(prefix) && name.endsWith('.v8cache')) || now - fs.statSync(file).mtimeMs > UNUSED_MS) fs.rmSync(file, { force: true });
        } catch {
            // removed meanwhile by another run
        }
    }
}

module.exports = { requireCached, cacheDir };
