#!/usr/bin/env node
// The `poa` command: runs the bundled CLI (built by `npm run build`), with its
// compiled code cached between runs (bin/compile-cache.js); `poa --help` and
// `poa --version` are answered from dist/cli-usage.js alone. On Linux and macOS
// the installed `poa` is bin/poa.sh, which starts from a snapshot when it can
// (bin/snapshot.js) and runs this file otherwise.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
    console.error('poa: the CLI is not built yet; run `npm run build` first.');
    process.exit(2);
}
// Started by bin/poa.sh without a startup snapshot to use: build one, after this command, for the next run.
if (process.env.POA_SNAPSHOT_STAMP) {
    const snapshot = require('./snapshot.js');
    const request = snapshot.takeRequest();
    // POA_SNAPSHOT_WAIT=1 (the benchmarks): build it before exiting instead.
    if (request) process.once('exit', () => (process.env.POA_SNAPSHOT_WAIT ? snapshot.build(request) : snapshot.scheduleBuild(request)));
}
// Help, the version and an unknown command are answered from dist/cli-usage.js (a few kilobytes), without the bundle.
let quick;
try {
    quick = require('../dist/cli-usage.js').quickAnswer(process.argv.slice(2));
} catch {
    quick = undefined; // an older build without it: the bundle answers
}
if (quick) {
    process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
    process[quick.stream].write(quick.text);
    process.exitCode = quick.code;
} else {
    const command = process.argv[2];
    const label = ['check', 'render', 'batch', 'new', 'rules'].includes(command) ? command : 'other';
    require('./compile-cache.js').requireCached(bundle, label).runCli();
}
