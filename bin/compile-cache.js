// Loading a bundle (the CLI's, by bin/poa.js; the language server's, by
// dist/server.js: bin/server-start.js) with V8's compiled code cached between
// runs, so a start does not compile 1.5 MB of JavaScript again. Node 22.1+ has
// `module.enableCompileCache`, which is used when present; on Node 20 the
// bundle is compiled with `vm.Script` and its `cachedData`, written after the
// first run of each command, at exit (so the cache holds the functions that
// command ran, not only the top level; for the server, what a session ran). The cache lives in the user's cache folder
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
const vm = require('node:vm');

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
    return run(compiled);
}

function compile(file, label) {
    const stat = fs.statSync(file);
    const source = fs.readFileSync(file, 'utf8');
    // V8 checks the source and its own version and flags itself, and rejects data made under other flags; the name
    // keeps one entry per install, Node flags, build and command (the install's folder and the flags as a short hash,
    // so two installs sharing the cache folder, or the server started with and without SERVER_NODE_FLAGS, do not
    // remove each other's). `stem` is what older builds of the same entry share.
    const stem = `${path.basename(file, '.js')}-${label}-${folderHash([path.dirname(file), ...process.execArgv].join('\n'))}-`.replace(/[^A-Za-z0-9.-]/g, '_');
    const key = `${stem}${process.version}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
    const dir = cacheDir();
    const cacheFile = path.join(dir, `${key.replace(/[^A-Za-z0-9.-]/g, '_')}.v8cache`);
    let cachedData;
    try {
        cachedData = fs.readFileSync(cacheFile);
    } catch {
        cachedData = undefined;
    }
    const options = { filename: file, cachedData };
    if (vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) options.importModuleDynamically = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
    const script = new vm.Script(Module.wrap(source), options);
    if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeCache(script, dir, cacheFile, stem));
    return { script, file };
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
        fs.writeFileSync(temp, data);
        fs.renameSync(temp, cacheFile);
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

/** Entries of older builds of the same install, flags, bundle and command (`stem`) are removed, so the folder does not grow with each build. */
function removeStale(dir, current, prefix) {
    for (const name of fs.readdirSync(dir)) {
        if (name !== current && name.startsWith(prefix) && name.endsWith('.v8cache')) fs.rmSync(path.join(dir, name), { force: true });
    }
}

module.exports = { requireCached, cacheDir };
