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

describe('a grant that lists its powers after "to:"', () => {
    // A trial found "attorneys-in-fact to: (a) buy ...; and (f) to make a gift": the file's own powers lose
    // their "to" after "to:", the phrasebook's kept it.
    test('says no power with a "to" of its own', async () => {
        const text = squash(await renderSource(`poa X {
    kind general
    jurisdiction FL
    principal p "Pat Doe" { pronoun she }
    agents { agent a "Ann Lee" }
    grant numbering "(a)" {
        power "buy and sell real property"
        subjects taxes
        expressly gifts initialed
        expressly trusts
    }
    term { starts immediately durable }
    executed 2026-01-02 { signature witnesses 2 notary acknowledgment in "Florida" }
}`));
        expect(text).toContain('attorney-in-fact to: (a) buy and sell real property; (b) act for the undersigned with general authority');
        expect(text).toContain('(c) ________ (initials) make a gift, which specific authority the undersigned hereby grants expressly; and (d) create, amend, revoke, or terminate an inter vivos trust');
        expect(text).not.toMatch(/\([a-z]\) (?:________ \(initials\) )?to /);
    });
});
