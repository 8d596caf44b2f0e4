// `npm start` (after `npm run build`): checks every example, renders the
// reference instrument to the terminal, and packages the VS Code extension
// when the packaging script is present.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const poa = (...args) => spawnSync(process.execPath, [join(root, 'bin', 'poa.js'), ...args], { cwd: root, stdio: 'inherit' }).status;

const examples = [
    ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.poa')).map((f) => join('examples', f)),
    ...readdirSync(join(root, 'examples', 'templates')).filter((f) => f.endsWith('.poa')).map((f) => join('examples', 'templates', f))
];
console.log(`\n== poa check ${examples.length} examples`);
if (poa('check', ...examples) !== 0) {
    console.error('An example does not check clean; see the diagnostics above.');
    process.exit(1);
}
console.log('All examples check clean.');

console.log('\n== poa render examples/hartford-2007-section16.poa\n');
if (poa('render', 'examples/hartford-2007-section16.poa') !== 0) process.exit(1);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.scripts?.package) {
    console.log('\n== npm run package');
    const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
    // The packaging script prints where the .vsix is and the `code --install-extension` line.
    if (packaged.status !== 0) process.exit(packaged.status ?? 1);
}
