// Regenerates docs/rules.md from the rule catalog (via the built CLI: `poa rules --format md`).
// Run `npm run build` first. A test fails when docs/rules.md is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
    console.error('generate-rules-doc: dist/cli.js is missing; run `npm run build` first.');
    process.exit(2);
}
const result = spawnSync(process.execPath, [join(root, 'bin', 'poa.js'), 'rules', '--format', 'md'], { encoding: 'utf8' });
if (result.status !== 0) {
    console.error(result.stderr || 'generate-rules-doc: poa rules failed');
    process.exit(result.status ?? 2);
}
writeFileSync(join(root, 'docs', 'rules.md'), result.stdout);
console.log('docs/rules.md written');
