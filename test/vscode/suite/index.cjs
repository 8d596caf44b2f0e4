// Mocha entry point loaded by VS Code's extension host (extensionTestsPath).
// Prints a spec-style report; with POA_TEST_REPORT set (code-server, where the
// extension host's output is not visible) it also writes the report there.
const path = require('node:path');
const fs = require('node:fs');
const Mocha = require('mocha');

exports.run = function run() {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
    for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    const lines = [];
    return new Promise((resolve, reject) => {
        const runner = mocha.run((failures) => {
            lines.push('', `${runner.stats?.passes ?? 0} passing, ${failures} failing`);
            if (process.env.POA_TEST_REPORT) fs.writeFileSync(process.env.POA_TEST_REPORT, lines.join('\n') + '\n');
            failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve();
        });
        runner.on('pass', (test) => lines.push(`  ✓ ${test.fullTitle()} (${test.duration} ms)`));
        runner.on('fail', (test, err) => lines.push(`  ✗ ${test.fullTitle()}`, `      ${String(err && err.stack || err).split('\n').slice(0, 6).join('\n      ')}`));
    });
};
