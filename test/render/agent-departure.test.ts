/**
 * An agent's authority ending when that agent leaves the company or firm:
 * `term { lapses for any agent on leaving ... }` parses, renders in each
 * style of the `agent-departure` clause and of the term styles that list it,
 * and gives no check errors.
 */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const poa = (clauses: string) => `poa X {
    kind section16
    jurisdiction federal
    style edgar-classic
    principal p "Pat Doe" { role "officer and/or director" }
    agents severally { agent a "Ann Lee" agent b "Bob Poe" }
    issuer co "Acme Corp." { organized in "Delaware" defined as "Company" }
    grant { file form3, form4, form5 under section16a any other action }
    ${clauses}
    revocation by signed-writing delivered to agents
    executed as of 2024-03-01 { signature conformed }
}`;

const render = async (clauses: string) => squash(await renderSource(poa(clauses)));

describe('an agent leaving the company or firm', () => {
    test('parses with an issuer, a firm, subsidiaries and a role', async () => {
        expect(await syntaxErrors(poa('term { ends when no longer subject to section16 for co  lapses for any agent on leaving co and subsidiaries, "Cooley LLP" as "employee or consultant" }'))).toEqual([]);
    });

    test('by default, a sentence of its own after the term, naming what the agent ceases to be', async () => {
        const text = await render('term { ends when no longer subject to section16 for co  lapses for any agent on leaving co as "employee or consultant" }');
        expect(text).toContain('unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact. This Power of Attorney shall expire as to any individual attorney-in-fact if such attorney-in-fact ceases to be an employee or consultant of the Company.');
    });

    test('without a role the agent ceases to be an employee', async () => {
        const text = await render('term { ends when no longer subject to section16 for co  lapses for any agent on leaving co }');
        expect(text).toContain('if such attorney-in-fact ceases to be an employee of the Company.');
    });

    test('`except-in-respect` continues the term\'s sentence after the revocation', async () => {
        const text = await render('phrasing agent-departure style except-in-respect\nterm { ends when no longer subject to section16 for co  lapses for any agent on leaving co and subsidiaries as "officer and/or director" }');
        expect(text).toContain('delivered to the foregoing attorneys-in-fact, except that in respect of any person herein appointed as an attorney-in-fact of the undersigned, this Power of Attorney shall be revoked and shall cease to be effective immediately with respect to such person at such time as such person shall no longer be an officer and/or director of the Company or its subsidiaries.');
    });

    test('a continuing style with no term sentence to continue words the departure as a sentence', async () => {
        const text = await render('phrasing agent-departure style except-in-respect\nterm { lapses for any agent on leaving co }');
        expect(text).toContain('This Power of Attorney shall expire as to any individual attorney-in-fact if such attorney-in-fact ceases to be an employee of');
        expect(text).not.toContain(', except that');
    });

    test('`term style earliest-of` lists the end, the revocation and the departure, and adds no second revocation', async () => {
        const text = await render('term style earliest-of { ends when no longer subject to section16 for co  lapses for any agent on leaving co }');
        expect(text).toContain('This Power of Attorney shall remain in full force and effect until the earliest of: (1) the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned\'s holdings of, and transactions in, securities issued by the Company; (2) this Power of Attorney is revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact; or (3) as to a specific attorney-in-fact, the employment of such attorney-in-fact with the Company is terminated.');
        expect(text).not.toContain('unless earlier revoked');
        expect(text).not.toContain('shall expire as to any individual');
    });

    test('`term style earliest-to-occur` names several employers "as applicable"', async () => {
        const text = await render('term style earliest-to-occur { ends when no longer subject to section16 for co  lapses for any agent on leaving co and subsidiaries, "Cooley LLP" }');
        expect(text).toContain('until the earliest to occur of (a) the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Company, (b) revocation by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact or (c) as to any attorney-in-fact individually, until such attorney-in-fact is no longer employed by the Company, or any of its subsidiaries, or Cooley LLP, as applicable.');
    });

    test('a listing term style without a departure drops its item', async () => {
        const text = await render('term style earliest-to-occur { ends when no longer subject to section16 for co }');
        expect(text).toContain('(b) revocation by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.');
        expect(text).not.toContain('(c)');
    });

    test('agents named with whom they work for are grouped by it, the issuer introduced at first use', async () => {
        const text = squash(await renderSource(poa('term { ends when no longer subject to section16 for co }').replace(
            'agents severally { agent a "Ann Lee" agent b "Bob Poe" }',
            'agents severally { agent a "Ann Lee" of co  agent b "Bob Poe" of co  agent c "Cy Hu" of "Goodwin Procter LLP" }')));
        expect(text).toContain('each of Ann Lee and Bob Poe of Acme Corp., a Delaware corporation (the "Company"), and Cy Hu of Goodwin Procter LLP, each acting singly,');
    });

    test('gives no check errors', async () => {
        for (const clauses of [
            'term { ends when no longer subject to section16 for co  lapses for any agent on leaving co and subsidiaries, "Cooley LLP" as "employee or consultant" }',
            'term style earliest-of { ends when no longer subject to section16 for co  lapses for any agent on leaving co }'
        ]) {
            const { diagnostics } = await check(poa(clauses));
            expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
        }
    });
});
