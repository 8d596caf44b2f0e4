/** Shared test helpers: load an example or a snippet and render it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPoa } from '../language/poa-document.js';
import { renderDocument } from '../language/render/render-document.js';
import type { RenderOptions } from '../language/render/render-options.js';
import { renderText } from '../language/render/writers/render-text.js';

export const ROOT = join(__dirname, '..');

export function readExample(name: string): string {
    return readFileSync(join(ROOT, 'examples', name), 'utf8');
}

export function readFixture(name: string): string {
    return readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8');
}

/** Renders source text to unwrapped plain text (one paragraph per line). */
export async function renderSource(source: string, options: RenderOptions = {}): Promise<string> {
    const { model } = await loadPoa(source, { validate: false });
    return renderText(renderDocument(model, options), { width: 0 });
}

/** Parse and linking errors only (the checks are tested on their own). */
export async function syntaxErrors(source: string): Promise<string[]> {
    const { document } = await loadPoa(source, { validate: false });
    return [
        ...document.parseResult.lexerErrors.map((e) => e.message),
        ...document.parseResult.parserErrors.map((e) => e.message),
        ...document.references.filter((r) => r.error).map((r) => r.error!.message)
    ];
}

/** Collapses whitespace so wording assertions don't depend on wrapping. */
export function squash(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
