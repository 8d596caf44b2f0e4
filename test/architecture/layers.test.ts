/**
 * The layering of docs/architecture.md, enforced: `language/` is the core and
 * speaks neither LSP nor VS Code; `client/` talks to the server through
 * `server/protocol.ts` only; `cli/` uses the core alone. Every import of every
 * source file (static `import`/`export ... from`, `import()` and `require()`)
 * is read and resolved to a package name or a repository folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from './imports.js';

const ROOT = join(__dirname, '..', '..');

/** Packages that speak LSP or VS Code. */
const EDITOR_PACKAGES = [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^vscode-jsonrpc/, /^langium\/lsp$/];

interface Import {
    file: string;
    /** A package name (`vscode`, `langium/lsp`), or a repository path for a relative import (`server/protocol.ts`). */
    target: string;
    relative: boolean;
    typeOnly: boolean;
}

function sources(folder: string): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = join(dir, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(full);
            } else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
                found.push(full);
            }
        }
    };
    walk(join(ROOT, folder));
    return found;
}

function importsIn(folder: string): Import[] {
    return sources(folder).flatMap((full) => importsOf(readFileSync(full, 'utf8')).map((imp) => {
        const file = relative(ROOT, full).split(sep).join('/');
        if (!imp.specifier.startsWith('.')) return { file, target: imp.specifier, relative: false, typeOnly: imp.typeOnly };
        const target = relative(ROOT, resolve(dirname(full), imp.specifier)).split(sep).join('/').replace(/\.js$/, '.ts');
        return { file, target, relative: true, typeOnly: imp.typeOnly };
    }));
}

const describeImport = (i: Import) => `${i.file} imports ${i.target}`;

describe('layers', () => {
    it('language/ imports no LSP or VS Code package and nothing from server/, client/ or cli/', () => {
        const bad = importsIn('language').filter((i) =>
            (!i.relative && EDITOR_PACKAGES.some((p) => p.test(i.target))) ||
            (i.relative && /^(server|client|cli)\//.test(i.target)));
        expect(bad.map(describeImport)).toEqual([]);
    });

    it("the core's overrides of Langium's default services are all in language/langium/", () => {
        const outside = sources('language')
            .map((full) => relative(ROOT, full).split(sep).join('/'))
            .filter((file) => !file.startsWith('language/langium/'))
            .filter((file) => /\bextends\s+(Default|Langium|Abstract)\w+/.test(readFileSync(join(ROOT, file), 'utf8')));
        expect(outside).toEqual([]);
    });

    it('client/ imports nothing from language/ and only the protocol from server/', () => {
        const bad = importsIn('client').filter((i) => i.relative && /^(language|server|cli)\//.test(i.target) && i.target !== 'server/protocol.ts');
        expect(bad.map(describeImport)).toEqual([]);
    });

    it('cli/ imports neither server/ nor client/, nor any LSP or VS Code package', () => {
        const bad = importsIn('cli').filter((i) =>
            (!i.relative && EDITOR_PACKAGES.some((p) => p.test(i.target))) ||
            (i.relative && /^(server|client)\//.test(i.target)));
        expect(bad.map(describeImport)).toEqual([]);
    });

    it('server/ imports nothing from client/ or cli/, and not VS Code itself', () => {
        const bad = importsIn('server').filter((i) =>
            (!i.relative && /^(vscode|vscode-languageclient)/.test(i.target) && !/^vscode-languageserver|^vscode-jsonrpc/.test(i.target)) ||
            (i.relative && /^(client|cli)\//.test(i.target)));
        expect(bad.map(describeImport)).toEqual([]);
    });

    it('server/protocol.ts imports the core for types only, so the client bundle pulls in no server or core code', () => {
        const bad = importsIn('server').filter((i) => i.file === 'server/protocol.ts' && i.relative && !i.typeOnly);
        expect(bad.map(describeImport)).toEqual([]);
    });
});

describe('the import reader the layer tests rely on', () => {
    it('sees static, re-exported and dynamic imports and tells type-only ones apart', () => {
        const source = [
            "import type { A } from './a.js';",
            "import { B } from './b.js';",
            "export type { C } from './c.js';",
            'import {',
            '    type D,',
            '    E',
            "} from './d.js';",
            "// import { F } from './commented.js';",
            "const e = await import('./e.js');",
            "const f = require('vscode');"
        ].join('\n');
        expect(importsOf(source)).toEqual([
            { specifier: './a.js', typeOnly: true },
            { specifier: './b.js', typeOnly: false },
            { specifier: './c.js', typeOnly: true },
            { specifier: './d.js', typeOnly: false },
            { specifier: './e.js', typeOnly: false },
            { specifier: 'vscode', typeOnly: false }
        ]);
    });
});
