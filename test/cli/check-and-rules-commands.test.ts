/** `poa check` and `poa rules`, run in-process with a fake io. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check-command.js';
import { runRules } from '../../cli/rules-command.js';
import type { CliIo } from '../../cli/cli-io.js';
import { UsageError } from '../../cli/cli-io.js';

const root = join(__dirname, '..', '..');

function io() {
    const out: string[] = [];
    const err: string[] = [];
    const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTty: false, cwd: root };
    return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('poa check', () => {
    it('exits 0 on the reference instrument', async () => {
        const t = io();
        expect(await runCheck(['examples/hartford-2007-section16.poa'], t.io, { today: '2025-06-30' })).toBe(0);
    });

    it('prints JSON with 1-based lines and columns and exits 1 on errors', async () => {
        const t = io();
        const code = await runCheck(['test/fixtures/diagnostics/ca-notary-or-witnesses.poa', '--format', 'json'], t.io, { today: '2025-06-30' });
        expect(code).toBe(1);
        const results = JSON.parse(t.out());
        expect(results).toEqual([{
            file: 'test/fixtures/diagnostics/ca-notary-or-witnesses.poa', line: 18, column: 5, endLine: 18, endColumn: 13,
            severity: 'error', code: 'poa/ca-notary-or-witnesses', message: expect.stringMatching(/^The execution has neither a notary acknowledgment nor two witnesses\./)
        }]);
    });

    it('reports blanks as errors only with --final', async () => {
        const file = 'test/fixtures/diagnostics/unset-parameter.poa';
        const draft = io();
        expect(await runCheck([file, '--format', 'json'], draft.io, { today: '2025-06-30' })).toBe(0);
        expect(JSON.parse(draft.out()).map((r: { severity: string }) => r.severity)).toEqual(['information']);
        const final = io();
        expect(await runCheck([file, '--format', 'json', '--final'], final.io, { today: '2025-06-30' })).toBe(1);
        expect(JSON.parse(final.out()).map((r: { code: string; severity: string }) => `${r.severity} ${r.code}`)).toEqual(['error poa/unset-parameter']);
    });

    it('checks a template once per data row, with the row\'s values bound', async () => {
        const template = 'examples/templates/section16-officer.poa';
        const good = io();
        expect(await runCheck([template, '--data', 'examples/templates/officers.csv', '--final'], good.io, { today: '2025-06-30' })).toBe(0);
        const dir = mkdtempSync(join(tmpdir(), 'poa-check-'));
        writeFileSync(join(dir, 'bad.csv'), 'officerName,executionDate,officerTitel\nPat Doe,next week,CFO\n');
        const bad = io();
        expect(await runCheck([template, '--data', join(dir, 'bad.csv'), '--final', '--format', 'json'], bad.io, { today: '2025-06-30' })).toBe(1);
        expect(JSON.parse(bad.out()).map((r: { code: string; severity: string }) => `${r.severity} ${r.code}`)).toEqual(['warning poa/unknown-parameter', 'error poa/parameter-wrong-type', 'information poa/form-id-notarized']);
    });

    it('checks several files against each other', async () => {
        const t = io();
        await runCheck(['test/fixtures/diagnostics/overlapping-powers/kreczko-2007.poa', 'test/fixtures/diagnostics/overlapping-powers/kreczko-2008.poa', '--format', 'json'], t.io, { today: '2025-06-30' });
        expect(JSON.parse(t.out()).map((r: { code: string }) => r.code)).toEqual(['poa/overlapping-powers', 'poa/overlapping-powers']);
    });

    it('writes SARIF 2.1.0 with the rules and results', async () => {
        const t = io();
        await runCheck(['test/fixtures/diagnostics/form-wrong-statute.poa', '--format', 'sarif'], t.io, { today: '2025-06-30' });
        const sarif = JSON.parse(t.out());
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.$schema).toContain('sarif-2.1.0');
        const run = sarif.runs[0];
        expect(run.tool.driver.name).toBe('poa');
        const [result] = run.results;
        expect(result.ruleId).toBe('poa/form-wrong-statute');
        // A warning since real, filed powers tie Schedules 13D/13G and Form ID to Section 16(a): no statute voids them.
        expect(result.level).toBe('warning');
        expect(run.tool.driver.rules[result.ruleIndex].id).toBe('poa/form-wrong-statute');
        expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 18, startColumn: 14, endLine: 18, endColumn: 21 });
        expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/diagnostics/form-wrong-statute.poa');
    });

    it('exits 2 for a missing file but still checks the others', async () => {
        const t = io();
        expect(await runCheck(['no-such.poa', 'examples/hartford-2007-section16.poa'], t.io, { today: '2025-06-30' })).toBe(2);
        expect(t.err()).toContain('no-such.poa: no such file');
    });

    it('rejects bad usage', async () => {
        await expect(runCheck([], io().io)).rejects.toBeInstanceOf(UsageError);
        await expect(runCheck(['x.poa', '--format', 'xml'], io().io)).rejects.toThrow(/unknown format 'xml'/);
    });
});

describe('poa rules', () => {
    it('lists at least 40 rules as JSON, each with a source', async () => {
        const t = io();
        expect(await runRules(['--format', 'json'], t.io)).toBe(0);
        const rules = JSON.parse(t.out());
        expect(rules.length).toBeGreaterThanOrEqual(40);
        for (const r of rules) {
            expect(r.code).toMatch(/^poa\/[a-z0-9-]+$/);
            expect(r.source.length).toBeGreaterThan(5);
        }
        expect(new Set(rules.map((r: { code: string }) => r.code)).size).toBe(rules.length);
    });

    it('docs/rules.md is the catalog as Markdown (regenerate with node scripts/generate-rules-doc.mjs)', async () => {
        const t = io();
        await runRules(['--format', 'md'], t.io);
        expect(readFileSync(join(root, 'docs', 'rules.md'), 'utf8')).toBe(t.out());
    });
});
