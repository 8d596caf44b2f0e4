/**
 * The phrasebook's quality on real instruments (issue 10). A classic Section 16 power whose filings fall under several statutes: Form ID under Regulation
 * S-T, Forms 3, 4 and 5 under Section 16(a), Schedules 13D and 13G under Section 13. Each filing is
 * written under its own statute, so the checks find nothing to move, and the classic form names
 * them in one list "as applicable", as the Rumble 2023 power does (../shared/corpus/
 * sec16_rumble-sacks-13d13g-2023.txt: "a Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable,
 * and any other documents necessary to facilitate the filing of reports in accordance with
 * Section 16(a) ..."). The term names the forms of the statutes it names. Then: a ruled signature
 * line of a given width, and bugs a trial found (each-of-as in the singular, a doubled comma).
 */
import { describe, expect, test } from 'vitest';
import { check } from '../checks/check-helpers.js';
import { clausePhrases } from '../../language/phrasebook/index.js';
import { renderSource, squash } from '../helpers.js';

const power = (filings: string, term = 'ends when no longer subject to section16 for co') => `poa X {
    kind section16
    style edgar-classic
    principal p "Pat Doe" { role "director" }
    agents severally style signing-singly { agent a "Ann Lee" agent b "Bo Chan" }
    issuer co "Acme Corp." { defined as "Company" }
    grant {
        ${filings}
        with sec, exchanges
        any other action
    }
    term { ${term} }
    executed as of 2023-06-29 { signature conformed }
}`;

const SEVERAL = `file formID under regulationST
        file form3, form4, form5 under section16a
        file schedule13D, schedule13G under section13`;

describe('filings under several statutes in the classic form', () => {
    test('item (1) names every form once, "as applicable", and the reports\' statute', async () => {
        const text = squash(await renderSource(power(SEVERAL)));
        expect(text).toContain('(1) execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director of Acme Corp. (the "Company"), a Form ID, Forms 3, 4 and 5 and Schedules 13D and 13G, as applicable, and any other documents necessary to facilitate the filing of reports in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act") and the rules thereunder;');
        expect(text).toContain('(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form ID, Forms 3, 4 and 5 and Schedules 13D and 13G, as applicable, complete and execute');
    });

    test('each form under its own statute: no form-wrong-statute warning', async () => {
        const { diagnostics } = await check(power(SEVERAL));
        expect(diagnostics.filter((d) => d.code === 'poa/form-wrong-statute')).toEqual([]);
    });

    test('one statute keeps the classic words', async () => {
        const text = squash(await renderSource(power('file form3, form4, form5 under section16a')));
        expect(text).toContain('Acme Corp. (the "Company"), Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act") and the rules thereunder;');
        expect(text).not.toContain('as applicable');
    });

    test('a term of several statutes names their forms, "as applicable"', async () => {
        const text = squash(await renderSource(power(SEVERAL, 'ends when no longer subject to section16, section13 for co')));
        expect(text).toContain('until the undersigned is no longer required to file Forms 3, 4 and 5 and Schedules 13D and 13G, as applicable, with respect to the undersigned\'s holdings of and transactions in securities issued by the Company');
    });

    test('a term that ends with Section 13(d) duties names the Schedule 13D filing, not Forms 3, 4 and 5', async () => {
        const text = squash(await renderSource(power(`file form3, form4, form5 under section16a
        file schedule13D under section13d`, 'ends when no longer subject to section13d for co')));
        expect(text).toContain('until the undersigned is no longer required to file Schedule 13D with respect to');
        expect(text).not.toContain('no longer required to file Forms 3, 4 and 5');
    });

    test('a term that ends with Section 16 duties still names Forms 3, 4 and 5 beside a Schedule 13D filing', async () => {
        const text = squash(await renderSource(power(`file form3, form4, form5 under section16a
        file schedule13D under section13d`)));
        expect(text).toContain('until the undersigned is no longer required to file Forms 3, 4 and 5 with respect to');
    });
});

describe('a ruled signature line of a given width', () => {
    const signed = (style: string) => `poa X {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    grant { file form4 under section16a }
    executed 2023-06-29 { signature conformed style ${style} }
}`;

    test('`{rule:29}` prints 29 hyphens in plain text, as the Eventbrite filing types them', async () => {
        const text = await renderSource(signed('ruled-typed-name'));
        expect(text).toContain(`/s/ Pat Doe\n${'-'.repeat(29)}\nPat Doe`);
        expect(text).not.toContain('-'.repeat(30));
    });

    test('the ruled styles draw a rule in the other writers, not typed hyphens', async () => {
        const { loadPoa } = await import('../../language/poa-document.js');
        const { renderDocument } = await import('../../language/render/render-document.js');
        for (const style of ['ruled-typed-name', 'by-ruled-typed-name', 'ruled-signature-print-name', 'by-ruled-name']) {
            const { model } = await loadPoa(signed(style), { validate: false });
            const lines = renderDocument(model).blocks.flatMap((b) => b.lines ?? []);
            expect(lines.some((l) => l.rule && l.dashed && l.dashes !== undefined), style).toBe(true);
            expect(lines.some((l) => l.runs.some((r) => r.text.includes('---'))), style).toBe(false);
        }
    });
});

describe('bugs a trial found', () => {
    const base = (extra: string, role = 'director', issuer = 'issuer co "AAR CORP" { defined as "Company" }') => `poa X {
    kind section16
    style edgar-classic
    principal p "Pat Doe" { role "${role}" }
    agents severally style signing-singly { agent a "Ann Lee" agent b "Bo Chan" }
    ${issuer}
    ${extra}
    grant { file form3, form4, form5 under section16a  with sec, exchanges }
    executed 2023-06-29 { signature conformed }
}`;

    test('each-of-as agrees with several agents: "as ... true and lawful attorneys-in-fact", as BlackRock 2023 has it', async () => {
        const text = squash(await renderSource(base('phrasing appointment style each-of-as')));
        expect(text).toContain('each of Ann Lee and Bo Chan, signing singly, as the undersigned\'s true and lawful attorneys-in-fact to:');
    });

    test('each-of-as with one agent stays singular', async () => {
        const text = squash(await renderSource(base('phrasing appointment style each-of-as').replace('agent b "Bo Chan"', '')));
        expect(text).toContain('as the undersigned\'s true and lawful attorney-in-fact to:');
    });

    test('a role that closes its own comma is not followed by a second one', async () => {
        const text = squash(await renderSource(base('opening style undersigned-verb', 'director or officer, or both,', '')));
        expect(text).toContain('The undersigned, a director or officer, or both, hereby constitutes and appoints');
        expect(text).toContain('in the undersigned\'s capacity as a director or officer, or both, Forms 3, 4 and 5');
        expect(text).not.toMatch(/,\s*,/);
    });

    test('with the issuer after it, the role\'s comma stands once before "of"', async () => {
        const text = squash(await renderSource(base('opening style undersigned-verb', 'director or officer, or both,')));
        expect(text).toContain('The undersigned, a director or officer, or both, of AAR CORP (the "Company"), hereby constitutes and appoints');
        expect(text).not.toMatch(/,\s*,/);
    });
});

describe('a revocation in a writing the power does not say is signed', () => {
    const revoked = (method: string) => `poa X {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    issuer co "Acme Corp."
    grant { file form4 under section16a }
    term { ends when no longer subject to section16 for co }
    revocation by ${method} delivered to agents
    executed 2023-06-29 { signature conformed }
}`;

    test('`by writing` says "in a writing", `by signed-writing` "in a signed writing", whatever the style set', async () => {
        expect(squash(await renderSource(revoked('writing')))).toContain('revoked by the undersigned in a writing delivered to the foregoing attorney-in-fact');
        expect(squash(await renderSource(revoked('signed-writing')))).toContain('revoked by the undersigned in a signed writing delivered to the foregoing attorney-in-fact');
        const set = (m: string) => revoked(m).replace('kind section16', 'kind section16\n    style securities-law-compliance');
        expect(squash(await renderSource(set('signed-writing')))).toContain('in a signed writing delivered');
    });
});

describe('an appointment that ends in a comma before the grant\'s powers', () => {
    // A trial found "name, place and stead,, to sign": the appointment style `as-name-place-stead` ends in a comma and the
    // grant style `one-sentence` opens its powers with one.
    const instrument = (appointment: string, grant: string) => `poa X {
    kind section16
    principal jane "Jane Roe" { pronoun she }
    agents { agent john "John Doe" }
    issuer co "Acme Corp." { defined as "Company" }
    phrasing appointment style ${appointment}
    grant style ${grant} { file form3, form4, form5 under section16a style sign-and-file with sec }
    executed 2024-03-01 { signature conformed }
}`;

    test('gives one comma', async () => {
        const text = squash(await renderSource(instrument('as-name-place-stead', 'one-sentence')));
        expect(text).toContain('in the undersigned\'s name, place and stead, to sign and file Forms 3, 4 and 5');
    });

    test('no appointment style doubles a comma with any grant style', async () => {
        const appointments = clausePhrases('appointment')!.styles.map((s) => s.id);
        const grants = clausePhrases('grant')!.styles.map((s) => s.id).filter((id) => !/^letter|^will-confirm|kept-whole/.test(id));
        expect(appointments.length).toBeGreaterThan(10);
        expect(grants.length).toBeGreaterThan(5);
        const doubled: string[] = [];
        for (const a of appointments) {
            for (const g of grants) {
                const text = await renderSource(instrument(a, g));
                if (/,\s*,/.test(text)) doubled.push(`${a} + ${g}: ${squash(text).match(/.{0,40},\s*,.{0,20}/)?.[0]}`);
            }
        }
        expect(doubled).toEqual([]);
    });
});

describe('every term style in the first person', () => {
    // A trial's first-person confirming statement rendered "until I are no longer required"; `until-either`
    // wrote "{is|am}", which said "we am" of several principals.
    const statement = (style: string, statute: string, plural: boolean) => `poa X {
    kind section16
    voice first-person
    principal jane "Jane Roe" { pronoun she }${plural ? '\n    principal rick "Rick Poe" { pronoun he }' : ''}
    agents { agent john "John Doe" }
    issuer co "Acme Corp." { defined as "Company" }
    grant { file form3, form4, form5 under section16a }
    term style ${style} { ends when no longer subject to ${statute} for co }
    executed 2024-03-01 { signature conformed }
}`;

    test('agrees with "I" and with "we"', async () => {
        const styles = clausePhrases('term-end')!.styles.map((s) => s.id);
        expect(styles.length).toBeGreaterThan(5);
        const wrong: string[] = [];
        for (const style of styles) {
            for (const statute of ['section16', 'section13d']) {
                const one = squash(await renderSource(statement(style, statute, false)));
                const two = squash(await renderSource(statement(style, statute, true)));
                for (const m of one.match(/\bI (?:are|is|has|were)\b/g) ?? []) wrong.push(`${style}/${statute}: ${m}`);
                for (const m of two.match(/\bwe (?:am|is|has|was)\b/gi) ?? []) wrong.push(`${style}/${statute} (two principals): ${m}`);
            }
        }
        expect(wrong).toEqual([]);
        expect(squash(await renderSource(statement('until-either', 'section16', false)))).toContain('until either (i) I am no longer subject');
    });
});

describe('successors after several agents', () => {
    // A trial found "If each attorney-in-fact named above dies, ..." unclear whether one vacancy calls the successor.
    test('act when all of the agents have left, in the words', async () => {
        const text = squash(await renderSource(`poa X {
    kind general
    jurisdiction TX
    principal p "Pat Doe" { pronoun she }
    agents jointly { agent a "Ann Lee" agent b "Bo Chan" }
    successors { agent s "Sue Grant" }
    grant { subjects banking }
    executed 2024-03-01 { signature conformed }
}`));
        expect(text).toContain('If all of the attorneys-in-fact named above die, become incapacitated, resign, or are unable or unwilling to act, the undersigned appoints as successor attorney-in-fact: Sue Grant.');
    });
});

describe('a firm whose name ends in a full stop', () => {
    // A trial found "ceases to be an employee of BlackRock, Inc.. This authorization ...".
    test('ends the sentence with one full stop', async () => {
        const text = squash(await renderSource(`poa X {
    kind securities
    principal p "Pat Doe" { pronoun she }
    agents severally { agent a "Ann Lee" agent b "Bo Chan" }
    grant { file schedule13D, schedule13G under section13d }
    term { ends when revoked  lapses for any agent on leaving "BlackRock, Inc." }
    revocation by signed-writing delivered to agents
    executed 2024-03-01 { signature conformed }
}`));
        expect(text).toContain('ceases to be an employee of BlackRock, Inc. This');
        expect(text).not.toMatch(/Inc\.\./);
    });
});

describe('the opening "as" a role, without a role', () => {
    // A trial found "The undersigned, as , hereby constitutes ..." with `opening style as-role` and no role.
    test('says no empty "as"', async () => {
        const text = squash(await renderSource(`poa X {
    kind section16
    principal p "Pat Doe" { pronoun she }
    agents { agent a "Ann Lee" }
    opening style as-role
    grant { file form4 under section16a }
    executed 2024-03-01 { signature conformed }
}`));
        expect(text).toContain('The undersigned hereby constitutes and appoints Ann Lee');
        expect(text).not.toMatch(/as\s*,/);
    });
});

describe('a registration statement whose form the power does not name', () => {
    // A trial found "any registration statement on registration statement relating to securities of ...".
    test('is not said twice; a named form still is', async () => {
        const power = (form: string) => `poa X {
    kind securities
    principal p "Pat Doe" { pronoun she }
    agents { agent a "Ann Lee" }
    issuer co "Acme Corp." { organized in "Delaware" as corporation }
    grant { file ${form} under registration including amendments }
    executed 2024-03-01 { signature conformed }
}`;
        const generic = squash(await renderSource(power('registrationStatement')));
        expect(generic).toContain('any registration statement relating to securities of Acme Corp.');
        expect(generic).not.toContain('registration statement on registration statement');
        expect(squash(await renderSource(power('formS8')))).toContain('any registration statement on Form S-8 relating to securities of Acme Corp.');
    });
});
