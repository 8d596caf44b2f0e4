// Playwright recipes for the VS Code 1.100 workbench as served by code-server 4.100.3.
// Every selector here was checked against code-server 4.100.3 + Debian Chromium (see README.md).
//
// All functions take a playwright `Page` showing the workbench (see code-server.mjs).
// Keyboard shortcuts are Linux defaults (Ctrl+P, F1, Ctrl+Shift+M, Ctrl+G).

import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './code-server.mjs';

export const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeGroup: '.editor-group-container.active',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  activeEditor: '.editor-group-container.active .editor-instance .monaco-editor',
  editorInput: '.editor-group-container.active .editor-instance .monaco-editor textarea.inputarea',
  problemsPanel: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  statusProblems: '#status\\.problems',
  statusSelection: '#status\\.editor\\.selection',
  statusLanguage: '#status\\.editor\\.mode',
  notificationToast: '.notifications-toasts .notification-toast',
  webviewOuter: 'iframe.webview.ready',
  webviewInner: 'iframe#active-frame',
};

const DEFAULT_TIMEOUT = 30_000;

/** Go to the code-server URL and wait until the workbench (and the explorer, if a folder is open) is up. */
export async function openWorkbench(page, url, { timeout = 90_000 } = {}) {
  await page.goto(url);
  await waitForWorkbench(page, { timeout, folder: url.includes('folder=') });
}

export async function waitForWorkbench(page, { timeout = 90_000, folder = true } = {}) {
  await page.locator(SEL.workbench).waitFor({ timeout });
  await page.locator(SEL.statusProblems).waitFor({ timeout });
  if (folder) await page.locator(SEL.explorerRow).first().waitFor({ timeout });
}

/** Open the quick-input with `key` and wait for it to be visible. */
async function openQuickInput(page, key, timeout) {
  const qi = page.locator(SEL.quickInput);
  if (await qi.isVisible()) { await page.keyboard.press('Escape'); await qi.waitFor({ state: 'hidden', timeout }); }
  await page.keyboard.press(key);
  await qi.waitFor({ state: 'visible', timeout });
  return qi;
}

/**
 * Open a workspace file via Quick Open (Ctrl+P). relPath is relative to the workspace folder, e.g. 'sub/a.poa'.
 * Waits for the matching result row before pressing Enter (the first file search takes seconds:
 * pressing Enter earlier silently does nothing), then for the tab and the text editor.
 */
export async function openFile(page, relPath, { timeout = DEFAULT_TIMEOUT } = {}) {
  const base = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  const qi = await openQuickInput(page, 'Control+P', timeout);
  await page.keyboard.type(relPath);
  // row aria-label: "<name>, file results" (top level) / "<name> <dir>, file results" (in a folder);
  // a file opened before is listed as "<name>[ <dir>], recently opened". Wait for the real row:
  // pressing Enter before the (slow, first-time) file search answers silently does nothing.
  const prefix = dir === '.' ? `${base},` : `${base} ${dir},`;
  const row = qi.locator(`.monaco-list-row[aria-label^="${prefix}"]`);
  await row.first().waitFor({ timeout });
  await row.first().click();
  await qi.waitFor({ state: 'hidden', timeout });
  await page.locator(`${SEL.activeTab}[data-resource-name="${base}"]`).waitFor({ timeout });
  await page.locator(SEL.activeEditor).first().locator('.view-lines').waitFor({ timeout });
}

/**
 * Run a command from the command palette (F1) by its exact title as shown there,
 * e.g. 'POA: Open Preview' (category + ': ' + title). Waits until the palette closes,
 * or, with { opensQuickInput: true } (a command that shows its own quick pick), until that
 * quick pick has replaced the palette.
 */
export async function runCommand(page, title, { timeout = DEFAULT_TIMEOUT, opensQuickInput = false } = {}) {
  const qi = await openQuickInput(page, 'F1', timeout);
  await page.keyboard.type(title); // the box already holds '>'
  const row = qi.locator('.quick-input-list .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(title)}$`) }),
  });
  await row.first().waitFor({ timeout });
  await row.first().click();
  if (opensQuickInput) {
    await page.waitForFunction((sel) => !document.querySelector(sel)?.value.startsWith('>'), SEL.quickInputBox, { timeout });
    return;
  }
  await qi.waitFor({ state: 'hidden', timeout });
}

/** Make the Problems panel visible (Ctrl+Shift+M toggles, so only press it when the panel is hidden). */
export async function showProblems(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  const panel = page.locator(SEL.problemsPanel);
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout });
  }
  return panel;
}

/**
 * Rows of the Problems panel, parsed. File rows give `file`; marker rows give
 * { file, severity: 'error'|'warning'|'info', message, source, line, col, ariaLabel }.
 * The tree is virtualised: only rows that fit the panel are in the DOM (plenty for tests).
 */
export async function problems(page) {
  await showProblems(page);
  return page.locator(SEL.problemsRow).evaluateAll((rows) => {
    const out = [];
    let file = null;
    const sorted = rows.slice().sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    for (const r of sorted) {
      const icon = r.querySelector('.marker-icon');
      if (!icon) {
        file = r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label');
        continue;
      }
      const severity = ['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? 'unknown';
      const m = /Ln (\d+), Col (\d+)/.exec(r.querySelector('.marker-line')?.textContent ?? '');
      out.push({
        file,
        severity,
        message: r.querySelector('.marker-message')?.textContent ?? '',
        source: r.querySelector('.marker-source')?.textContent ?? '',
        line: m ? Number(m[1]) : null,
        col: m ? Number(m[2]) : null,
        ariaLabel: r.getAttribute('aria-label'),
      });
    }
    return out;
  });
}

/** One line per marker: "error sample.poa:3:1 message (source)". Empty string when there are none. */
export async function problemsText(page) {
  return (await problems(page))
    .map((p) => `${p.severity} ${p.file}:${p.line}:${p.col} ${p.message}${p.source ? ` (${p.source})` : ''}`)
    .join('\n');
}

/** Counts from the status bar item (works without opening the panel): { errors, warnings, infos }. */
export async function problemCounts(page) {
  const label = (await page.locator(SEL.statusProblems).getAttribute('aria-label')) ?? '';
  const n = (k) => Number(new RegExp(`${k}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: n('Errors'), warnings: n('Warnings'), infos: n('Infos'), label };
}

/** Poll until problems(page) satisfies predicate (diagnostics arrive asynchronously). */
export async function waitForProblems(page, predicate, { timeout = DEFAULT_TIMEOUT, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await problems(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(interval);
  }
  throw new Error(`waitForProblems timed out; last rows: ${JSON.stringify(last)}`);
}

/** Focus editor group n (1-based) with Ctrl+<n>, e.g. to open the next file next to the source, not in a webview's group. */
export async function focusEditorGroup(page, n = 1, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.keyboard.press(`Control+${n}`);
  // groups are in DOM order for simple side-by-side layouts
  await page.waitForFunction((i) => document.querySelectorAll('.editor-group-container')[i]?.classList.contains('active'), n - 1, { timeout });
}

/** Give keyboard focus to the active text editor without moving its cursor. */
export async function focusEditor(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  const input = page.locator(SEL.editorInput).first();
  await input.waitFor({ state: 'attached', timeout });
  await input.focus();
}

/** Type text at the cursor of the active editor ('\n' presses Enter). */
export async function typeInEditor(page, text, { delay = 0 } = {}) {
  await focusEditor(page);
  await page.keyboard.type(text, { delay });
}

/** Go to line n (1-based, optional column) with Ctrl+G; the editor keeps focus. */
export async function gotoLine(page, n, col, { timeout = DEFAULT_TIMEOUT } = {}) {
  await focusEditor(page);
  const qi = await openQuickInput(page, 'Control+G', timeout);
  await page.keyboard.type(col ? `${n}:${col}` : String(n)); // box already holds ':'
  await page.keyboard.press('Enter');
  await qi.waitFor({ state: 'hidden', timeout });
  await page.locator(SEL.statusSelection).filter({ hasText: `Ln ${n},` }).waitFor({ timeout });
}

/** Cursor position from the status bar: { line, col }. */
export async function cursorPosition(page) {
  const t = await page.locator(SEL.statusSelection).innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(t);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : null;
}

/**
 * Text of the active editor as rendered: only the lines currently in the viewport
 * (fine for small files; use editorFullText for long ones). Lines joined with '\n'.
 */
export async function editorText(page) {
  return page.locator(SEL.activeEditor).first().locator('.view-lines').evaluate((el) =>
    [...el.querySelectorAll(':scope > .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => l.textContent.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

/**
 * Whole text of the active editor via Select All + Copy + navigator.clipboard
 * (launchBrowser grants clipboard permissions). Leaves everything selected; the cursor is
 * put back at the start with Ctrl+Home.
 */
export async function editorFullText(page) {
  await focusEditor(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.keyboard.press('Control+Home');
  return text;
}

/** Ctrl+S in the active editor. */
export async function saveFile(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await focusEditor(page);
  await page.keyboard.press('Control+S');
  await page.locator(`${SEL.activeTab}:not(.dirty)`).waitFor({ timeout });
}

/** Language mode shown in the status bar for the active editor, e.g. 'POA'. */
export async function editorLanguage(page) {
  return page.locator(SEL.statusLanguage).innerText();
}

/** Texts of the visible notification toasts. */
export async function notifications(page) {
  return page.locator(`${SEL.notificationToast} .notification-list-item-message`).allInnerTexts();
}

/**
 * The content frame of a webview panel: the workbench hosts each webview in
 * iframe.webview (outer, VS Code's pre/index.html) whose iframe#active-frame holds the extension's HTML.
 * With several webviews open pass { index } (DOM order, -1 = last created).
 */
export function webviewFrame(page, { index } = {}) {
  if (index === undefined) return page.frameLocator(SEL.webviewOuter).frameLocator(SEL.webviewInner);
  return page.locator(SEL.webviewOuter).nth(index).contentFrame().frameLocator(SEL.webviewInner);
}

/** Full-page PNG at <repo>/test-results/<name>.png; returns the path. */
export async function screenshot(page, name) {
  const dir = path.join(REPO_ROOT, 'test-results');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
