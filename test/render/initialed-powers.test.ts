/**
 * Powers granted expressly that the principal initials (`expressly ... initialed`): Florida lets an agent
 * exercise them "only if the principal signed or initialed next to each specific enumeration" (Fla. Stat.
 * § 709.2202(1)), so each is printed as a power of its own with a line for the initials next to it. Before,
 * the check accepted `initialed` while no format printed anywhere to initial.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (expressly: string) => `poa X {
    kind general
    jurisdiction FL
    principal p "Pat Doe" { pronoun she }
    agents { agent a "Ann Lee" }
    grant {
        power "to prepare, sign and file tax returns"
        ${expressly}
    }
    term { starts immediately durable }
    executed 2026-01-02 { signature witnesses 2 notary acknowledgment in "Florida" }
}`;

describe('powers the principal initials', () => {
    test('each is a power of its own, after a line for the initials', async () => {
        const text = squash(await renderSource(power('expressly gifts, trusts initialed')));
        expect(text).toContain('(1) to prepare, sign and file tax returns; (2) ________ (initials) to make a gift, which specific authority the undersigned hereby grants expressly; and (3) ________ (initials) to create, amend, revoke, or terminate an inter vivos trust, which specific authority the undersigned hereby grants expressly.');
    });

    test('powers granted expressly without initials are still said together, with no line', async () => {
        const text = squash(await renderSource(power('expressly gifts, trusts')));
        expect(text).toContain('(2) to make a gift and create, amend, revoke, or terminate an inter vivos trust, which specific authority the undersigned hereby grants expressly.');
        expect(text).not.toContain('(initials)');
    });

    test('initialled and uninitialled express powers in one grant: only the initialled ones get the line', async () => {
        const text = squash(await renderSource(power('expressly gifts\n        expressly trusts initialed')));
        expect(text).toContain('(2) to make a gift, which specific authority the undersigned hereby grants expressly; and (3) ________ (initials) to create, amend, revoke, or terminate an inter vivos trust');
        expect(text.match(/\(initials\)/g)).toHaveLength(1);
    });
});
