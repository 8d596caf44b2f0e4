// The preview page's bundle: client/preview/webview/preview-page.ts -> media/preview.js,
// the script the webview loads (under its CSP, with a nonce). Shared by esbuild.mjs and
// the browser test (test/preview/preview-page.test.ts), which bundles the source itself.
export const PREVIEW_ENTRY = 'client/preview/webview/preview-page.ts';
export const PREVIEW_OUT = 'media/preview.js';

/** esbuild options of the page bundle (one classic script, no modules: the CSP allows the one nonce'd script). */
export function previewBundleOptions({ production = false } = {}) {
    return {
        entryPoints: [PREVIEW_ENTRY],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        sourcemap: false,
        minify: production,
        logLevel: 'warning'
    };
}
