/**
 * Constructs real powers of attorney use (issue 10): each parses and renders
 * as the instruments word it. Expected sentences are written by hand from the
 * corpus texts named in each test (../shared/corpus/), not copied from the
 * renderer's output.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

function poa(body: string, principal = 'principal jane "Jane Roe" { pronoun she }'): string {
    return `poa Test {
        kind section16
        ${principal}
        agents severally { agent a "Ann Lee" agent b "Bo Chan" }
        issuer co "Natera, Inc." { defined as "Company" }
        ${body}
        executed 2024-03-01 { signature conformed }
    }`;
}

async function render(body: string, principal?: string): Promise<string> {
    const source = poa(body, principal);
    expect(await syntaxErrors(source)).toEqual([]);
    return squash(await renderSource(source));
}

describe('filing under Section 16 as a whole', () => {
    test('`file ... under section16` parses and cites Section 16, with Form ID joined to the Forms series (Natera 2022)', async () => {
        const text = await render(`lists serial-comma
            define act1934 "the Securities Exchange Act of 1934 (as amended)"
            grant style numbered-dots { file formID, form3, form4, form5 under section16 style complete-and-execute }`);
        expect(text).toContain('complete and execute Form ID and Forms 3, 4, and 5 and other forms and all amendments thereto');
        expect(text).toContain('pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder');
    });

    test('Form ID beside Forms 3, 4 and 5 under Section 16(a) is still joined by "and"; several kinds are each a series', async () => {
        const joined = await render('grant { file formID, form3, form4, form5 under section16a style classic }');
        expect(joined).toContain('Form ID and Forms 3, 4 and 5 in accordance with Section 16(a)');
        const several = await render('grant { file formID, form3, form4, schedule13D, schedule13G under section16a style classic }');
        expect(several).toContain('Form ID, Forms 3 and 4 and Schedules 13D and 13G');
    });

    test('a series of forms followed by another is listed whole: "Forms 3, 4 and 5 and Schedules 13D and 13G", never "Forms 3, 4, 5, Schedules 13D and 13G" (MongoDB 2017: "Schedules 13D or 13G or Forms 13F or 13H")', async () => {
        const grant = 'grant { file form3, form4, form5, schedule13D, schedule13G under section16a style classic }';
        const plain = await render(grant);
        expect(plain).toContain('Forms 3, 4 and 5 and Schedules 13D and 13G in accordance with');
        expect(await render(`lists serial-comma ${grant}`)).toContain('Forms 3, 4, and 5 and Schedules 13D and 13G in accordance with');
        const three = await render('lists serial-comma grant { file formID, form3, form4, form5, schedule13D, schedule13G under section16a style classic }');
        expect(three).toContain('Form ID, Forms 3, 4, and 5, and Schedules 13D and 13G in accordance with');
    });

    test('`lists forms-one-series` writes the numbered forms as one series, as Rumble 2023 does ("a Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable")', async () => {
        const text = await render('lists serial-comma forms-one-series grant { file form3, form4, form5, schedule13D, schedule13G under section16a style classic }');
        expect(text).toContain('Forms 3, 4, 5, 13D, and 13G in accordance with');
    });
});

describe('the serial comma in names, not in forms', () => {
    test('`lists serial-comma except-forms` writes "A, B, and C" but "Forms 3, 4 and 5", as Square\'s 2018 reporting-person form does ("Brandy Garduno, Susan Szotek, and Chris Williams" ... "complete and execute Forms 3, 4 and 5"; test/heldout/texts/square-botha-reporting-person-2018.txt)', async () => {
        const source = `poa Test {
            kind section16
            principal jane "Jane Roe" { pronoun she }
            agents severally style and-each-of-them { agent a "Ann Lee" agent b "Bo Chan" agent c "Cy Dee" }
            issuer co "Square, Inc." { defined as "Company" }
            lists serial-comma except-forms
            grant style numbered-dots { file form3, form4, form5 under section16 style complete-and-execute }
            executed 2024-03-01 { signature conformed }
        }`;
        expect(await syntaxErrors(source)).toEqual([]);
        const text = squash(await renderSource(source));
        expect(text).toContain('Ann Lee, Bo Chan, and Cy Dee, and each of them');
        expect(text).toContain('complete and execute Forms 3, 4 and 5 and other forms');
        expect(text).not.toContain('Forms 3, 4, and 5');
        // Without except-forms both lists take it.
        const both = squash(await renderSource(source.replace(' except-forms', '')));
        expect(both).toContain('Ann Lee, Bo Chan, and Cy Dee, and each of them');
        expect(both).toContain('complete and execute Forms 3, 4, and 5 and other forms');
    });
});

describe('Form ID under Regulation S-T beside forms whose act the grant names', () => {
    test('the statutes list leaves Regulation S-T to "the rules and regulations promulgated thereunder" (Palantir 2020: "pursuant to Rule 144 ..., Section 16 of the Securities Exchange Act of 1934, as amended, and the rules and regulations promulgated thereunder")', async () => {
        const grant = 'style securities-law-compliance grant { file form144 under rule144 file formID under regulationST file form3, form4, form5 under section16a }';
        const text = await render(grant);
        expect(text).toContain('such Forms 144, Form ID, Forms 3, 4 and 5 and other forms');
        expect(text).not.toContain('Regulation S-T');
        // Alone, Form ID's regulation is the statute named.
        expect(await render('style securities-law-compliance grant { file formID under regulationST }')).toContain('pursuant to Regulation S-T');
    });
});

describe('an entity principal is "it" without `pronoun it`', () => {
    test('the appointment says "its true and lawful attorney-in-fact" for an entity (BlackRock 13G power, "as its true and lawful attorneys-in-fact")', async () => {
        const text = await render('phrasing appointment style named-as grant { power "sign checks" }', 'principal fund "Blue Harbor Capital Partners, L.P." entity');
        expect(text).toContain('Ann Lee and Bo Chan, each acting singly, as its true and lawful attorney-in-fact');
    });

    test('an entity\'s testimonium agrees with the entity in either voice: "has caused ... by its duly authorized signatory", never "I have caused ... by their"', async () => {
        const entity = 'principal fund "Blue Harbor Capital Partners, L.P." entity';
        const expected = 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed by its duly authorized signatory this 1st day of March, 2024.';
        expect(await render('grant { power "sign checks" }', entity)).toContain(expected);
        const firstPerson = await render('grant { power "sign checks" }', `voice first-person ${entity}`);
        expect(firstPerson).toContain(expected);
        expect(firstPerson).not.toContain('I have caused');
        // Two entities sign: "the undersigned have caused ... by their duly authorized signatories".
        const two = await render('grant { power "sign checks" }', `voice first-person ${entity} principal fund2 "Blue Harbor Offshore, Ltd." entity`);
        expect(two).toContain('the undersigned have caused this Power of Attorney to be executed by their duly authorized signatories');
    });

    test('`organized in` makes the principal an entity without the keyword', async () => {
        const text = await render('phrasing appointment style named-as grant { power "sign checks" }', 'principal fund "Blue Harbor Capital Partners, L.P." { organized in "Delaware" as limited-partnership }');
        expect(text).toContain('as its true and lawful attorney-in-fact');
    });

    test('an individual of unstated pronoun stays "the undersigned\'s"; an entity on an individual\'s form may keep it (LinkedIn trust 2011)', async () => {
        const individual = await render('phrasing appointment style named-as grant { power "sign checks" }', 'principal jane "Jane Roe"');
        expect(individual).toContain("as the undersigned's true and lawful attorney-in-fact");
        const trust = await render('phrasing appointment style named-plural-undersigned grant { power "sign checks" }', 'principal roeTrust "THE ROE LIVING TRUST" entity');
        expect(trust).toContain("Ann Lee and Bo Chan, each acting singly, the undersigned's true and lawful attorneys-in-fact");
    });
});

describe("a lawyer's own enumerated list of powers", () => {
    const items = `file form3, form4, form5 under section16a
            power "obtain information on transactions in the Company's securities from any broker"
            with sec, exchanges
            any other action`;

    test('`numbering "(i)"` numbers the powers with the lawyer\'s markers, each power as an item of "to:" (the classic form\'s items)', async () => {
        const text = await render(`grant numbering "(i)" { ${items} }`);
        expect(text).toContain('attorneys-in-fact to: (i) execute for and on behalf of the undersigned Forms 3, 4 and 5 in accordance with Section 16(a)');
        expect(text).toContain("; (ii) obtain information on transactions in the Company's securities from any broker; (iii) do and perform any and all acts");
        expect(text).toContain('; and (iv) take any other action of any type whatsoever');
    });

    test('markers count on from the first one written: "a.", "(A)", "I.", "1)"', async () => {
        expect(await render(`grant numbering "a." { ${items} }`)).toContain('to: a. execute for and on behalf');
        expect(await render(`grant numbering "(A)" { ${items} }`)).toContain('; and (D) take any other action');
        expect(await render(`grant numbering "I." { ${items} }`)).toContain('; III. do and perform');
        expect(await render(`grant numbering "1)" { ${items} }`)).toContain('; 2) obtain information');
    });

    test('a numbered grant style alone makes the powers items too, and a written power loses its own "to" (Affirm 2021 lettered form)', async () => {
        const text = await render(`grant style lettered { edgar access ${items} }`);
        expect(text).toContain('to: (a) prepare, execute and submit to the Securities and Exchange Commission');
        expect(text).toContain("(c) obtain information on transactions in the Company's securities from any broker;");
        expect(text).not.toContain('(c) to obtain');
    });
});

describe('the short "sign and file" grant', () => {
    test('"to sign and file Forms 3, 4 and 5 with the SEC and any stock exchange" is a whole grant, the venues inside it', async () => {
        const text = await render('grant { file form3, form4, form5 under section16a including amendments style sign-and-file  with sec, exchanges }');
        expect(text).toContain('each acting singly, her true and lawful attorneys-in-fact, to sign and file Forms 3, 4 and 5 (including any amendments thereto) with the Securities and Exchange Commission (the "SEC") and any stock exchange or similar authority.');
    });

    test('with the statute, and as an item of an enumerated grant', async () => {
        const text = await render('grant numbering "(1)" { file form4 under section16a style sign-and-file-under  with sec  any other action }');
        expect(text).toContain('to: (1) sign and file Form 4 with the Securities and Exchange Commission (the "SEC") as required by Section 16(a) of the Securities Exchange Act of 1934');
        expect(text).toContain('; and (2) take any other action');
    });
});

