// Starting the CLI from a V8 startup snapshot: a copy of the heap taken after
// the bundle was loaded and had checked and rendered a few starter instruments,
// so a run does not load the bundle, record Chevrotain's grammar, build the
// lexer and parser or compute their lookahead again (about two thirds of a
// `poa render` on Node 20). A snapshot belongs to one Node binary, so it is
// built on this machine, after the second run of each build of the CLI
// (`node --build-snapshot`, about half a second, once), into the user's cache
// folder beside the compiled-code cache (bin/compile-cache.js). A run with it is
// a second Node process started by bin/poa.js, which costs less than the start
// it saves. It is used only when bin/poa.js was started without Node options
// of its own (`node --inspect bin/poa.js ...` runs in-process, as written), and
// any problem (an old Node, no cache folder, a failed build or probe, a blob
// of the wrong size) falls back quietly to running in-process.
// POA_NO_COMPILE_CACHE=1 turns it off with the compile cache.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const { cacheDir } = require('./compile-cache.js');

const PREFIX = 'cli-snapshot-';

/** Whether this Node can build and start from a user-land snapshot, and this run may use one. */
function usable() {
    if (process.env.POA_NO_COMPILE_CACHE) return false;
    if (process.execArgv.length > 0) return false;
    return Boolean(v8.startupSnapshot) && typeof v8.startupSnapshot.setDeserializeMainFunction === 'function';
}

/**
 * The first part of a blob's name: the install (two installs must not replace
 * each other's snapshot on every run), the Node binary and NODE_OPTIONS (a
 * snapshot only starts in the binary, with the V8 options, that built it).
 */
function family(bundle) {
    const key = [bundle, process.execPath, process.version, process.arch, process.platform, process.env.NODE_OPTIONS ?? ''].join('\0');
    return `${PREFIX}${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}-`;
}

/** A 32-bit FNV-1a hash of `text` in hex (a name, not a security check; node:crypto would cost each start 2 ms). */
function fnv1a(text, seed) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

/** The blob's file name (without its size): one per build of the bundle and Node binary. */
function blobName(bundle) {
    const stat = fs.statSync(bundle);
    return `${family(bundle)}${stat.size}-${Math.floor(stat.mtimeMs)}`;
}

/** What findBlob returns when this Node could not build or start a snapshot of this build: runs stay in-process, without trying again. */
const FAILED = 'failed';

/**
 * The ready blob for this build (its size is in its name, so a truncated or
 * overwritten one is not used), FAILED, or undefined when there is none yet.
 */
function findBlob(dir, name) {
    let entries;
    try {
        entries = fs.readdirSync(dir);
    } catch {
        return undefined;
    }
    if (entries.includes(`${name}.failed`)) return FAILED;
    for (const entry of entries) {
        const m = entry.startsWith(`${name}-`) ? /-(\d+)\.blob$/.exec(entry) : null;
        if (!m) continue;
        const file = path.join(dir, entry);
        try {
            if (fs.statSync(file).size === Number(m[1])) return file;
        } catch {
            continue;
        }
        fs.rmSync(file, { force: true });
    }
    return undefined;
}

/**
 * Runs the CLI from its snapshot in a child process when one is ready, and
 * returns the child's exit status; otherwise returns undefined (the caller runs
 * the CLI in-process) and, when this run may use snapshots, builds one when the
 * process exits.
 */
function runFromSnapshot(bundle, launcher) {
    if (!usable()) return undefined;
    let dir, name, blob;
    try {
        dir = cacheDir();
        name = blobName(bundle);
        blob = findBlob(dir, name);
    } catch {
        return undefined;
    }
    if (blob === FAILED) return undefined;
    if (!blob) {
        // The first run of a build only notes that it ran: a one-off run (a CI job with an empty cache) never pays for a build.
        const seen = path.join(dir, `${name}.seen`);
        if (fs.existsSync(seen)) process.once('exit', () => buildSnapshot(bundle, launcher, dir, name));
        else process.once('exit', () => note(dir, seen));
        return undefined;
    }
    const r = spawnSync(process.execPath, ['--snapshot-blob', blob, launcher, ...process.argv.slice(2)], { stdio: 'inherit', windowsHide: true });
    if (r.error) return undefined;
    if (r.signal) {
        process.kill(process.pid, r.signal);
        return 1;
    }
    return r.status ?? 1;
}

/**
 * The snapshot's entry script (run by `node --build-snapshot`, which allows no
 * require() but of Node's own modules): the bundle, whose require() goes to the
 * bundle's own folder once the snapshot runs, then `prepareSnapshot`.
 */
function entryScript(bundle) {
    const source = fs.readFileSync(bundle, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    return [
        "'use strict';",
        'let poaRequire = require;',
        'const poaModule = { exports: {} };',
        '(function (exports, require, module, __filename, __dirname) {',
        source,
        `})(poaModule.exports, (id) => poaRequire(id), poaModule, ${JSON.stringify(bundle)}, ${JSON.stringify(path.dirname(bundle))});`,
        `(${prepareSnapshot.toString()})(poaModule.exports, (r) => { poaRequire = r; }, ${JSON.stringify(bundle)});`,
        ''
    ].join('\n');
}

/**
 * Runs inside `node --build-snapshot` (so it may require Node's own modules
 * only): writes, checks and renders the starter instruments of `poa new` in a
 * temporary folder, so the snapshot holds the parser with its lookahead built
 * and the catalogs and phrasebook loaded, and names the function a run from the
 * snapshot starts with.
 */
function prepareSnapshot(cli, setRequire, bundle) {
    const fs = require('node:fs');
    const os = require('node:os');
    const path = require('node:path');
    const v8 = require('node:v8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-snapshot-'));
    const io = { stdout() {}, stderr() {}, isTty: false, cwd: dir };
    const warm = async () => {
        try {
            for (const kind of ['section16', 'securities', 'general', 'limited', 'healthcare']) {
                await cli.main(['new', '--kind', kind, '-o', `${kind}.poa`], io);
                await cli.main(['check', `${kind}.poa`], io);
                await cli.main(['render', `${kind}.poa`, '--format', 'text'], io);
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    };
    void warm();
    v8.startupSnapshot.setDeserializeMainFunction(() => {
        // The chunks (the DOCX and PDF writers, `poa import`) and pdfkit, from the bundle's folder, when first required.
        let fromBundle;
        setRequire((id) => (fromBundle ??= require('node:module').createRequire(bundle))(id));
        cli.runCli();
    });
}

function note(dir, file) {
    try {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, '');
    } catch {
        // no cache folder: no snapshot either
    }
}

/** Builds, probes and stores the snapshot; any failure leaves nothing behind and is silent. */
function buildSnapshot(bundle, launcher, dir, name) {
    const temp = path.join(dir, `${name}.${process.pid}.tmp`);
    const entry = `${temp}.js`;
    try {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(entry, entryScript(bundle));
        const built = spawnSync(process.execPath, ['--snapshot-blob', temp, '--build-snapshot', entry], { stdio: 'ignore', timeout: 120000, windowsHide: true });
        // A run of the new snapshot must print the version, and nothing else.
        const probe = built.status === 0 && spawnSync(process.execPath, ['--snapshot-blob', temp, launcher, '--version'], { encoding: 'utf8', timeout: 60000, windowsHide: true });
        if (!probe || probe.status !== 0 || probe.stderr !== '' || !/^\d+\.\d+\.\d+\s*$/.test(probe.stdout)) {
            // Not again for this build (a timeout may be the machine's load: the next build tries again).
            if (!built.error && !(probe && probe.error)) {
                fs.writeFileSync(path.join(dir, `${name}.failed`), '');
                removeStale(dir, name, family(bundle));
            }
            return;
        }
        const size = fs.statSync(temp).size;
        const blob = path.join(dir, `${name}-${size}.blob`);
        fs.renameSync(temp, blob);
        removeStale(dir, name, family(bundle));
    } catch {
        // a read-only or missing cache folder, or a Node that cannot build it: runs stay in-process
    } finally {
        for (const file of [entry, temp, path.join(dir, `${name}.seen`)]) {
            try {
                fs.rmSync(file, { force: true });
            } catch {
                // nothing was written there
            }
        }
    }
}

/** The snapshots of other builds of this install for this Node are removed, so the folder does not grow with each build. */
function removeStale(dir, current, prefix) {
    for (const entry of fs.readdirSync(dir)) {
        if (entry.startsWith(`${current}-`) || entry.startsWith(`${current}.`) || !entry.startsWith(prefix)) continue;
        if (/\.(blob|failed|seen)$/.test(entry)) fs.rmSync(path.join(dir, entry), { force: true });
    }
}

module.exports = { runFromSnapshot };
