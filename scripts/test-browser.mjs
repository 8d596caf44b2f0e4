// The headless Chromium the browser tests drive (test/preview), found without
// anything beyond the npm registry:
//
//   1. a system Chromium, when one exists at $CHROMIUM_PATH (default
//      /usr/bin/chromium, Debian's `chromium`, which the e2e set-up installs);
//   2. otherwise the headless Chromium shipped inside the `@sparticuz/chromium`
//      npm package (a pinned devDependency): its brotli-packed binary is
//      unpacked once into node_modules/.cache/poa-test-chromium/<version>/,
//      together with the NSS, NSPR and expat libraries the package also ships,
//      so that the binary needs nothing from the system but glibc and libgcc_s
//      (both already needed by Node itself). Nothing is downloaded.
//
// Either way the result says where the browser came from; when neither works
// the error says why, so a test that needs a browser fails with a reason.
//
//   import { resolveTestBrowser } from '../../scripts/test-browser.mjs';
//   const browser = await resolveTestBrowser();   // { executablePath, env, source }

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where a system Chromium is looked for: $CHROMIUM_PATH, else Debian's. */
export function systemChromiumPath(env = process.env) {
    return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * The browser to launch: the system one if it exists, else the one packed in
 * @sparticuz/chromium (unpacked on first use). `cacheRoot` is where that one
 * is unpacked; a test of this set-up passes its own.
 */
export async function resolveTestBrowser({ env = process.env, cacheRoot = path.join(REPO_ROOT, 'node_modules', '.cache', 'poa-test-chromium') } = {}) {
    const system = systemChromiumPath(env);
    if (isExecutable(system)) return { executablePath: system, env: {}, source: `system Chromium at ${system}` };
    let pkgDir;
    try {
        // The package exports no ./package.json; find its folder from its entry point.
        pkgDir = packageRoot(require.resolve('@sparticuz/chromium'));
    } catch {
        throw new Error(`No Chromium for the browser tests: none at ${system} (set CHROMIUM_PATH, or apt-get install chromium), ` +
            'and the devDependency @sparticuz/chromium is not installed (run npm ci).');
    }
    const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
    const dir = path.join(cacheRoot, version);
    try {
        await unpackOnce(path.join(pkgDir, 'bin'), dir);
    } catch (error) {
        throw new Error(`No Chromium for the browser tests: none at ${system}, and unpacking the one in @sparticuz/chromium ${version} ` +
            `into ${dir} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return {
        executablePath: path.join(dir, 'chromium'),
        // The packed binary links NSS/NSPR/expat dynamically; use the copies shipped beside it.
        env: { LD_LIBRARY_PATH: [path.join(dir, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_PATH: path.join(dir, 'fonts') },
        source: `@sparticuz/chromium ${version} (unpacked in ${dir})`
    };
}

function xml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function packageRoot(file) {
    let dir = path.dirname(file);
    while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== '@sparticuz/chromium') {
        const up = path.dirname(dir);
        if (up === dir) throw new Error('@sparticuz/chromium has no package.json');
        dir = up;
    }
    return dir;
}

function isExecutable(file) {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/**
 * Unpacks chromium.br, the al2023 libraries and the fonts into `dir`, once:
 * into a fresh sibling folder first, renamed into place when complete, so a
 * run stopped half-way or a second run at the same time never sees half a browser.
 */
async function unpackOnce(binDir, dir) {
    if (fs.existsSync(path.join(dir, 'chromium'))) return;
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const work = fs.mkdtempSync(`${dir}.partial-`);
    try {
        const tar = require(require.resolve('tar-fs', { paths: [binDir] }));
        await pipeline(fs.createReadStream(path.join(binDir, 'chromium.br')), zlib.createBrotliDecompress(),
            fs.createWriteStream(path.join(work, 'chromium'), { mode: 0o755 }));
        // al2023.tar.br holds lib/ (NSS, NSPR, expat); fonts.tar.br holds fonts.conf and fonts/.
        await pipeline(fs.createReadStream(path.join(binDir, 'al2023.tar.br')), zlib.createBrotliDecompress(), tar.extract(work));
        fs.mkdirSync(path.join(work, 'fonts'));
        await pipeline(fs.createReadStream(path.join(binDir, 'fonts.tar.br')), zlib.createBrotliDecompress(), tar.extract(path.join(work, 'fonts')));
        // The packed fonts.conf names Lambda's folders; name ours, where they will be once renamed into place
        // (absolute: this fontconfig takes a relative cachedir from the working directory).
        const fonts = path.join(dir, 'fonts');
        fs.writeFileSync(path.join(work, 'fonts', 'fonts.conf'), '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n' +
            `<fontconfig>\n  <dir>${xml(path.join(fonts, 'fonts'))}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${xml(path.join(fonts, 'cache'))}</cachedir>\n</fontconfig>\n`);
        try {
            fs.renameSync(work, dir);
        } catch (error) {
            // Another run finished first: keep its copy.
            if (!fs.existsSync(path.join(dir, 'chromium'))) throw error;
        }
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}
