/**
 * The standard witnesses' attestation says only what the file bears out: with a witness who is an agent or a
 * successor agent, it does not say that no witness is named as an agent (trials found the statement false on
 * Florida, Colorado and Texas powers); a health-care power's witnesses say that the principal appeared to sign
 * willingly and free from duress, which New York requires its witnesses to state (N.Y. Pub. Health Law
 * § 2981(2)(a)).
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (kind: string, witnesses: string) => `poa X {
    kind ${kind}
    jurisdiction TX
    principal p "Pat Doe" { pronoun she }
    agents { agent a "Ann Lee" }
    successors { agent s "Sue Grant" }
    grant { ${kind === 'healthcare' ? 'health-care decisions' : 'subjects banks'} }
    executed 2026-01-02 { signature ${witnesses} }
}`;

describe('the witnesses\' attestation', () => {
    test('says no witness is named as an agent when none is', async () => {
        const text = squash(await renderSource(power('general', 'witnesses "Kim Ray", "Lou Park"')));
        expect(text).toContain('Each of us is at least eighteen years of age, and neither of us is named as an agent in this power of attorney.');
        expect(text).not.toContain('free from duress');
    });

    test.each([
        ['an agent by name', 'witnesses "Kim Ray", "Ann Lee"'],
        ['a successor agent by name', 'witnesses "Kim Ray", "Sue Grant"'],
        ['a witness stated to be an agent', 'witnesses "Kim Ray", "Lou Park" { witness 2 is agent }']
    ])('does not say it with %s among the witnesses', async (_case, witnesses) => {
        const text = squash(await renderSource(power('general', witnesses)));
        expect(text).toContain('and of each other. Each of us is at least eighteen years of age. ');
        expect(text).not.toContain('named as an agent');
    });

    test('of one witness who is an agent', async () => {
        const text = squash(await renderSource(power('general', 'witnesses "Ann Lee"')));
        expect(text).toContain('in the presence of the principal. I am at least eighteen years of age. ');
        expect(text).not.toContain('named as an agent');
    });

    test('of a health-care power says the principal appeared to sign willingly and free from duress', async () => {
        const text = squash(await renderSource(power('healthcare', 'witnesses "Kim Ray", "Lou Park"')));
        expect(text).toContain('in the presence of the principal and of each other. The principal appeared to sign willingly and free from duress. Each of us is at least eighteen years of age, and neither of us is named as an agent in this power of attorney.');
    });
});
