// Bundles the language server, the VS Code extension and the CLI, each to one
// CommonJS file in dist/. `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { copyRuntimeAssets } from './scripts/runtime-assets.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Entry points; an entry whose source does not exist yet is skipped. */
const bundles = [
    { entry: 'server/main.ts', out: 'dist/server.js', external: [] },
    { entry: 'client/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
    // pdfkit reads its font metrics from its own folder at run time, so it stays a dependency.
    { entry: 'cli/main.ts', out: 'dist/cli.js', external: ['pdfkit'] },
    // The worker thread of `poa batch` for large batches, loaded from beside dist/cli.js.
    { entry: 'cli/batch-worker.ts', out: 'dist/batch-worker.js', external: ['pdfkit'] }
];

const contexts = [];
for (const b of bundles) {
    if (!existsSync(b.entry)) continue;
    const ctx = await esbuild.context({
        entryPoints: [b.entry],
        outfile: b.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: b.external,
        sourcemap: !production,
        minify: production,
        logLevel: 'warning',
        // Langium's ESM modules use import.meta.url in a few places; give it a CommonJS equivalent.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' }
    });
    contexts.push(ctx);
}

if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('esbuild: watching for changes');
} else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
}
// pdfkit's font metrics and the Unicode fallback font, which the server bundle reads beside itself.
if (existsSync('server/main.ts')) copyRuntimeAssets(import.meta.dirname);
