// The language server's start: esbuild.mjs bundles this file, with bin/compile-cache.js, into
// dist/server.js, the file every editor runs (`node dist/server.js --stdio`, the VS Code
// extension over Node IPC, bin/poa-language-server.js). It loads the server itself,
// dist/server-main.js (from server/main.ts), with V8's compiled code cached in the user's cache
// folder: compiling the 2 MB bundle is most of a start, some 100 ms of the 300 ms before the
// server answers `initialize`. The cache is written when a server that ran exits, so it holds
// what a session compiled; `--help` or a command line without a transport, which only print the
// usage, neither read nor write it (a cache written then would hold little, and be kept). A
// cache that cannot be read or written only costs that time.
// POA_NO_COMPILE_CACHE=1 turns it off; POA_CACHE_DIR chooses the folder.
'use strict';
const path = require('node:path');
const { requireCached } = require('./compile-cache.js');
const { commandLineAction } = require('../server/command-line.ts');

const main = path.join(__dirname, 'server-main.js');
if (commandLineAction(process.argv.slice(2)).run) requireCached(main, 'server');
else require(main);
