/**
 * The hand-tuned TextMate grammar (syntaxes/poa.tmLanguage.json) against the
 * Langium grammar: every keyword of language/poa.langium is highlighted as a
 * whole word (hyphenated keywords included), and words that merely contain a
 * keyword are not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'poa.tmLanguage.json'), 'utf8'));
const keywordRules = ['clause-keywords', 'values', 'connectives'].map((k) => new RegExp(grammar.repository[k].match, 'g'));

/** The keywords of the Langium grammar: every quoted word. */
function langiumKeywords(): string[] {
    const source = readFileSync(join(ROOT, 'language', 'poa.langium'), 'utf8').replace(/\/\/.*$/gm, '');
    return [...new Set([...source.matchAll(/'([a-z][a-z0-9-]*)'/g)].map((m) => m[1]))];
}

/** The whole-word matches of the keyword rules in a line. */
function highlighted(line: string): string[] {
    return keywordRules.flatMap((re) => [...line.matchAll(re)].map((m) => m[0]));
}

describe('the TextMate grammar', () => {
    it('highlights every keyword of the language as a whole word', () => {
        const keywords = langiumKeywords();
        expect(keywords.length).toBeGreaterThan(100);
        const missed = keywords.filter((k) => !highlighted(` ${k} `).includes(k));
        expect(missed).toEqual([]);
    });

    it('matches hyphenated keywords whole, and not inside identifiers', () => {
        expect(highlighted('agents any-one-or-more {')).toEqual(['agents', 'any-one-or-more']);
        const words = highlighted('revocation by signed-writing delivered to agents');
        expect(words).toContain('signed-writing');
        expect(words).not.toContain('signed');
        expect(highlighted('issuer hartford_term kindness')).toEqual(['issuer']);
        expect(highlighted('agent he-man')).toEqual(['agent']);
    });

    it('names the instrument, the parties and template parameters', () => {
        const header = new RegExp(grammar.repository.header.match).exec('poa Kreczko2007 {');
        expect(header?.[2]).toBe('Kreczko2007');
        const declaration = new RegExp(grammar.repository.declaration.match).exec('    principal kreczko "Alan J. Kreczko" {');
        expect(declaration?.[2]).toBe('kreczko');
        const parameter = new RegExp(grammar.repository['parameter-reference'].match).exec('principal p [principalName]');
        expect(parameter?.[2]).toBe('principalName');
        expect(new RegExp(grammar.repository.dates.match).exec('executed 2007-07-26 {')?.[0]).toBe('2007-07-26');
    });
});
