// Builds what the benchmark and the soak run against: the extension bundles
// (`node esbuild.mjs` -> dist/) and a small bundle of the core pipeline
// (`bench/core-entry.ts`), kept under node_modules/.cache so that pdfkit
// resolves from the project's node_modules.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = new URL('..', import.meta.url).pathname;
export const CACHE = join(ROOT, 'node_modules', '.cache', 'poa-bench');

export function buildDist() {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export async function loadCore() {
    mkdirSync(CACHE, { recursive: true });
    const outfile = join(CACHE, 'core.mjs');
    await esbuild.build({
        entryPoints: [join(ROOT, 'bench', 'core-entry.ts')],
        outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm',
        external: ['pdfkit'], logLevel: 'warning',
        // As in the shipped bundles (esbuild.mjs): the parser skips Chevrotain's grammar self-checks.
        define: { __POA_BUNDLED__: 'true' },
        banner: { js: "import { createRequire as __poaBenchRequire } from 'node:module'; const require = __poaBenchRequire(import.meta.url);" }
    });
    return import(pathToFileURL(outfile).href);
}

/** Sizes of the shipped bundles, as built and minified for production. */
export async function bundleSizes() {
    const { statSync, existsSync } = await import('node:fs');
    const entries = [
        { name: 'server', entry: 'server/main.ts', out: 'dist/server-main.js', external: [] },
        { name: 'extension', entry: 'client/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
        { name: 'cli', entry: 'cli/main.ts', out: 'dist/cli.js', external: ['pdfkit'] }
    ];
    const sizes = [];
    for (const e of entries) {
        if (!existsSync(join(ROOT, e.entry))) continue;
        const built = existsSync(join(ROOT, e.out)) ? statSync(join(ROOT, e.out)).size : NaN;
        const min = await esbuild.build({
            entryPoints: [join(ROOT, e.entry)], bundle: true, platform: 'node', target: 'node20', format: 'cjs',
            external: e.external, minify: true, write: false, logLevel: 'silent',
            define: { 'import.meta.url': 'importMetaUrl' }
        });
        sizes.push({ name: e.name, file: e.out, builtKb: built / 1024, minifiedKb: min.outputFiles[0].contents.length / 1024 });
    }
    return sizes;
}
