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

function section16(agents: string, extra = '', grantStyle = ''): string {
    return `poa T {
        kind section16
        voice first-person
        principal m "Lawrence E. McCanna" { pronoun he }
        ${agents}
        ${extra}
        grant ${grantStyle} { power "sign and file form 4's and form 5's" }
        executed 2020-03-19 { signature conformed }
    }`;
}

describe('small constructs the held-out powers use', () => {
    test('agents joined by "and/or", each with a title after the name (Sinclair letter)', async () => {
        const text = squash(await renderSource(section16(`agents severally style and-or {
            agent b "David R. Bochenek" { title "Senior Vice President/Chief Accounting Officer/Controller" }
            agent r "Lucy A. Rutishauser" { title "Executive Vice President/Chief Financial Officer" }
        }`, 'opening style hereby-authorize phrasing appointment style named-only', 'style joined')));
        expect(text).toContain('I hereby authorize David R. Bochenek, Senior Vice President/Chief Accounting Officer/Controller and/or Lucy A. Rutishauser, Executive Vice President/Chief Financial Officer to sign and file');
    });

    test('three agents with titles keep one comma between them, "and/or" before the last', async () => {
        const text = squash(await renderSource(section16(`agents style and-or {
            agent a "Ann Lee" { title "Controller" } agent b "Bo Chan" agent c "Cy Doe" { title "Treasurer" }
        }`)));
        expect(text).toContain('Ann Lee, Controller, Bo Chan and/or Cy Doe, Treasurer');
    });

    test('severally as "acting severally" (BlackRock)', async () => {
        const text = squash(await renderSource(section16('agents severally style acting-severally { agent a "Eric Andruczyk" agent b "Brenda Schulz" }')));
        expect(text).toContain('Eric Andruczyk and Brenda Schulz, acting severally,');
        expect(text).not.toContain('each acting singly');
    });

    test('"Know all men by these presents" in mixed case (AAR, Garascia)', async () => {
        const text = squash(await renderSource(section16('agents { agent a "Kim Loies" }', 'opening style undersigned-verb phrasing presents style know-all-men-mixed')));
        expect(text).toContain('POWER OF ATTORNEY Know all men by these presents, that I, Lawrence E. McCanna, hereby constitute and appoint Kim Loies');
    });

    test('ratification "or his or her substitute or substitutes, may do" (Salesforce 10-K)', async () => {
        const text = squash(await renderSource(section16('agents { agent a "Amy Weaver" }', 'ratification style his-or-her-substitutes')));
        expect(text).toContain('hereby ratifying and confirming all that said attorney-in-fact, or his or her substitute or substitutes, may do or cause to be done by virtue hereof');
    });
});

test('a letter\'s term "shall be in effect until" a date (Sinclair letter)', async () => {
    const text = squash(await renderSource(section16('agents { agent a "Ann Lee" }', 'term style be-in-effect { ends on 2020-12-31 }')));
    expect(text).toContain('shall be in effect until December 31, 2020.');
});
