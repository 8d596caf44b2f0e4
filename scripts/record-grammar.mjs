// Chevrotain's record of the POA grammar (language/langium/recorded-grammar.ts), taken
// from the source grammar for the build to embed in the bundles: the language core is
// bundled to a temporary file and run once, with Chevrotain's grammar self-checks on,
// so an ambiguous grammar fails the build here as it fails the tests.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = `
import { EmptyFileSystem } from 'langium';
import { createPoaServices } from './language/poa-module.js';
import { recordGrammar, recordTokens } from './language/langium/recorded-grammar.js';
import { PoaTokenBuilder } from './language/langium/poa-token-builder.js';
const { Poa } = createPoaServices(EmptyFileSystem);
const record = recordGrammar(Poa.parser.LangiumParser.wrapper);
// Fresh token types from the token builder, before a lexer or parser adds its fields to them.
const tokens = new PoaTokenBuilder().buildTokens(Poa.Grammar, { caseInsensitive: Poa.LanguageMetaData.caseInsensitive });
if (Array.isArray(tokens)) record.tokens = recordTokens(tokens);
process.stdout.write(JSON.stringify(record));
`;

/** The recorded grammar as a JSON string. */
export async function recordPoaGrammar(root) {
    const dir = mkdtempSync(join(tmpdir(), 'poa-record-grammar-'));
    try {
        const outfile = join(dir, 'record.cjs');
        await esbuild.build({
            stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
            outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
            external: ['pdfkit'],
            define: { 'import.meta.url': 'importMetaUrl' },
            banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' }
        });
        return execFileSync(process.execPath, [outfile], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (process.argv[1] === import.meta.filename) process.stdout.write(await recordPoaGrammar(process.cwd()));
