/**
 * What a new user modelling five held-out powers (test/fixtures/heldout/) found costly or wrong.
 * Expected sentences are written by hand from those instruments' texts, not copied from the renderer.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

function securities(grant: string, extra = ''): string {
    return `poa T {
        kind securities
        principal p "Pat Poe" { pronoun he }
        agents { agent a "Ann Lee" }
        issuer crm "Salesforce, Inc."
        ${grant}
        ${extra}
        executed 2025-03-01 { signature conformed }
    }`;
}

describe('a filing style that words a power of its own, under the default securities power (Salesforce 10-K)', () => {
    test('sign-amendments reads as its own power, not after "the preparation, execution and filing of"', async () => {
        const text = squash(await renderSource(securities('grant { file form10K under section13a style sign-amendments }')));
        expect(text).toContain('to sign any amendments to this Annual Report on Form 10-K, and to file the same, with exhibits thereto and other documents in connection therewith, with the');
        expect(text).not.toMatch(/filing of to sign/);
        expect(text).not.toContain('in connection with the preparation, execution and filing of');
    });

    test('with a compliance purpose, the frame keeps it and the filing follows as a power of its own', async () => {
        const text = squash(await renderSource(securities('grant { comply with act1934 file form10K under section13a style sign-amendments }')));
        expect(text).toMatch(/to enable the undersigned to comply with the Securities Exchange Act of 1934[^;]*;/);
        expect(text).toContain('to sign any amendments to this Annual Report on Form 10-K');
        expect(text).not.toMatch(/filing of to sign/);
    });

    test('a filing style that names the thing filed keeps the default frame', async () => {
        const text = squash(await renderSource(securities('grant { file form4 under section16a style all-filings }')));
        expect(text).toContain('in connection with the preparation, execution and filing of all securities and related filings with');
    });
});
