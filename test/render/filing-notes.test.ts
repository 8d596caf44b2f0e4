/** `confirming-statement` and `signature-page-follows`: notes a filed power carries about itself. */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';
import { renderSource, squash } from '../helpers.js';

const poa = (clauses: string, execution = '') => `poa X {
    kind section16
    jurisdiction federal
    style edgar-classic
    principal p "Pat Doe" { role "director" }
    agents severally { agent a "Ann Lee" agent b "Bob Poe" }
    issuer co "Acme Corp." { defined as "Company" }
    define sec "the Securities and Exchange Commission" as "SEC"
    grant { file form3, form4, form5 under section16a  with sec, exchanges }
    supersedes nothing
    term { ends when revoked }
    revocation by signed-writing delivered to agents
    ${clauses}
    executed as of 2024-03-01 { ${execution} signature conformed }
}`;

describe('notes a filed power carries about itself', () => {
    test('`confirming-statement` closes the term paragraph', async () => {
        const text = squash(await renderSource(poa('confirming-statement')));
        expect(text).toContain('until revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact. This Power of Attorney does not revoke any power of attorney previously granted by the undersigned. This Power of Attorney may be filed with the SEC as a confirming statement of the authority granted herein.');
    });

    test('`signature-page-follows` prints the note just before the testimonium, in the chosen style', async () => {
        expect(squash(await renderSource(poa('', 'signature-page-follows')))).toContain('previously granted by the undersigned. [Signature Page Follows] IN WITNESS WHEREOF');
        expect(squash(await renderSource(poa('', 'signature-page-follows style bracketed-capitals')))).toContain('[SIGNATURE PAGE FOLLOWS] IN WITNESS WHEREOF');
        expect(squash(await renderSource(poa('')))).not.toContain('Signature Page Follows');
    });

    test('give no check errors', async () => {
        const { diagnostics } = await check(poa('confirming-statement', 'signature-page-follows'));
        expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    });
});
