/** The extension's settings (`poa.*` in package.json), read with their defaults. */
import * as vscode from 'vscode';
import type { RenderRequestOptions } from '../server/protocol.js';

export interface PreviewSettings {
    options: RenderRequestOptions;
    scrollSync: boolean;
    /** Milliseconds to wait after a change before the preview asks for a new rendering. */
    throttle: number;
}

export function previewSettings(resource?: vscode.Uri): PreviewSettings {
    const config = vscode.workspace.getConfiguration('poa', resource);
    const voice = config.get<string>('preview.voice', 'document');
    const layout = config.get<string>('preview.layout', 'document');
    const options: RenderRequestOptions = {};
    if (voice === 'undersigned' || voice === 'first-person') options.voice = voice;
    if (layout === 'prose' || layout === 'numbered') options.layout = layout;
    const throttle = config.get<number>('preview.throttle', 150);
    return {
        options,
        scrollSync: config.get<boolean>('preview.scrollSync', true),
        throttle: Number.isFinite(throttle) ? Math.min(5000, Math.max(0, throttle)) : 150
    };
}

export function defaultJurisdiction(): string {
    return vscode.workspace.getConfiguration('poa').get<string>('defaultJurisdiction', 'federal') || 'federal';
}

export function isPoaDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return !!document && document.languageId === 'poa';
}
