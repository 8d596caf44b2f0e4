#!/usr/bin/env node
// The `poa-language-server` command: runs the bundled language server (built by
// `npm run build`). An editor starts it with `--stdio`; see docs/editors.md.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(bundle)) {
    console.error('poa-language-server: the server is not built yet; run `npm run build` first.');
    process.exit(2);
}
require(bundle);
