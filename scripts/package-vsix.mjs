// Packages the VS Code extension: `npm run package` -> poa-studio-<version>.vsix.
//
// Everything that runs is bundled by esbuild (dist/extension.js, dist/server.js),
// so the package ships no node_modules (`vsce --no-dependencies`). The one thing
// a bundle still reads from disk is pdfkit's font metrics (its `data/*.afm`,
// read from `__dirname + '/data'`), copied here to dist/data, and DejaVu Sans
// for characters outside the standard PDF fonts (dist/fonts). The script then
// checks that the server bundle needs no package at run time, and that the
// .vsix stays under 3 MB.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyRuntimeAssets } from './runtime-assets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 3 * 1024 * 1024;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const out = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const quiet = process.argv.includes('--quiet');
const log = (...a) => { if (!quiet) console.log(...a); };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'] });

log('Bundling (production) ...');
run(process.execPath, ['esbuild.mjs', '--production']);

copyRuntimeAssets(ROOT);

// The bundles may require only Node's own modules (and `vscode`, which VS Code provides).
const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode']);
for (const bundle of ['dist/server.js', 'dist/server-main.js', 'dist/extension.js']) {
    const text = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
    const needed = new Set();
    for (const m of text.matchAll(/\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g)) {
        const name = m[1];
        if (!allowed.has(name) && !allowed.has(name.split('/')[0])) needed.add(name);
    }
    if (needed.size) {
        console.error(`${bundle} requires packages that the .vsix does not ship: ${[...needed].join(', ')}`);
        process.exit(1);
    }
}

log('Packaging with vsce ...');
fs.rmSync(out, { force: true });
run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), [
    'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out
]);
const size = fs.statSync(out).size;
if (size > MAX_BYTES) {
    console.error(`${path.basename(out)} is ${(size / 1024 / 1024).toFixed(2)} MB, over the 3 MB limit.`);
    process.exit(1);
}
console.log(`${path.relative(process.cwd(), out) || out} (${(size / 1024).toFixed(0)} KB)`);
log(`Install it with: code --install-extension ${out}`);
