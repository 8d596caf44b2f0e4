/**
 * The preview page (client/preview/webview/preview-page.ts, bundled as media/preview.js,
 * and preview.css inside the shell from
 * client/preview/preview-html.ts) in headless Chromium, fed like VS Code
 * feeds it: messages carrying the `poa/render` tree. Hostile names show as
 * text and never run; the Content-Security-Policy blocks anything not carrying
 * the page's nonce; a 10,000-clause document renders and is patched in place.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, makeNonce, previewHtml } from '../../client/preview/preview-html.js';
import { loadPoa } from '../../language/poa-document.js';
import type { Block, RenderedDocument } from '../../language/render/document-tree.js';
import { renderDocument } from '../../language/render/render-document.js';

// The callbacks below run in the page; the project's type-check has no DOM library, so name what they use.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { display: string; backgroundColor: string; color: string };
type HTMLElement = { offsetTop: number };

const ROOT = join(__dirname, '..', '..');
const ORIGIN = 'https://poa-preview.test';
const HOSTILE = '<img src=x onerror="window.__pwned=1;alert(1)">';
const HOSTILE_ISSUER = '</p><script>window.__pwned=2</script>';

let context: BrowserContext;
let page: Page;
let scratch: string;
let dialogs: string[] = [];
let nonce = '';

/** The page script, bundled from its TypeScript source as `npm run build` bundles it (so no stale media/preview.js is tested). */
let pageScript = '';

beforeAll(async () => {
    const { build } = await import('esbuild');
    const { previewBundleOptions } = await import(join(ROOT, 'scripts', 'preview-bundle.mjs'));
    const bundled = await build({ ...previewBundleOptions(), absWorkingDir: ROOT, write: false });
    pageScript = bundled.outputFiles?.[0]?.text ?? '';
    // The e2e harness's Chromium launcher (fresh profile, stray helpers reaped on close), with the browser
    // scripts/test-browser.mjs finds: the system Chromium, else the one packed in @sparticuz/chromium.
    // When neither can be had, resolveTestBrowser throws and says why, and every test here fails.
    const { launchBrowser } = await import(join(ROOT, 'scripts', 'e2e', 'code-server.mjs'));
    const { resolveTestBrowser } = await import(join(ROOT, 'scripts', 'test-browser.mjs'));
    const browser = await resolveTestBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'poa-preview-test-'));
    context = await launchBrowser(scratch, { viewport: { width: 900, height: 700 }, browser });
});

afterAll(async () => {
    await context?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
    if (page?.isClosed() === false) await page.close();
    page = await context.newPage();
    dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    nonce = makeNonce();
    const html = previewHtml({ cspSource: ORIGIN, nonce, scriptUri: `${ORIGIN}/media/preview.js`, styleUri: `${ORIGIN}/media/preview.css` });
    await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
        if (path === '/media/preview.js') return route.fulfill({ contentType: 'text/javascript', body: pageScript });
        if (path === '/media/preview.css') return route.fulfill({ contentType: 'text/css', body: readFileSync(join(ROOT, 'media', 'preview.css')) });
        return route.fulfill({ status: 404, body: '' });
    });
    // What VS Code provides: acquireVsCodeApi, recording what the page posts; and a CSP violation log.
    await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        w.__posted = [];
        w.__violations = [];
        let state: unknown;
        w.acquireVsCodeApi = () => ({
            postMessage: (m: unknown) => (w.__posted as unknown[]).push(m),
            getState: () => state,
            setState: (s: unknown) => { state = s; }
        });
        document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string; blockedURI: string }) => (w.__violations as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => ((window as unknown as { __posted: { type: string }[] }).__posted).some((m) => m.type === 'ready'));
});

async function send(message: object): Promise<void> {
    // As a JSON string: Playwright's own argument serialisation is slow for 10,000 blocks.
    await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(message));
}

async function renderPoa(text: string, version = 1): Promise<RenderedDocument> {
    const { model } = await loadPoa(text, { validate: false });
    const document = renderDocument(model);
    await send({ type: 'render', uri: 'file:///w/test.poa', version, document, summary: { errors: 1, warnings: 0, missingClauses: 1, ready: false, status: '1 required clause missing' } });
    return document;
}

const hostilePoa = `poa Hostile {
    kind section16
    principal p "${HOSTILE.replace(/"/g, '\\"')}" { pronoun she }
    agents severally { agent a "Mary <b>Bold</b> Agent" }
    issuer i "${HOSTILE_ISSUER}" { defined as "Company" }
    grant { file form4 under section16a }
    executed 2024-01-02 { signature conformed }
}`;

describe('the preview page', () => {
    it('shows hostile names as text and runs none of them', async () => {
        await renderPoa(hostilePoa);
        const text = await page.locator('#poa-document').innerText();
        expect(text).toContain(HOSTILE);
        expect(text).toContain('Mary <b>Bold</b> Agent');
        expect(text).toContain('<script>window.__pwned=2</script>');
        expect(await page.locator('#poa-document img, #poa-document script, #poa-document b').count()).toBe(0);
        await page.waitForTimeout(200); // give an injected handler every chance to fire
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
    });

    it('runs its own script (with the nonce) under a CSP that blocks every other script and inline style', async () => {
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toBe(contentSecurityPolicy(ORIGIN, nonce));
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        await renderPoa(hostilePoa);
        expect(await page.locator('h1.block-title').innerText()).toBe('POWER OF ATTORNEY');
        // Anything the document could smuggle in is refused: inline script, script from elsewhere, inline style.
        // (eval is refused too, by the absence of 'unsafe-eval'; it cannot be tried from here, because
        // code run through the DevTools protocol is exempt.)
        await page.evaluate(() => {
            const inline = document.createElement('script');
            inline.textContent = 'window.__inline = 1';
            document.body.appendChild(inline);
            const remote = document.createElement('script');
            remote.src = 'https://evil.example/x.js';
            document.body.appendChild(remote);
            const style = document.createElement('style');
            style.textContent = 'body { display: none }';
            document.head.appendChild(style);
        });
        await page.waitForTimeout(200);
        const flags = await page.evaluate(() => {
            const w = window as unknown as Record<string, unknown>;
            return { inline: w.__inline, display: getComputedStyle(document.body).display, violations: w.__violations as string[] };
        });
        expect(flags.inline).toBeUndefined();
        expect(flags.display).not.toBe('none');
        expect(flags.violations.some((v) => v.startsWith('script-src'))).toBe(true);
        expect(flags.violations.some((v) => v.startsWith('style-src'))).toBe(true);
    });

    it('marks missing clauses and blanks in place, with the note on hover, and shows whether it is ready to sign', async () => {
        const doc: RenderedDocument = {
            title: 'POWER OF ATTORNEY',
            properties: { title: 'POWER OF ATTORNEY', subject: '', author: '' },
            blocks: [
                { kind: 'title', id: 'title', runs: [{ text: 'POWER OF ATTORNEY' }] },
                { kind: 'paragraph', id: 'grant', runs: [
                    { text: 'I, ' }, { text: '[PRINCIPAL NAME]', role: 'blank', note: 'The template parameter "principalName" has no value yet.' },
                    { text: ', appoint ' }, { text: '[ISSUER]', role: 'missing', note: 'No issuer is named: add an issuer clause.' }, { text: '.' }
                ] }
            ]
        };
        await send({ type: 'render', uri: 'file:///w/a.poa', version: 1, document: doc, summary: { errors: 2, warnings: 0, missingClauses: 1, ready: false, status: '1 required clause missing, 1 error to correct' } });
        const blank = page.locator('#poa-document .run-blank');
        const missing = page.locator('#poa-document .run-missing');
        expect(await blank.innerText()).toBe('[PRINCIPAL NAME]');
        expect(await blank.getAttribute('title')).toBe('The template parameter "principalName" has no value yet.');
        expect(await missing.getAttribute('title')).toBe('No issuer is named: add an issuer clause.');
        expect(await page.locator('#poa-banner').innerText()).toMatch(/Not ready to sign[\s\S]*1 required clause missing, 1 error to correct/);

        await send({ type: 'render', uri: 'file:///w/a.poa', version: 2, document: { ...doc, blocks: doc.blocks.slice(0, 1) }, summary: { errors: 0, warnings: 1, missingClauses: 0, ready: true, status: 'Ready to sign (1 warning)' } });
        await expect.poll(() => page.locator('#poa-banner').innerText()).toMatch(/Ready to sign/);
        expect(await page.locator('#poa-banner').getAttribute('class')).toContain('ready');
        expect(await page.locator('#poa-document .run-missing').count()).toBe(0);
    });

    it('prints the instrument alone: black on white, no banner, no hover outlines', async () => {
        await renderPoa(hostilePoa);
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => ({
            banner: getComputedStyle(document.querySelector('#poa-banner')).display,
            background: getComputedStyle(document.body).backgroundColor,
            color: getComputedStyle(document.body).color
        }));
        expect(printed).toEqual({ banner: 'none', background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
        await page.emulateMedia({ media: 'screen' });
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('#poa-banner')).display)).toBe('flex');
    });

    it('drops a late answer to an older request', async () => {
        const doc = (word: string): RenderedDocument => ({ title: 'T', properties: { title: 'T', subject: '', author: '' }, blocks: [{ kind: 'paragraph', id: 'p', runs: [{ text: word }] }] });
        await send({ type: 'render', uri: 'file:///w/a.poa', version: 5, document: doc('newer'), summary: { ready: true, status: 'Ready to sign' } });
        await send({ type: 'render', uri: 'file:///w/a.poa', version: 4, document: doc('older'), summary: { ready: true, status: 'Ready to sign' } });
        await page.waitForTimeout(100);
        expect(await page.locator('#poa-document').innerText()).toBe('newer');
    });

    it('renders a 10,000-clause document and patches one clause without rebuilding the page or losing the scroll position', async () => {
        const blocks: Block[] = [{ kind: 'title', id: 'title', runs: [{ text: 'POWER OF ATTORNEY' }] }];
        for (let i = 0; i < 10_000; i++) {
            blocks.push({
                kind: 'paragraph', id: `clause-${i}`, number: i + 1,
                runs: [{ text: `Clause ${i}: the attorney-in-fact may act for ` }, { text: HOSTILE, role: 'party', source: { start: { line: i + 2, character: 14 }, end: { line: i + 2, character: 40 }, offset: 0, length: 1 } }, { text: '.' }],
                source: { start: { line: i + 2, character: 4 }, end: { line: i + 2, character: 60 }, offset: 0, length: 1 }
            });
        }
        const doc: RenderedDocument = { title: 'T', properties: { title: 'T', subject: '', author: '' }, blocks };
        await send({ type: 'render', uri: 'file:///w/big.poa', version: 1, document: doc, summary: { ready: true, status: 'Ready to sign' } });
        await page.waitForFunction(() => document.querySelectorAll('#poa-document p.block-paragraph').length === 10_000);
        expect(await page.locator('#poa-document img').count()).toBe(0);

        // Scroll to clause 5000 the way the editor does, then tag every element to see which survive a patch.
        await send({ type: 'scrollToLine', line: 5002 });
        await page.waitForFunction(() => window.scrollY > 0);
        const before = await page.evaluate(() => {
            document.querySelectorAll('#poa-document > *').forEach((el: unknown) => { (el as unknown as { __tag: boolean }).__tag = true; });
            return window.scrollY;
        });
        const top = await page.evaluate(() => {
            const el = document.querySelector('[data-block="clause-5000"]')!;
            return el.getBoundingClientRect().top;
        });
        expect(top).toBeGreaterThanOrEqual(-5);
        expect(top).toBeLessThan(200);

        const edited = blocks.map((b) => b.id === 'clause-9000' ? { ...b, runs: [{ text: 'Clause 9000, amended.' }] } : b);
        await send({ type: 'render', uri: 'file:///w/big.poa', version: 2, document: { ...doc, blocks: edited }, summary: { ready: true, status: 'Ready to sign' } });
        await page.waitForFunction(() => document.body.getAttribute('data-version') === '2');
        const after = await page.evaluate(() => {
            const kids = [...document.querySelectorAll('#poa-document > *')];
            return {
                rebuilt: kids.filter((el) => !(el as unknown as { __tag?: boolean }).__tag).map((el) => el.getAttribute('data-block')),
                scrollY: window.scrollY,
                text: document.querySelector('[data-block="clause-9000"]')!.textContent
            };
        });
        expect(after.rebuilt).toEqual(['clause-9000']);
        expect(after.text).toBe('9001.Clause 9000, amended.');
        expect(after.scrollY).toBe(before);

        // The reader scrolls the page: the page tells the editor which source line is now at the top.
        await page.evaluate(() => window.scrollTo(0, (document.querySelector('[data-block="clause-7000"]') as HTMLElement).offsetTop));
        await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'revealLine'));
        const reveals = await page.evaluate(() => (window as unknown as { __posted: { type: string; line: number }[] }).__posted.filter((m) => m.type === 'revealLine'));
        expect(Math.floor(reveals[reveals.length - 1].line)).toBe(7002);
    });

    it('reports a click on a paragraph with its source line', async () => {
        await renderPoa(hostilePoa);
        const grant = page.locator('[data-block="grant"]');
        const line = Number(await grant.getAttribute('data-line'));
        expect(line).toBe(5); // `grant { ... }` is on the sixth line of hostilePoa
        await page.locator('#poa-document p.block-paragraph').first().click({ position: { x: 3, y: 3 } });
        const posted = await page.evaluate(() => (window as unknown as { __posted: { type: string; line?: number }[] }).__posted);
        expect(posted.filter((m) => m.type === 'reveal').map((m) => m.line)).toEqual([line]);
    });
});
