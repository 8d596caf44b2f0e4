/**
 * The findings of the rule review (issue 11), one fixture each in
 * test/fixtures/findings/: a model of a valid instrument, or of the defect a
 * rule must report. Each fixture states what the checks must report in
 * comments (`// expect poa/CODE: reason`, `// expect-warning ...`,
 * `// expect-information ...`): its errors and warnings are held exact, its
 * information findings must include those listed. Checks on the wording of
 * a message are in MESSAGE_CHECKS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareErrors, expectedFindings } from '../../language/checks/expected-codes.js';
import { check } from './check-helpers.js';

const dir = join(__dirname, '..', 'fixtures', 'findings');

/** What a finding's message must (or must not) say, by fixture and code. */
const MESSAGE_CHECKS: Record<string, { code: string; has?: RegExp[]; hasNot?: RegExp[] }[]> = {};

export function registerMessageCheck(fixture: string, code: string, has: RegExp[] = [], hasNot: RegExp[] = []): void {
    (MESSAGE_CHECKS[fixture] ??= []).push({ code, has, hasNot });
}

describe('findings of the rule review', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.poa')).sort();
    it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
        it(file, async () => {
            const text = readFileSync(join(dir, file), 'utf8');
            const expected = expectedFindings(text);
            const { diagnostics } = await check(text, `file:///findings/${file}`);
            const of = (severity: string) => diagnostics.filter((d) => d.severity === severity);
            const describeAll = (severity: string) => of(severity).map((d) => `${d.code}: ${d.message}`);
            for (const severity of ['error', 'warning'] as const) {
                const cmp = compareErrors(of(severity).map((d) => d.code), expected.filter((e) => e.severity === severity));
                expect({ severity, unexpected: cmp.unexpected, missing: cmp.missing }, describeAll(severity).join('\n')).toEqual({ severity, unexpected: [], missing: [] });
            }
            const info = new Set(of('information').map((d) => d.code));
            for (const e of expected.filter((x) => x.severity === 'information')) expect(info, `${e.code} (information)`).toContain(e.code);
            for (const m of MESSAGE_CHECKS[file] ?? []) {
                const found = diagnostics.filter((d) => d.code === m.code);
                expect(found.length, m.code).toBeGreaterThan(0);
                for (const d of found) {
                    for (const re of m.has ?? []) expect(d.message).toMatch(re);
                    for (const re of m.hasNot ?? []) expect(d.message).not.toMatch(re);
                }
            }
        });
    }
});

// The wording each finding corrected: what the message must, and must not, say.
registerMessageCheck('federal-electronic-signature.poa', 'poa/federal-conformed-signature', [/electronically/, /December 4, 2020/], [/manually sign a signature page/, /must manually/i]);
registerMessageCheck('ny-gifts-citation.poa', 'poa/ny-gifts-modifications', [/5-1513/], [/5-1514/]);
registerMessageCheck('fl-missing-subjects.poa', 'poa/missing-subjects', [/709\.2201\(1\)/, /power "to sell/], [/subjects all/, /subjects line/]);
registerMessageCheck('fl-superpowers.poa', 'poa/fl-superpowers-initials', [/709\.2202\(1\)/]);
registerMessageCheck('il-co-agents-majority.poa', 'poa/agent-mode-unstated', [/majority/, /2-10\.5/]);
registerMessageCheck('co-co-agents-citation.poa', 'poa/agent-mode-unstated', [/15-14-711\(1\)/, /111\(a\)/], [/111\(b\)/]);
registerMessageCheck('unknown-form-citation.poa', 'poa/unknown-form', [/Part 239/, /Part 249/]);
registerMessageCheck('securities-no-filing-citation.poa', 'poa/missing-securities-filing', [/13\(d\)/], [/601\(b\)\(24\)/]);
registerMessageCheck('healthcare-citation-CA.poa', 'poa/missing-health-care-authority', [/Cal\. Prob\. Code/], [/1993/]);
registerMessageCheck('sec16-forms-4-and-5-only.poa', 'poa/missing-section16-forms', [/No statute requires/]);
registerMessageCheck('securities-any-issuer.poa', 'poa/missing-issuer', [/No statute requires/]);
registerMessageCheck('limited-no-end.poa', 'poa/missing-end', [/No statute requires/]);
registerMessageCheck('registration-signers-6a.poa', 'poa/registration-without-amendments', [/majority of the board/, /specific filing or an amendment/], [/every director and officer/]);
registerMessageCheck('unknown-form-citation.poa', 'poa/unknown-form', [/239\.11/, /239\.16b/, /249\.103-249\.105/]);
registerMessageCheck('il-healthcare-unwitnessed.poa', 'poa/il-healthcare-witness', [/4-5\.1\(a\)/, /4-10\(a\)/]);
