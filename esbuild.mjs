// Bundles the language server, the VS Code extension and the CLI, each to one
// CommonJS file in dist/. `node esbuild.mjs --watch` rebuilds on change.
// The CLI's DOCX and PDF writers are chunks of their own (dist/cli-docx-writer.js,
// dist/cli-pdf-writer.js), required on first use, so a text render neither
// compiles nor initialises the docx library, pdfkit or its fonts.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyRuntimeAssets } from './scripts/runtime-assets.mjs';
import { PREVIEW_OUT, previewBundleOptions } from './scripts/preview-bundle.mjs';
import { recordPoaGrammar } from './scripts/record-grammar.mjs';

/** What the CLI and the server load on demand: source module -> chunk beside dist/cli.js and dist/server.js. */
const cliChunks = [
    { entry: 'language/render/writers/render-docx.ts', out: 'dist/cli-docx-writer.js', module: /(^|\/)render-docx\.js$/, importer: /[\\/]write-document\.ts$/ },
    { entry: 'language/render/writers/render-pdf.ts', out: 'dist/cli-pdf-writer.js', module: /(^|\/)render-pdf\.js$/, importer: /[\\/]write-document\.ts$/ },
    // `poa import` (its recogniser) is a chunk of the CLI, and its readers of Word and PDF (mammoth, pdfjs:
    // several megabytes) chunks of the CLI and the server, so no other command or request compiles them.
    { entry: 'cli/import-command.ts', out: 'dist/cli-import-command.js', module: /(^|\/)import-command\.js$/, importer: /[\\/]cli[\\/]main\.ts$/ },
    { entry: 'language/import/read-docx.ts', out: 'dist/reader-docx.js', module: /(^|\/)read-docx\.js$/, importer: /[\\/]read-document\.ts$/ },
    { entry: 'language/import/read-pdf.ts', out: 'dist/reader-pdf.js', module: /(^|\/)read-pdf\.js$/, importer: /[\\/]read-document\.ts$/ }
];

/**
 * Makes the dynamic `import('./render-pdf.js')` of the writers' dispatcher (write-document.ts), bundled into the CLI, a run-time
 * `require('./cli-pdf-writer.js')` of its chunk: a plain require, so the chunk
 * loads the same way however dist/cli.js itself was loaded (bin/compile-cache.js).
 */
const chunkPlugin = (chunks) => ({
    name: 'poa-chunks',
    setup(build) {
        for (const chunk of chunks) {
            const file = './' + chunk.out.slice('dist/'.length);
            build.onResolve({ filter: chunk.module }, (args) =>
                args.kind === 'dynamic-import' && chunk.importer.test(args.importer) ? { path: file, namespace: 'poa-cli-chunk' } : undefined);
            build.onResolve({ filter: new RegExp(`^${file.replace(/[.]/g, '\\.')}$`), namespace: 'poa-cli-chunk' }, (args) => ({ path: args.path, external: true }));
            build.onLoad({ filter: /.*/, namespace: 'poa-cli-chunk' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
        }
    }
});
const cliChunkPlugin = chunkPlugin(cliChunks);
/** The server bundles pdfkit (the extension ships no node_modules), so only the readers are chunks there. */
const serverChunkPlugin = chunkPlugin(cliChunks.filter((c) => c.out.startsWith('dist/reader-')));

/**
 * Langium's document builder imports two names from vscode-languageserver-protocol,
 * which loads the whole protocol and its Node transport (sockets, pipes) on start;
 * the CLI speaks no LSP, so it gets those two names alone: the error class from
 * vscode-jsonrpc's message module and the LSP error codes it uses (LSP 3.17).
 */
const cliProtocolShimPlugin = {
    name: 'poa-cli-protocol-shim',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, (args) =>
            /[\\/]langium[\\/]lib[\\/]workspace[\\/]document-builder\.js$/.test(args.importer) ? { path: 'protocol-shim', namespace: 'poa-cli-protocol' } : undefined);
        build.onLoad({ filter: /.*/, namespace: 'poa-cli-protocol' }, () => ({
            contents: "export { ResponseError } from 'vscode-jsonrpc/lib/common/messages.js';\n" +
                'export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800 };\n',
            resolveDir: import.meta.dirname,
            loader: 'js'
        }));
    }
};

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Entry points; an entry whose source (or the source it `requires`) does not exist yet is skipped. */
const bundles = [
    // The language server, and what editors run: dist/server.js loads it with its compiled code cached (bin/server-start.js).
    { entry: 'server/main.ts', out: 'dist/server-main.js', external: [], plugins: [serverChunkPlugin] },
    { entry: 'bin/server-start.js', out: 'dist/server.js', external: [], requires: 'server/main.ts' },
    { entry: 'client/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
    // pdfkit reads its font metrics from its own folder at run time, so it stays a dependency.
    { entry: 'cli/main.ts', out: 'dist/cli.js', external: ['pdfkit'], plugins: [cliChunkPlugin, cliProtocolShimPlugin] },
    // What `poa --help` and `poa --version` print, answered by bin/poa.js without loading dist/cli.js.
    { entry: 'cli/usage.ts', out: 'dist/cli-usage.js', external: [] },
    // The worker thread of `poa batch` for large batches, loaded from beside dist/cli.js.
    { entry: 'cli/batch-worker.ts', out: 'dist/batch-worker.js', external: ['pdfkit'], plugins: [cliChunkPlugin, cliProtocolShimPlugin] },
    ...cliChunks.map((c) => ({ entry: c.entry, out: c.out, external: ['pdfkit'], plugins: [cliChunkPlugin, cliProtocolShimPlugin] }))
];

// Chevrotain's record of the grammar, taken once here so the shipped parser does not record it on every start
// (language/langium/recorded-grammar.ts). Not in watch mode: a grammar edited while watching would leave it stale.
const recordedGrammar = watch ? undefined : await recordPoaGrammar(import.meta.dirname);

const contexts = [];
for (const b of bundles) {
    if (!existsSync(b.entry) || (b.requires && !existsSync(b.requires))) continue;
    const ctx = await esbuild.context({
        entryPoints: [b.entry],
        outfile: b.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: b.external,
        plugins: b.plugins ?? [],
        sourcemap: !production,
        minify: production,
        logLevel: 'warning',
        // Langium's ESM modules use import.meta.url in a few places; give it a CommonJS equivalent.
        // __POA_BUNDLED__: shipped code builds its parser without Chevrotain's grammar self-checks
        // (language/langium/poa-parser.ts); the tests, run from source, keep them.
        // __POA_RECORDED_GRAMMAR__: the grammar as Chevrotain records it (a JSON string), or undefined to record on start.
        define: { 'import.meta.url': 'importMetaUrl', __POA_BUNDLED__: 'true', __POA_RECORDED_GRAMMAR__: recordedGrammar === undefined ? 'undefined' : JSON.stringify(recordedGrammar) },
        banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' }
    });
    contexts.push(ctx);
}

// The preview page, for the webview (a browser, not Node): written in TypeScript, loaded as media/preview.js.
contexts.push(await esbuild.context({ ...previewBundleOptions({ production }), outfile: PREVIEW_OUT }));

if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('esbuild: watching for changes');
} else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
}
// What bin/poa.sh's startup snapshot is built from and keyed by (bin/snapshot.js): the example it renders while
// building (examples/ is not installed) and an id of this build of the CLI and the snapshot's entry.
if (!watch) {
    copyFileSync('examples/hartford-2007-section16.poa', 'dist/snapshot-example.poa');
    const id = createHash('sha256').update(readFileSync('dist/cli.js')).update(readFileSync('bin/snapshot-entry.js')).digest('hex').slice(0, 16);
    writeFileSync('dist/cli.build-id', `${id}\n`);
} else {
    rmSync('dist/cli.build-id', { force: true }); // while watching, bin/poa.sh runs the bundle as it is, never a snapshot of an older one
}
// pdfkit's font metrics and the Unicode fallback font, which the server bundle reads beside itself.
if (existsSync('server/main.ts')) copyRuntimeAssets(import.meta.dirname);
