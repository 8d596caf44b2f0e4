/**
 * A short term the agents' designation defines (`agents { called "Attorney and Agent" defined as "Agent" }`), as
 * forms that go on to speak of "my Agent" define it: said once, where the appointment first names the
 * designation, in the instrument's `definition` style.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const source = (agents: string, extra = '') => `poa X {
    kind general
    voice first-person
    principal jane "Jane Roe" { pronoun she }
    agents { called "Attorney and Agent" ${agents} agent john "John Doe" }
    ${extra}
    grant { power "sign checks" }
    acknowledgment no-assumption
    executed 2024-03-01 { signature conformed }
}`;

describe('a short term defined by the agents\' designation', () => {
    test('is defined where the appointment first names the designation, and only there', async () => {
        const text = squash(await renderSource(source('defined as "Agent"')));
        expect(text).toContain('my true and lawful Attorney and Agent (the "Agent"), to sign checks.');
        // The acknowledgment names the designation again, without defining it a second time.
        expect(text).toContain('the foregoing Attorney and Agent, in serving in such capacity');
        expect(text.match(/\(the "Agent"\)/g)).toHaveLength(1);
    });

    test('follows the instrument\'s definition style', async () => {
        const text = squash(await renderSource(source('defined as "Agent"', 'phrasing definition style bare')));
        expect(text).toContain('my true and lawful Attorney and Agent ("Agent"), to sign checks.');
    });

    test('without `defined as` the designation defines nothing', async () => {
        expect(await syntaxErrors(source(''))).toEqual([]);
        const text = squash(await renderSource(source('')));
        expect(text).toContain('my true and lawful Attorney and Agent, to sign checks.');
        expect(text).not.toContain('(the "Agent")');
    });
});
