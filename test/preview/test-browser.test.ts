/**
 * The browser set-up of the browser tests (scripts/test-browser.mjs): with no
 * system Chromium (CHROMIUM_PATH pointed at nothing, as on a machine with only
 * Node), the tests still get a working headless Chromium from the npm package
 * @sparticuz/chromium, which needs no system library beyond glibc and libgcc_s.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
type TestBrowser = { executablePath: string; env: Record<string, string>; source: string };
const load = async (): Promise<{ resolveTestBrowser: (o?: { env?: NodeJS.ProcessEnv }) => Promise<TestBrowser> }> =>
    import(join(ROOT, 'scripts', 'test-browser.mjs'));

/** The process environment with no system Chromium to be found. */
const withoutSystemChromium = { ...process.env, CHROMIUM_PATH: join(ROOT, 'no-such-dir', 'chromium') };

describe('the browser the tests drive', () => {
    it('prefers a system Chromium when one exists at CHROMIUM_PATH', async () => {
        const { resolveTestBrowser } = await load();
        // Any executable file stands in for the system browser: only the choice is tested here.
        const chosen = await resolveTestBrowser({ env: { ...process.env, CHROMIUM_PATH: process.execPath } });
        expect(chosen.executablePath).toBe(process.execPath);
        expect(chosen.source).toMatch(/^system Chromium/);
    });

    it('without a system Chromium, launches the one packed in @sparticuz/chromium and renders a page', async () => {
        const { resolveTestBrowser } = await load();
        const browser = await resolveTestBrowser({ env: withoutSystemChromium });
        expect(browser.source).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+/);
        const { chromium } = await import('playwright-core');
        const launched = await chromium.launch({
            executablePath: browser.executablePath,
            args: ['--no-sandbox', '--disable-gpu'],
            env: { ...withoutSystemChromium, ...browser.env }
        });
        try {
            const page = await launched.newPage();
            await page.setContent('<p id="out"></p><script>document.getElementById("out").textContent = String(6 * 7)</script>');
            expect(await page.textContent('#out')).toBe('42');
            expect(launched.version()).toMatch(/^\d+\./);
        } finally {
            await launched.close();
        }
    }, 120_000);

    it('the packed Chromium needs no system library beyond glibc and libgcc_s (what Node itself needs)', async () => {
        const { resolveTestBrowser } = await load();
        const browser = await resolveTestBrowser({ env: withoutSystemChromium });
        const ldd = execFileSync('ldd', [browser.executablePath], { encoding: 'utf8', env: { ...process.env, ...browser.env } });
        const fromSystem = ldd.split('\n').map((l) => l.trim()).filter(Boolean)
            .filter((l) => !l.includes(join(browser.executablePath, '..', 'lib')))
            .map((l) => l.split(/\s/)[0]);
        expect(ldd).not.toContain('not found');
        const glibc = /^(linux-vdso\.so\.1|\/lib64\/ld-linux-x86-64\.so\.2|ld-linux-[\w-]+\.so\.\d|lib(c|m|dl|pthread|rt)\.so\.\d|libgcc_s\.so\.1)$/;
        expect(fromSystem.filter((lib) => !glibc.test(lib))).toEqual([]);
        // NSS, NSPR and expat (not on a bare Debian) come from the package's own copies.
        expect(ldd).toMatch(/libnss3\.so => .*\/lib\/libnss3\.so/);
    }, 120_000);
});
