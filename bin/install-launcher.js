// npm's postinstall: on Linux and macOS, puts bin/poa.sh (the launcher that starts the CLI
// from a V8 startup snapshot, bin/snapshot.js) in place of bin/poa, the file npm links
// `poa` to, and bin/poa-language-server.sh (which passes the server's Node flags) in place
// of bin/poa-language-server. Not on Windows, where npm's shim reads the file's first line and would need
// a POSIX shell for it: there bin/poa stays the Node script that runs bin/poa.js. Not in
// a git checkout either (the files are committed there; run the .sh files directly). Installed
// with --ignore-scripts, or when the folder cannot be written, the files stay as shipped:
// the same commands, without the snapshot and the server's flags. Nothing is downloaded, and the install never
// fails because of this.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** The commands npm links (package.json's bin) that have a POSIX launcher `bin/NAME.sh`. */
const COMMANDS = ['poa', 'poa-language-server'];

/** Puts each launcher in place; returns the commands replaced. */
function installLauncher(root = path.join(__dirname, '..'), platform = process.platform) {
    if (platform === 'win32' || fs.existsSync(path.join(root, '.git'))) return [];
    return COMMANDS.filter((name) => replace(path.join(root, 'bin', name), path.join(root, 'bin', `${name}.sh`)));
}

function replace(target, launcher) {
    const temp = `${target}.${process.pid}.tmp`;
    try {
        fs.writeFileSync(temp, fs.readFileSync(launcher), { mode: 0o755 });
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
