/**
 * A `worded "..."` override replaces its clause (docs/language.md, "Wording overrides"): found by modelling
 * the California Uniform Statutory Form Power of Attorney (test/heldout/ca-4401-uniform-statutory-form-2021.poa)
 * from the docs alone. The term's override left its start and durability sentences standing beside the
 * words that replace them, and a worded grant that ends its sentence with a stop printed two stops.
 */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';
import { renderSource, squash } from '../helpers.js';

function poa(clauses: string): string {
    return `poa Test {
        kind general
        voice first-person
        principal jane "Jane Roe" { pronoun she }
        agents { agent john "John Doe" }
        ${clauses}
        executed 2024-03-01 { signature conformed }
    }`;
}

describe('a worded term replaces the whole term', () => {
    test('no start or durability sentence beside the words that replace them', async () => {
        const text = squash(await renderSource(poa(`grant { power "sign checks" }
            term { starts immediately  ends when revoked  durable } worded "This power of attorney is effective immediately and will continue until it is revoked."`)));
        expect(text).toContain('This power of attorney is effective immediately and will continue until it is revoked.');
        expect(text).not.toContain('shall become effective immediately');
        expect(text).not.toContain('shall not be affected by my subsequent disability or incapacity');
    });

    test('an unworded term still says its start, end and durability', async () => {
        const text = squash(await renderSource(poa('grant { power "sign checks" } term { starts immediately  ends when revoked  durable }')));
        expect(text).toContain('This power of attorney shall become effective immediately');
        expect(text).toContain('This power of attorney shall not be affected by my subsequent disability or incapacity, or by lapse of time.');
    });
});

describe('a worded grant ends its sentence once', () => {
    test('the override\'s own final stop is not doubled', async () => {
        const text = squash(await renderSource(poa('grant { power "sign checks" } worded "to sign checks on my account at First Bank."')));
        expect(text).toContain('my true and lawful attorney-in-fact, to sign checks on my account at First Bank.');
        expect(text).not.toContain('First Bank..');
    });

    test('an override without a stop gets the sentence\'s stop', async () => {
        const text = squash(await renderSource(poa('grant { power "sign checks" } worded "to sign checks on my account at First Bank"')));
        expect(text).toContain('to sign checks on my account at First Bank.');
    });
});

describe('a form\'s own statement of the witnesses', () => {
    const proxy = (witnesses: string) => `poa Proxy {
        kind healthcare
        jurisdiction NY
        voice first-person
        principal jane "Jane Roe" { pronoun she }
        agents { agent john "John Doe" }
        grant { health-care decisions }
        executed 2024-03-01 { signature  ${witnesses} }
    }`;

    test('worded witnesses print the form\'s statement in place of the standard attestation', async () => {
        const text = squash(await renderSource(proxy('witnesses "Ann Lee", "Bo Chan" worded "I declare that the person who signed this document is personally known to me and appears to be of sound mind and acting of his or her own free will."')));
        expect(text).toContain('I declare that the person who signed this document is personally known to me and appears to be of sound mind and acting of his or her own free will.');
        expect(text).not.toContain('Signed and declared by the principal');
        expect(text).not.toContain('WITNESSES');
        // each witness still has a line to sign
        expect(text).toContain('Witness: Ann Lee');
        expect(text).toContain('Witness: Bo Chan');
    });

    test('without worded the standard attestation stays', async () => {
        const text = squash(await renderSource(proxy('witnesses 2')));
        expect(text).toContain('WITNESSES');
        expect(text).toContain('Signed and declared by the principal to be the principal\'s power of attorney in our presence');
    });

    test('a name in the witnesses\' words is checked like any worded reference', async () => {
        const unknown = await check(proxy('witnesses 2 worded "I declare that {nobody} signed this document in my presence."'));
        expect(unknown.diagnostics.map((d) => d.code)).toContain('poa/wording-unknown-reference');
        const known = await check(proxy('witnesses 2 worded "I declare that {jane} signed this document in my presence."'));
        expect(known.diagnostics.map((d) => d.code)).not.toContain('poa/wording-unknown-reference');
        expect(squash(await renderSource(proxy('witnesses 2 worded "I declare that {jane} signed this document in my presence."')))).toContain('I declare that Jane Roe signed this document in my presence.');
    });
});
