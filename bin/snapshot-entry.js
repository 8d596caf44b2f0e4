// The entry of `node --build-snapshot` (bin/snapshot.js runs it): loads dist/cli.js, renders
// one example so the parser, its lookahead and the render path are built, and sets the
// CLI as the snapshot's main function. A process started from the snapshot
// (`node --snapshot-blob FILE args`, by bin/poa.sh) skips all of that work.
// Node runs this file with a `require` of built-in modules only, so the bundle's own
// requires (its chunks, pdfkit) are resolved when the snapshot runs, from the bundle's folder.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const v8 = require('node:v8');
const Module = require('node:module');

const bundle = process.env.POA_SNAPSHOT_BUNDLE;
const example = process.env.POA_SNAPSHOT_EXAMPLE;
let bundleRequire;
const requireFromBundle = (id) => {
    if (Module.isBuiltin(id)) return require(id);
    bundleRequire ??= Module.createRequire(bundle);
    return bundleRequire(id);
};
const mod = { exports: {} };
const wrapper = vm.runInThisContext(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle });
wrapper.call(mod.exports, mod.exports, requireFromBundle, mod, bundle, path.dirname(bundle));
const cli = mod.exports;

let output = '';
const io = { stdout: (t) => { output += t; }, stderr: (t) => { output += t; }, isTty: false, cwd: path.dirname(example) };
cli.main(['render', example, '--format', 'text'], io).then((code) => {
    if (code !== 0 || !output.includes('POWER OF ATTORNEY')) throw new Error(`the example did not render:\n${output}`);
    v8.startupSnapshot.setDeserializeMainFunction(() => {
        // As if started as `node dist/cli.js args`: the CLI reads its arguments from argv[2].
        process.argv.splice(1, 0, bundle);
        cli.runCli();
    });
});
