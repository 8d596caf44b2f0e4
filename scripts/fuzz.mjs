// `npm run fuzz`: the property tests of test/property at a large size.
// POA_FUZZ_RUNS sets the runs per property (default 1,000; `npm test` uses
// 12); POA_FUZZ_SEED replays a failure that fast-check reported.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const runs = process.env.POA_FUZZ_RUNS ?? '1000';
console.log(`fuzz: ${runs} runs per property (POA_FUZZ_RUNS), seed ${process.env.POA_FUZZ_SEED ?? 'random'}`);
const started = Date.now();
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/property', '--reporter=verbose'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, POA_FUZZ_RUNS: runs }
});
console.log(`fuzz: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
