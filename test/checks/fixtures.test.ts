/**
 * One fixture per rule: iterating the catalog, every rule must have a file in
 * test/fixtures/diagnostics/ that produces its code (a rule without a fixture
 * fails here). Cross-file rules have a folder of files instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../language/checks/workspace-checks.js';
import { RULES } from '../../language/rules/rule-catalog.js';
import { check, FIXTURES, fixturePath, readFixture, TODAY } from './check-helpers.js';

describe('every rule has a fixture that produces its code', () => {
    for (const rule of RULES) {
        const name = rule.code.replace(/^poa\//, '');
        it(rule.code, async () => {
            const folder = join(FIXTURES, name);
            if (existsSync(folder)) {
                const files = readdirSync(folder).filter((f) => f.endsWith('.poa'));
                const docs = await Promise.all(files.map(async (f) => ({ uri: `file:///${name}/${f}`, model: (await check(readFileSync(join(folder, f), 'utf8'))).model })));
                const findings = [...checkWorkspace(docs, { today: TODAY }).values()].flat();
                expect(findings.map((f) => f.code)).toContain(rule.code);
                return;
            }
            expect(existsSync(fixturePath(rule.code)), `missing fixture ${fixturePath(rule.code)}`).toBe(true);
            const { diagnostics } = await check(readFixture(rule.code));
            const codes = diagnostics.map((d) => d.code);
            expect(codes).toContain(rule.code);
            // The fixture is small and otherwise clean: it produces no other problem.
            expect(diagnostics.filter((d) => d.code !== rule.code && (d.severity === 'error' || d.severity === 'warning')).map((d) => `${d.code}: ${d.message}`)).toEqual([]);
        });
    }
});
