/** Shared test helpers: load an example or a snippet and render it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystemProvider, type URI } from 'langium';
import { loadPoa } from '../language/poa-document.js';
import { createPoaServices } from '../language/poa-module.js';
import { renderDocument } from '../language/render/render-document.js';
import type { RenderOptions } from '../language/render/render-options.js';
import { renderText } from '../language/render/writers/render-text.js';

export const ROOT = join(__dirname, '..');

export function readExample(name: string): string {
    return readFileSync(join(ROOT, 'examples', name), 'utf8');
}

/** Every `.poa` file under `dir`, depth first in directory order, leaving out the folders in `skip`. */
export function poaFiles(dir: string, skip: readonly string[] = []): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (skip.includes(path)) return [];
        return statSync(path).isDirectory() ? poaFiles(path, skip) : name.endsWith('.poa') ? [path] : [];
    });
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

/** Core services whose file system holds one file, `uri`, whose text the test changes (read through `text`). */
export function servicesWithFile(uri: URI, text: () => string) {
    const files = new EmptyFileSystemProvider();
    files.readFile = async (...args: unknown[]) => {
        if (String(args[0]) !== uri.toString()) throw new Error(`no file ${String(args[0])}`);
        return text();
    };
    return createPoaServices({ fileSystemProvider: () => files });
}
