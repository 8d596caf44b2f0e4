// The CLI's V8 startup snapshot, used by bin/poa.sh (Linux and macOS). When the launcher
// finds no snapshot for this install, build and Node binary, it runs bin/poa.js with
// POA_SNAPSHOT_STAMP (where the stamp goes) and POA_SNAPSHOT_IDENTITY (what it must say);
// bin/poa.js then calls `scheduleBuild`, which builds one in a detached background process
// after the command has run. The build runs `node --build-snapshot bin/snapshot-entry.js`
// without NODE_OPTIONS, checks that the new snapshot starts and checks the bundled example,
// and only then renames it into place and writes the stamp (identity, the snapshot's file
// name, the install folder), so the launcher never sees half a file. Stamps of installs
// that are gone are removed with their snapshots. A failed build writes a stamp with
// no file name: the launcher then runs as usual without trying again until Node or the
// build changes. One build at a time per stamp (a lock file). Nothing is downloaded.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const ENTRY = path.join(__dirname, 'snapshot-entry.js');
/** The example rendered while building (copied to dist/ by esbuild.mjs, as examples/ is not installed). */
const EXAMPLE = path.join(DIST, 'snapshot-example.poa');
const LOCK_STALE_MS = 5 * 60 * 1000;
/** The install folder, the stamp's third line: a stamp whose folder is gone is removed with its snapshot. */
const INSTALL = path.join(__dirname, '..');

/** Takes the launcher's request out of the environment (so no child inherits it) and returns it, if any. */
function takeRequest(env = process.env) {
    const request = env.POA_SNAPSHOT_STAMP && env.POA_SNAPSHOT_IDENTITY ? { stamp: env.POA_SNAPSHOT_STAMP, identity: env.POA_SNAPSHOT_IDENTITY } : undefined;
    delete env.POA_SNAPSHOT_STAMP;
    delete env.POA_SNAPSHOT_IDENTITY;
    return request;
}

/** Starts `build(request)` in a detached process that outlives this one; any failure is quiet. */
function scheduleBuild(request) {
    try {
        const child = spawn(process.execPath, [__filename, request.stamp, request.identity], { detached: true, stdio: 'ignore', env: withoutNodeOptions() });
        child.on('error', () => {});
        child.unref();
    } catch {
        // no background build: the launcher keeps running bin/poa.js
    }
}

function withoutNodeOptions() {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    return env;
}

/** Builds the snapshot for `request` and writes its stamp; returns true when a snapshot is in place. */
function build({ stamp, identity }) {
    const dir = path.dirname(stamp);
    const lock = `${stamp}.lock`;
    try {
        fs.mkdirSync(dir, { recursive: true });
        if (!takeLock(lock)) return false;
    } catch {
        return false;
    }
    try {
        const name = `${path.basename(stamp, '.stamp')}-${process.pid}-${Date.now()}.blob`;
        const blob = path.join(dir, name);
        const temp = `${blob}.tmp`;
        const ok = make(temp);
        if (ok) fs.renameSync(temp, blob);
        else fs.rmSync(temp, { force: true });
        writeAtomically(stamp, `${identity}\n${ok ? name : ''}\n${INSTALL}\n`);
        removeOthers(dir, path.basename(stamp, '.stamp'), name);
        removeUninstalled(dir);
        return ok;
    } catch {
        return false;
    } finally {
        fs.rmSync(lock, { force: true });
    }
}

/** Writes the snapshot to `file` and checks that Node starts from it and that it checks the example. */
function make(file) {
    const env = { ...withoutNodeOptions(), POA_SNAPSHOT_BUNDLE: path.join(DIST, 'cli.js'), POA_SNAPSHOT_EXAMPLE: EXAMPLE };
    const built = spawnSync(process.execPath, ['--snapshot-blob', file, '--build-snapshot', ENTRY], { cwd: DIST, env, stdio: 'ignore', timeout: 120_000 });
    if (built.status !== 0 || !fs.existsSync(file)) return false;
    const tried = spawnSync(process.execPath, ['--snapshot-blob', file, 'check', EXAMPLE], { cwd: DIST, env: withoutNodeOptions(), encoding: 'utf8', timeout: 60_000 });
    return tried.status === 0 && /1 file checked: 0 errors/.test(`${tried.stdout}${tried.stderr}`);
}

function takeLock(lock) {
    try {
        fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
        return true;
    } catch {
        // Held by another build, unless that one died long ago.
        const age = Date.now() - fs.statSync(lock).mtimeMs;
        if (age < LOCK_STALE_MS) return false;
        fs.rmSync(lock, { force: true });
        return takeLock(lock);
    }
}

function writeAtomically(file, text) {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
}

/** Earlier snapshots of the same install, older than a minute (a launcher may have just picked one). */
function removeOthers(dir, prefix, keep) {
    for (const name of fs.readdirSync(dir)) {
        if (name === keep || !name.startsWith(`${prefix}-`) || !/^-\d+-\d+\.blob(\.tmp)?$/.test(name.slice(prefix.length))) continue;
        const file = path.join(dir, name);
        try {
            if (Date.now() - fs.statSync(file).mtimeMs > 60_000) fs.rmSync(file, { force: true });
        } catch {
            // gone already
        }
    }
}

/** Stamps and snapshots of installs that no longer exist (an uninstalled or moved package, a test's temporary one). */
function removeUninstalled(dir) {
    for (const name of fs.readdirSync(dir)) {
        if (!name.endsWith('.stamp')) continue;
        try {
            const [, blob, install] = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
            if (!install || fs.existsSync(path.join(install, 'dist', 'cli.js'))) continue;
            fs.rmSync(path.join(dir, name), { force: true });
            if (blob && /^[^/\\]+\.blob$/.test(blob)) fs.rmSync(path.join(dir, blob), { force: true });
        } catch {
            // read or removed by another build meanwhile
        }
    }
}

module.exports = { takeRequest, scheduleBuild, build };

if (require.main === module) build({ stamp: process.argv[2], identity: process.argv[3] });
