/**
 * `poa check` and `poa render` read a file the same way: the file is checked
 * once, every error that stops `render` is reported by `check` in the same
 * words, and `check` prints one line per diagnostic.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CliIo } from '../../cli/cli-io.js';
import { main } from '../../cli/main.js';
import { RULES } from '../../language/rules/rule-catalog.js';
import { ROOT } from '../helpers.js';

const FIXTURES = 'test/fixtures/diagnostics';

async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, cwd: ROOT };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

const DIAGNOSTIC_LINE = /^[^\s:]+:\d+:\d+: (error|warning|information|hint) \[[a-z0-9/-]+\] \S/;

afterEach(() => vi.restoreAllMocks());

describe('poa check', () => {
    test('reports a template parameter that is not declared, where it is used', async () => {
        const r = await run(['check', `${FIXTURES}/unknown-parameter.poa`, '--format', 'json']);
        expect(r.code).toBe(1);
        const results = JSON.parse(r.stdout) as { code: string; line: number; column: number; severity: string }[];
        expect(results).toContainEqual(expect.objectContaining({ code: 'poa/unknown-parameter', severity: 'error', line: 5, column: 20 }));
    });

    test('prints one line per diagnostic, each ended by a newline, so the summary starts on its own line', async () => {
        // The parser's message for a missing pronoun lists the alternatives on several lines.
        const r = await run(['check', `${FIXTURES}/pronoun-disagrees.poa`, `${FIXTURES}/missing-kind.poa`]);
        const broken = await runOn('poa X {\n    principal p "A" {\n        pronoun\n    }\n}\n');
        for (const out of [r.stdout, broken.stdout]) {
            expect(out.endsWith('\n')).toBe(true);
            for (const line of out.slice(0, -1).split('\n')) expect(line).toMatch(DIAGNOSTIC_LINE);
        }
        expect(broken.code).toBe(1);
    });

    test('runs each rule once per file', async () => {
        const rule = RULES.find((r) => r.code === 'poa/missing-kind')!;
        const spy = vi.spyOn(rule, 'check');
        await run(['check', `${FIXTURES}/missing-kind.poa`]);
        expect(spy).toHaveBeenCalledTimes(1);
    });
});

describe('poa render', () => {
    test('a worded text naming nobody is an error (exit 1), not a document printing "{chris}"', async () => {
        const r = await run(['render', `${FIXTURES}/wording-unknown-reference.poa`]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stdout + r.stderr).not.toContain('{chris}');
        expect(r.stderr).toMatch(/wording-unknown-reference\.poa:24:96: error \[poa\/wording-unknown-reference\] The wording refers to "chris"/);
    });
});

describe('check and render agree on every error', () => {
    const fixtures = readdirSync(join(ROOT, FIXTURES)).filter((f) => f.endsWith('.poa'));
    test.each(fixtures)('%s', async (name) => {
        const file = `${FIXTURES}/${name}`;
        const check = await run(['check', file]);
        const render = await run(['render', file]);
        const checkLines = check.stdout.split('\n');
        if (render.code === 0) return;
        expect(render.code).toBe(1);
        const renderLines = render.stderr.trim().split('\n');
        // Each error that stops rendering is one `poa check` reports, word for word.
        for (const line of renderLines) {
            expect(line).toMatch(/: error \[/);
            expect(checkLines).toContain(line);
        }
        expect(check.code).toBe(1);
    });
});

let scratch = 0;
async function runOn(text: string) {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), `poa-agree-${++scratch}-`));
    writeFileSync(join(dir, 'broken.poa'), text);
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, cwd: dir };
    const code = await main(['check', 'broken.poa'], io);
    return { code, stdout, stderr };
}
