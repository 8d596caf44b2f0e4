/**
 * The HTML shell of the preview webview: a fixed page (no user text in it)
 * under a strict Content-Security-Policy. Only the extension's own script
 * (carrying a fresh nonce) and stylesheet may load; the document itself
 * arrives later as a message and is built from DOM text nodes by
 * `media/preview.js`. Pure function, so the browser test builds the same page.
 */
import { randomBytes } from 'node:crypto';

export interface PreviewHtmlParts {
    /** `webview.cspSource`: the origin the webview serves local resources from. */
    cspSource: string;
    /** A fresh random nonce for the one script tag. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `style-src ${cspSource}`,
        `img-src ${cspSource}`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
        "object-src 'none'"
    ].join('; ');
}

export function previewHtml(parts: PreviewHtmlParts): string {
    const a = escapeAttribute;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${a(contentSecurityPolicy(parts.cspSource, parts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${a(parts.styleUri)}">
<title>POA Preview</title>
</head>
<body>
<div id="poa-banner" role="status" aria-live="polite" hidden><span id="poa-banner-status"></span><span id="poa-banner-detail"></span></div>
<main id="poa-document" aria-label="Rendered power of attorney"></main>
<script nonce="${a(parts.nonce)}" src="${a(parts.scriptUri)}"></script>
</body>
</html>
`;
}

/** A nonce of 128 random bits, hex-encoded. */
export function makeNonce(): string {
    return randomBytes(16).toString('hex');
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
