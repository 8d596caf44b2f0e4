/**
 * The bundled CLI (as `npm run build` makes it) rendering a large batch on
 * worker threads. The bundle is built here with the project's own esbuild
 * settings into node_modules/.cache, so the test does not depend on dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { workspace } from './cli-harness.js';

const OUT = join(ROOT, 'node_modules', '.cache', 'poa-batch-test');

beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    for (const [entry, out] of [['cli/main.ts', 'cli.js'], ['cli/batch-worker.ts', 'batch-worker.js']]) {
        await esbuild.build({
            entryPoints: [join(ROOT, entry)], outfile: join(OUT, out), bundle: true, platform: 'node', target: 'node20', format: 'cjs',
            external: ['pdfkit'], logLevel: 'error',
            define: { 'import.meta.url': 'importMetaUrl' },
            banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' }
        });
    }
    writeFileSync(join(OUT, 'poa.js'), "require('./cli.js').runCli();\n");
}, 120_000);

function poa(args: string[], cwd: string) {
    return spawnSync(process.execPath, [join(OUT, 'poa.js'), ...args], { cwd, encoding: 'utf8' });
}

describe('poa batch on worker threads', () => {
    it('renders every row of a large batch on the cores, with the same bad-row reporting', async () => {
        const dir = workspace();
        const rows = Array.from({ length: 60 }, (_, i) => `Officer Number ${i + 1},2024-03-${String((i % 28) + 1).padStart(2, '0')}`);
        rows[9] = 'Officer Number 10,2024-02-31';
        writeFileSync(join(dir, 'many.csv'), ['officerName,executionDate', ...rows].join('\n') + '\n');
        const run = poa(['batch', 'officer.poa', '--data', 'many.csv', '--out', 'out', '--format', 'text', '--jobs', '2'], dir);
        expect(run.stderr).toBe('poa batch: many.csv: line 11, column "executionDate": "2024-02-31" is not a real calendar date\n');
        expect(run.stdout).toBe('Wrote 59 of 60 documents (text) to out on 2 threads; 1 row failed.\n');
        expect(run.status).toBe(1);
        const files = readdirSync(join(dir, 'out'));
        expect(files).toHaveLength(59);
        expect(files).not.toContain('officer-number-10.txt');
        expect(readFileSync(join(dir, 'out', 'officer-number-42.txt'), 'utf8')).toContain('/s/ Officer Number 42');
        expect(readFileSync(join(dir, 'out', 'officer-number-42.txt'), 'utf8')).toMatch(/this 14th day of March,\s+2024/);
    }, 120_000);

    it('writes one PDF per row of the example officers', async () => {
        const dir = workspace();
        const run = poa(['batch', join(ROOT, 'examples/templates/section16-officer.poa'), '--data', join(ROOT, 'examples/templates/officers.csv'), '--out', 'pdf', '--format', 'pdf', '--jobs', '2'], dir);
        expect(run.status, run.stderr).toBe(0);
        const files = readdirSync(join(dir, 'pdf')).sort();
        expect(files).toHaveLength(12);
        expect(files).toContain('daniel-o-connor-jr.pdf');
        expect(files).toContain('nguyen-thi-minh-chau.pdf');
        for (const f of files) expect(readFileSync(join(dir, 'pdf', f)).subarray(0, 5).toString()).toBe('%PDF-');
    }, 120_000);
});
