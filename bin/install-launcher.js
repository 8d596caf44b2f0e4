// npm's postinstall: on Linux and macOS, puts bin/poa.sh (the launcher that starts the CLI
// from a V8 startup snapshot, bin/snapshot.js) in place of bin/poa, the file npm links
// `poa` to. Not on Windows, where npm's shim reads the file's first line and would need
// a POSIX shell for it: there bin/poa stays the Node script that runs bin/poa.js. Not in
// a git checkout either (the file is committed there; run bin/poa.sh directly). Installed
// with --ignore-scripts, or when the folder cannot be written, bin/poa stays as shipped:
// the same commands, without the snapshot. Nothing is downloaded, and the install never
// fails because of this.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function installLauncher(root = path.join(__dirname, '..'), platform = process.platform) {
    if (platform === 'win32' || fs.existsSync(path.join(root, '.git'))) return false;
    const target = path.join(root, 'bin', 'poa');
    const temp = `${target}.${process.pid}.tmp`;
    try {
        fs.writeFileSync(temp, fs.readFileSync(path.join(root, 'bin', 'poa.sh')), { mode: 0o755 });
        fs.chmodSync(temp, 0o755);
        fs.renameSync(temp, target);
        return true;
    } catch {
        fs.rmSync(temp, { force: true });
        return false;
    }
}

module.exports = { installLauncher };

if (require.main === module) installLauncher();
