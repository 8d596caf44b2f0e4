/**
 * The severity discipline (docs/rules.md): every rule states why it has its
 * severity and which instruments its law governs, the stated basis names the
 * severity the rule really has, and the generated reference shows basis,
 * scope and provenance for every rule.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../language/rules/rule-catalog.js';
import { provenanceOf } from '../../language/rules/rule.js';
import { rulesMarkdown } from '../../language/rules/rules-reference.js';

describe('every rule states its severity basis, scope and provenance', () => {
    for (const rule of RULES) {
        it(rule.code, () => {
            expect(rule.severityBasis.trim().length, 'severityBasis').toBeGreaterThan(20);
            expect(rule.scope.trim().length, 'scope').toBeGreaterThan(10);
            // The basis opens with the severity the rule has (templates: information while drafting, error when final).
            expect(rule.severityBasis.toLowerCase().startsWith(rule.severity) || rule.severityBasis.startsWith('information while drafting')).toBe(true);
            const provenance = provenanceOf(rule);
            expect(provenance.length).toBeGreaterThan(0);
            for (const p of provenance) {
                expect(p.citation.length).toBeGreaterThan(0);
                if (p.read === 'text') expect(p.where, `${p.citation}: where was the text read?`).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+ )/);
            }
            // The lawyer-facing wording never carries the documentation's caveat.
            expect(`${rule.message} ${rule.why} ${rule.action}`).not.toMatch(/not verified/i);
        });
    }
});

describe('docs/rules.md shows the discipline', () => {
    const md = rulesMarkdown();
    it('states the severity discipline before the rules', () => {
        const discipline = md.indexOf('## Severity discipline');
        expect(discipline).toBeGreaterThan(0);
        expect(md.slice(discipline)).toMatch(/\*\*error\*\*: the cited law makes the instrument invalid, ineffective or not fileable/);
        expect(discipline).toBeLessThan(md.indexOf('### `'));
    });
    it('shows basis, scope and provenance under every rule', () => {
        for (const rule of RULES) {
            const start = md.indexOf(`### \`${rule.code}\``);
            expect(start, rule.code).toBeGreaterThan(0);
            const next = md.indexOf('### `', start + 5);
            const section = md.slice(start, next < 0 ? undefined : next);
            expect(section).toContain('- Severity basis: ');
            expect(section).toContain('- Scope: ');
            expect(section).toMatch(/- Provenance: .*(text read at|citation not verified)/);
        }
    });
});
