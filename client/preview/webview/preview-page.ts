/**
 * The POA preview page (runs inside the VS Code webview, under a strict CSP;
 * bundled by esbuild to media/preview.js, which the webview loads).
 *
 * It receives the rendered instrument (`poa/render` result) as a message and
 * builds the page from DOM text nodes only: no HTML is ever parsed from the
 * document's strings. Updates patch the page block by block (unchanged blocks
 * keep their elements) so the scroll position holds while the lawyer types.
 * Blocks and runs carry their source line, for scroll sync and click-to-reveal.
 * The messages both ways are the types of server/protocol.ts, which the
 * extension uses too.
 */
import type { Block, FromPreviewPage, PreviewPageSettings, PreviewPageState, Run, SourceRange, ToPreviewPage } from '../../../server/protocol.js';

interface VsCodeApi {
    postMessage(message: FromPreviewPage): void;
    getState(): PreviewPageState | undefined;
    setState(state: PreviewPageState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode: VsCodeApi = typeof acquireVsCodeApi === 'function'
    ? acquireVsCodeApi()
    : { postMessage() {}, getState() { return undefined; }, setState() {} };
const ROLES: readonly string[] = ['party', 'term', 'blank', 'missing', 'form', 'statute'];
const KINDS: readonly string[] = ['title', 'paragraph', 'testimonium', 'signature', 'witnesses', 'notary', 'acceptance'];

const root = document.getElementById('poa-document') as HTMLElement;
const banner = document.getElementById('poa-banner') as HTMLElement;
const bannerStatus = document.getElementById('poa-banner-status') as HTMLElement;
const bannerDetail = document.getElementById('poa-banner-detail') as HTMLElement;

/** id -> element and key of the blocks on the page. */
let rendered = new Map<string, { el: HTMLElement; key: string }>();
/** Block elements in page order, with their source lines, for scroll sync. */
let order: HTMLElement[] = [];
let state: PreviewPageState = vscode.getState() || {};
let settings: PreviewPageSettings = { scrollSync: true };
let lastVersion = -1;
let firstRender = true;
/** Scroll events caused by the editor (not the reader) are not echoed back. */
let ignoreScrollUntil = 0;

function saveState(patch: Partial<PreviewPageState>): void {
    state = { ...state, ...patch };
    vscode.setState(state);
}

// ------------------------------------------------------------------ building

function lineOf(source: SourceRange | undefined): number | undefined {
    return source && source.start && typeof source.start.line === 'number' ? source.start.line : undefined;
}

function setSource(el: Element, source: SourceRange | undefined): void {
    const line = lineOf(source);
    if (line === undefined || !source) {
        el.removeAttribute('data-line');
        el.removeAttribute('data-character');
        el.removeAttribute('data-end-line');
        return;
    }
    el.setAttribute('data-line', String(line));
    el.setAttribute('data-character', String(source.start.character || 0));
    el.setAttribute('data-end-line', String(source.end && typeof source.end.line === 'number' ? source.end.line : line));
}

function appendRuns(parent: Element, runs: readonly Run[] | undefined): void {
    for (const run of runs || []) {
        const text = typeof run.text === 'string' ? run.text : String(run.text ?? '');
        const role = run.role && ROLES.includes(run.role) ? run.role : undefined;
        if (!role && !run.note && !run.source) {
            parent.appendChild(document.createTextNode(text));
            continue;
        }
        const span = document.createElement('span');
        if (role) span.className = 'run-' + role;
        span.textContent = text;
        if (typeof run.note === 'string' && run.note) {
            span.title = run.note;
            span.setAttribute('aria-label', text + ': ' + run.note);
        }
        if (role === 'missing' || role === 'blank') span.setAttribute('data-marker', role);
        setSource(span, run.source);
        parent.appendChild(span);
    }
}

function buildBlock(block: Block): HTMLElement {
    const kind = KINDS.includes(block.kind) ? block.kind : 'paragraph';
    let el: HTMLElement;
    switch (kind) {
        case 'title':
            el = document.createElement('h1');
            appendRuns(el, block.runs);
            break;
        case 'paragraph':
        case 'testimonium':
            el = document.createElement('p');
            if (typeof block.number === 'number') {
                const num = document.createElement('span');
                num.className = 'number';
                num.textContent = block.number + '.';
                el.appendChild(num);
                el.classList.add('numbered');
            }
            appendRuns(el, block.runs);
            break;
        default: {
            el = document.createElement('section');
            if (block.heading) {
                const h = document.createElement('h2');
                h.textContent = String(block.heading);
                el.appendChild(h);
            }
            for (const line of block.lines || []) {
                if (line.rule) {
                    const rule = document.createElement('div');
                    rule.className = 'rule';
                    el.appendChild(rule);
                }
                const div = document.createElement('div');
                div.className = line.caption ? 'line caption' : 'line';
                appendRuns(div, line.runs);
                el.appendChild(div);
            }
            if (block.runs && block.runs.length) {
                const div = document.createElement('div');
                div.className = 'line';
                appendRuns(div, block.runs);
                el.appendChild(div);
            }
        }
    }
    el.classList.add('block', 'block-' + kind);
    if (block.keepTogether) el.classList.add('keep');
    el.setAttribute('data-block', String(block.id));
    return el;
}

/** What decides whether a block's element can be kept: everything but source positions. */
function blockKey(block: Block): string {
    return JSON.stringify(block, (k, v) => (k === 'source' ? undefined : v));
}

/** Reuse unchanged blocks' elements and a block's element, or build a new one. */
function patch(blocks: readonly Block[]): void {
    const next = new Map<string, { el: HTMLElement; key: string }>();
    const wanted: HTMLElement[] = [];
    const seen = new Map<string, number>();
    for (const block of blocks) {
        // ids are unique in a well-formed tree; tolerate duplicates anyway.
        const n = seen.get(block.id) || 0;
        seen.set(block.id, n + 1);
        const id = n ? block.id + '#' + n : String(block.id);
        const key = blockKey(block);
        const old = rendered.get(id);
        let el: HTMLElement;
        if (old && old.key === key) {
            el = old.el;
            refreshRunSources(el, block);
        } else {
            el = buildBlock(block);
        }
        setSource(el, block.source);
        next.set(id, { el, key });
        wanted.push(el);
    }
    // Put the wanted elements in order, moving only what moved.
    let ref: ChildNode | null = root.firstChild;
    for (const el of wanted) {
        if (el === ref) ref = ref.nextSibling;
        else root.insertBefore(el, ref);
    }
    while (ref) {
        const nextRef: ChildNode | null = ref.nextSibling;
        root.removeChild(ref);
        ref = nextRef;
    }
    rendered = next;
    order = wanted;
}

/** Source positions move as the user types above a block; refresh them without rebuilding. */
function refreshRunSources(el: HTMLElement, block: Block): void {
    const spans = el.querySelectorAll('span:not(.number)');
    if (!spans.length) return;
    const runs: Run[] = [];
    const collect = (list: readonly Run[] | undefined) => {
        for (const r of list || []) if ((r.role && ROLES.includes(r.role)) || r.note || r.source) runs.push(r);
    };
    collect(block.runs);
    for (const line of block.lines || []) collect(line.runs);
    if (spans.length !== runs.length) return;
    spans.forEach((span, i) => setSource(span, runs[i].source));
}

function showSummary(summary: { ready: boolean; status: string } | undefined): void {
    if (!summary) return;
    banner.hidden = false;
    banner.classList.toggle('ready', !!summary.ready);
    banner.classList.toggle('not-ready', !summary.ready);
    bannerStatus.textContent = summary.ready ? 'Ready to sign' : 'Not ready to sign';
    const parts: string[] = [];
    if (summary.status && summary.status !== 'Ready to sign') parts.push(String(summary.status));
    if (!summary.ready) parts.push('see the Problems view for each item');
    bannerDetail.textContent = parts.join(' \u2014 ');
}

function showError(message: string | undefined): void {
    banner.hidden = false;
    banner.classList.remove('ready');
    banner.classList.add('not-ready', 'error');
    bannerStatus.textContent = 'The preview could not be updated';
    bannerDetail.textContent = String(message || '');
}

// ------------------------------------------------------------------ scroll sync

function lineRange(el: Element): { start: number; end: number } {
    const start = Number(el.getAttribute('data-line'));
    const end = Number(el.getAttribute('data-end-line'));
    return { start, end: Math.max(start, end) };
}

/** The block to show for a source line: the smallest one whose range holds it, else the nearest one before it. */
function blockForLine(line: number): HTMLElement | undefined {
    let holding: HTMLElement | undefined;
    let before: HTMLElement | undefined;
    for (const el of order) {
        if (!el.hasAttribute('data-line')) continue;
        const r = lineRange(el);
        if (r.start <= line && line <= r.end) {
            if (!holding || r.end - r.start < lineRange(holding).end - lineRange(holding).start) holding = el;
        } else if (r.start <= line && (!before || r.start > lineRange(before).start)) {
            before = el;
        }
    }
    return holding || before;
}

function scrollToLine(line: number): void {
    const el = blockForLine(line);
    if (!el) return;
    const r = lineRange(el);
    const fraction = r.end > r.start ? Math.min(1, Math.max(0, (line - r.start) / (r.end - r.start + 1))) : 0;
    const top = el.getBoundingClientRect().top + window.scrollY + fraction * el.offsetHeight - bannerHeight();
    ignoreScrollUntil = Date.now() + 150;
    window.scrollTo(0, Math.max(0, top));
}

function bannerHeight(): number {
    return banner && !banner.hidden ? banner.offsetHeight : 0;
}

/** The source line at the top of the page (fractional within a block). */
function topLine(): number | undefined {
    const y = window.scrollY + bannerHeight();
    // binary search: the first block whose bottom is below the top edge
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const el = order[mid];
        const bottom = el.offsetTop + el.offsetHeight;
        if (bottom > y) {
            found = mid;
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    for (let i = Math.max(0, found); i < order.length && found >= 0; i++) {
        const el = order[i];
        if (!el.hasAttribute('data-line')) continue;
        const r = lineRange(el);
        const fraction = el.offsetHeight ? Math.min(1, Math.max(0, (y - el.offsetTop) / el.offsetHeight)) : 0;
        return r.start + fraction * (r.end - r.start);
    }
    return undefined;
}

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
    if (scrollTimer) return;
    scrollTimer = setTimeout(() => {
        scrollTimer = undefined;
        const line = topLine();
        if (line === undefined) return;
        saveState({ scrollLine: line });
        if (Date.now() < ignoreScrollUntil || !settings.scrollSync) return;
        vscode.postMessage({ type: 'revealLine', line });
    }, 50);
}, { passive: true });

// ------------------------------------------------------------------ click to reveal

document.addEventListener('click', (event) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text, not navigating
    const target = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null;
    const el = target && target.closest('[data-line]');
    if (!el) return;
    vscode.postMessage({ type: 'reveal', line: Number(el.getAttribute('data-line')), character: Number(el.getAttribute('data-character') || 0) });
});

// ------------------------------------------------------------------ messages

window.addEventListener('message', (event: MessageEvent<ToPreviewPage | undefined>) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
        case 'render': {
            if (typeof message.version === 'number' && message.uri === state.uri && message.version < lastVersion) return; // stale
            if (message.uri !== state.uri) lastVersion = -1;
            lastVersion = typeof message.version === 'number' ? message.version : lastVersion;
            banner.classList.remove('error');
            saveState({ uri: message.uri, locked: !!message.locked });
            const blocks = message.document?.blocks;
            patch(Array.isArray(blocks) ? blocks : []);
            showSummary(message.summary);
            document.body.setAttribute('data-version', String(lastVersion));
            if (firstRender) {
                firstRender = false;
                if (typeof message.line === 'number') scrollToLine(message.line);
                else if (typeof state.scrollLine === 'number') scrollToLine(state.scrollLine);
            }
            break;
        }
        case 'error':
            showError(message.message);
            break;
        case 'scrollToLine':
            if (settings.scrollSync && typeof message.line === 'number') scrollToLine(message.line);
            break;
        case 'settings':
            settings = { ...settings, ...(message.settings || {}) };
            break;
        case 'locked':
            saveState({ locked: !!message.locked });
            break;
    }
});

vscode.postMessage({ type: 'ready', state });
