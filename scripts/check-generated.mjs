// Fails when language/generated/ is stale: regenerates it from the grammar
// and asks git whether anything changed. Run by .ci/run before the tests.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
run('npx', ['langium', 'generate']);
const changed = run('git', ['status', '--porcelain', '--', 'language/generated']).trim();
if (changed) {
    console.error('language/generated/ is stale: it does not match language/poa.langium.');
    console.error('Run `npm run langium:generate` and commit the result. Changed files:');
    console.error(changed);
    process.exit(1);
}
console.log('language/generated/ is up to date with language/poa.langium.');
