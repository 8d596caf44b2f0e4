#!/usr/bin/env node
// The `poa` command: runs the bundled CLI (built by `npm run build`), with its
// compiled code cached between runs (bin/compile-cache.js).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
    console.error('poa: the CLI is not built yet; run `npm run build` first.');
    process.exit(2);
}
const command = process.argv[2];
const label = ['check', 'render', 'batch', 'new', 'rules'].includes(command) ? command : 'other';
require('./compile-cache.js').requireCached(bundle, label).runCli();
