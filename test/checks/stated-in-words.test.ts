/**
 * What the instrument's own words already say is not reported as unsaid. A Section 16 trial modelled a filed
 * power that appoints "each of" two agents (the appointment style `each-of-no-comma`), which appoints each of
 * them alone, and was told the power "does not say whether they act jointly or each alone"; stating the mode
 * added words the filing lacks. Another kept its term as written, "unless earlier revoked in writing", and was
 * told the power "does not say how it may be revoked".
 */
import { describe, expect, it } from 'vitest';
import { check } from './check-helpers.js';

const twoAgents = (appointment: string) => `poa EachOf {
    kind section16
    style edgar-classic
    principal b "Roelof F. Botha"
    agents { agent son "Jung Yeon Son"  agent k "Marie Klemchuk" }
    issuer co "Acme Corp." { defined as "Company" }
    phrasing appointment style ${appointment}
    grant { file form3, form4, form5 under section16a }
    executed 2019-08-21 { signature conformed }
}`;

const wordedTerm = (words: string) => `poa WordedTerm {
    kind section16
    principal m "Stuart L. Merkadeau" { pronoun he }
    agents { agent feir "Henry I. Feir" }
    issuer co "Acme Corp." { defined as "Company" }
    grant { file form3, form4, form5 under section16a }
    term { ends when no longer subject to section16 for co } worded "${words}"
    executed 2009-02-17 { signature conformed }
}`;

const codes = async (text: string) => (await check(text)).diagnostics.map((d) => d.code);

describe('what the words already say', () => {
    it.each(['each-of', 'each-of-no-comma', 'each-of-with-substitution'])('an appointment of "each of" the agents (%s) states that each acts alone', async (style) => {
        expect(await codes(twoAgents(style))).not.toContain('poa/agent-mode-unstated');
    });

    it('an appointment that names the agents together does not', async () => {
        expect(await codes(twoAgents('named-plural-and-agents'))).toContain('poa/agent-mode-unstated');
    });

    it('a term kept as written that says the power ends when revoked in writing states how it is revoked', async () => {
        expect(await codes(wordedTerm('This power shall continue until I am no longer required to file Forms 3, 4 and 5, unless earlier revoked in writing.'))).not.toContain('poa/missing-revocation');
        expect(await codes(wordedTerm('This power shall continue until I am no longer required to file Forms 3, 4 and 5.'))).toContain('poa/missing-revocation');
    });
});
