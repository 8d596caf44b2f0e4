/**
 * `signature "/s/ ..." } style by-typed-name`: a clause's style written after a
 * closing brace is read as the instrument's style set. The check says so and
 * says where the style belongs, instead of listing the style sets as if the
 * author had misspelt one (held-out AMR and Merkadeau models).
 */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';

const poa = (execution: string) => `poa T {
    kind section16
    principal pat "Pat Doe" { pronoun she }
    agents { agent alex "Alex Roe" }
    grant { power "sign checks" }
    ${execution}
}`;

describe('a clause style where a style set is chosen', () => {
    test('names the clause the style belongs to and where to write it', async () => {
        const { diagnostics } = await check(poa('executed 2020-01-15 { signature "/s/ Pat Doe" } style by-typed-name'));
        const styles = diagnostics.filter((d) => /style/.test(String(d.code)));
        expect(styles.map((d) => d.code)).toEqual(['poa/clause-style-as-set']);
        expect(styles[0].message).toContain('"by-typed-name" is a style of the clause "signature"');
        expect(styles[0].message).toContain('{ signature "/s/ Pat Doe" style by-typed-name }'.replace('Pat Doe', 'Jane Roe'));
        expect(styles[0].message).not.toContain('Known styles: plain-defaults');
    });

    test('the style inside the signature clause is no finding', async () => {
        const { diagnostics } = await check(poa('executed 2020-01-15 { signature "/s/ Pat Doe" style by-typed-name }'));
        expect(diagnostics.filter((d) => /style/.test(String(d.code)))).toEqual([]);
    });

    test('a misspelt style set is still the unknown-style warning', async () => {
        const { diagnostics } = await check(poa('style edgar-classics executed 2020-01-15 { signature conformed }'));
        expect(diagnostics.map((d) => d.code)).toContain('poa/unknown-style');
    });
});

describe('a grant style with no place for a clause the file states', () => {
    test('letter-confirms with substitution and ratification warns, naming the style', async () => {
        const { diagnostics } = await check(poa('grant style letter-confirms { power "sign checks" } substitution with revocation ratification executed 2020-01-15 { signature conformed }').replace('grant { power "sign checks" }', ''));
        const omits = diagnostics.filter((d) => d.code === 'poa/style-omits-clause').map((d) => d.message);
        expect(omits).toEqual([
            'The grant style "letter-confirms" has no place for the substitution clause, so the rendered instrument leaves it out.',
            'The grant style "letter-confirms" has no place for the ratification clause, so the rendered instrument leaves it out.'
        ].map((m) => expect.stringContaining(m)));
    });

    test('the default grant style is no finding', async () => {
        const { diagnostics } = await check(poa('substitution with revocation ratification executed 2020-01-15 { signature conformed }'));
        expect(diagnostics.map((d) => d.code)).not.toContain('poa/style-omits-clause');
    });
});
