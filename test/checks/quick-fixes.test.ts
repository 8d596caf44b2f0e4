/**
 * Every quick fix, applied to its rule's fixture: the code is gone, the file
 * still parses, and the user's text is untouched (every original line is
 * still there, except the one construct a replacing fix rewrites).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, quickFixesFor } from '../../language/fixes/quick-fixes.js';
import { RULES } from '../../language/rules/rule-catalog.js';
import { check, readFixture } from './check-helpers.js';

const PARSE_CODES = ['parsing-error', 'lexing-error'];

async function fixesFor(code: string, text: string) {
    const { document, model } = await check(text);
    const diagnostic = (document.diagnostics ?? []).find((d) => d.code === code);
    expect(diagnostic, `no ${code} diagnostic`).toBeDefined();
    return quickFixesFor(diagnostic!.data, text, model);
}

describe('quick fixes for every rule that offers one', () => {
    for (const rule of RULES.filter((r) => r.quickFix)) {
        it(rule.code, async () => {
            const text = readFixture(rule.code);
            const fixes = await fixesFor(rule.code, text);
            expect(fixes.length).toBeGreaterThan(0);
            for (const fix of fixes) {
                const fixed = applyEdits(text, fix.edits);
                const { diagnostics } = await check(fixed);
                expect(diagnostics.filter((d) => PARSE_CODES.includes(d.code)).map((d) => d.message), `${fix.title}: parses`).toEqual([]);
                expect(diagnostics.map((d) => d.code), `${fix.title}: code gone`).not.toContain(rule.code);
                // A replacing edit, or a word inserted within a line (a mode after "agents"), changes that
                // one line; every other original line survives verbatim.
                const touched = new Set<number>();
                for (const e of fix.edits.filter((x) => x.length > 0 || !x.newText.includes('\n'))) touched.add(text.slice(0, e.offset).split('\n').length - 1);
                const fixedLines = fixed.split('\n');
                text.split('\n').forEach((line, i) => {
                    if (!touched.has(i)) expect(fixedLines, `${fix.title}: line ${i + 1} kept`).toContain(line);
                });
            }
        });
    }
});

describe('fix placement and formatting', () => {
    it('inserts a missing term at its canonical place, indented like the file', async () => {
        const text = readFixture('poa/missing-term');
        const [fix] = await fixesFor('poa/missing-term', text);
        expect(fix.title).toBe('Add the term');
        expect(applyEdits(text, fix.edits)).toContain([
            '    supersedes all prior authorizations for acme securities revoking them',
            '    term {',
            '        ends when no longer subject to section16 for acme',
            '    }',
            '    revocation by signed-writing delivered to agents'
        ].join('\n'));
    });

    it('follows a two-space indentation and keeps a trailing comment on its line', async () => {
        const text = [
            'poa Small {',
            '  kind section16 // insider filings',
            '  principal pat "Pat Doe"',
            '}',
            ''
        ].join('\n');
        const fixes = await fixesFor('poa/missing-agent', text);
        expect(applyEdits(text, fixes[0].edits)).toBe([
            'poa Small {',
            '  kind section16 // insider filings',
            '  principal pat "Pat Doe"',
            '  agents {',
            '    agent agent1 "[Name of agent]"',
            '  }',
            '}',
            ''
        ].join('\n'));
    });

    it('states the co-agent mode of the jurisdiction first (New York: jointly)', async () => {
        const text = readFixture('poa/agent-mode-unstated');
        const fixes = await fixesFor('poa/agent-mode-unstated', text);
        expect(fixes.map((f) => f.title)).toEqual(['Agents act jointly (the default, stated)', 'Agents act severally (each acting alone)']);
        expect(fixes[0].preferred).toBe(true);
        expect(applyEdits(text, fixes[0].edits)).toContain('    agents jointly {\n');
    });

    it('moves Form 144 to Rule 144 by replacing only the statute', async () => {
        const text = readFixture('poa/form-wrong-statute');
        const [fix] = await fixesFor('poa/form-wrong-statute', text);
        expect(fix.edits).toHaveLength(1);
        expect(text.slice(fix.edits[0].offset, fix.edits[0].offset + fix.edits[0].length)).toBe('section16a');
        expect(applyEdits(text, fix.edits)).toContain('        file form144 under rule144\n');
    });

    it('moves a form out of a mixed filing into a filing of its own', async () => {
        const text = readFixture('poa/form-wrong-statute').replace('file form3, form4, form5 under section16a including amendments\n        file form144 under section16a', 'file form3, form144, form4, form5 under section16a including amendments');
        const [fix] = await fixesFor('poa/form-wrong-statute', text);
        const fixed = applyEdits(text, fix.edits);
        expect(fixed).toContain('        file form3, form4, form5 under section16a including amendments\n        file form144 under rule144\n    }');
        const { diagnostics } = await check(fixed);
        expect(diagnostics.map((d) => d.code)).not.toContain('poa/form-wrong-statute');
    });

    it('conforms a signature given with its signer after the signer', async () => {
        const text = readFixture('poa/federal-conformed-signature').replace('        signature\n', '        signature by pat\n');
        const [fix] = await fixesFor('poa/federal-conformed-signature', text);
        expect(applyEdits(text, fix.edits)).toContain('        signature by pat conformed\n');
    });

    it('keeps CRLF line endings', async () => {
        const text = readFixture('poa/missing-revocation').replace(/\n/g, '\r\n');
        const [fix] = await fixesFor('poa/missing-revocation', text);
        const fixed = applyEdits(text, fix.edits);
        expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
        expect(fixed).toContain('\r\n    revocation by signed-writing delivered to agents\r\n');
    });

    it('answers garbage data with no fixes', () => {
        expect(quickFixesFor(undefined, '', {} as never)).toEqual([]);
        expect(quickFixesFor({ fix: { fix: 'insert-clause', title: 'x', args: { clause: 'nonsense', text: 'x' } } }, 'poa X {}', {} as never)).toEqual([]);
    });
});
