// Regenerates snippets/poa.json from the snippet catalog (language/registry/snippet-catalog.ts),
// which takes the clauses' snippets from the clause registry. A test fails when the file is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
    entryPoints: [join(root, 'language', 'registry', 'snippet-catalog.ts')],
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error'
});
const catalog = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
writeFileSync(join(root, 'snippets', 'poa.json'), catalog.snippetsJson());
console.log('snippets/poa.json written');
