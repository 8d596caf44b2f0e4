/**
 * Constructs of blank government forms and other real instruments: captioned blanks for any party,
 * text or date; the principal named at the head of a form; the agent's affirmation; an office-holder
 * "or delegate"; a power given as security; the older notary certificate; a role several principals
 * share; a questionnaire's undertakings before the grant; and the checks that must not call these
 * instruments invalid.
 */
import { describe, expect, test } from 'vitest';
import { checkPoa } from '../../language/checks/check-poa.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderSource, squash } from '../helpers.js';

const codes = async (source: string) => {
    const { model } = await loadPoa(source, { validate: false });
    return checkPoa(model, { today: '2025-06-30' }).map((f) => f.code);
};

const dea = `poa X {
    kind limited
    jurisdiction federal
    voice first-person
    phrasing principal-heading style name-address-registration
    opening style signatory-who-am
    phrasing appointing-verb style have-made-do-make
    phrasing appointment style for-me-in-my-name
    phrasing agent-acceptance style affirmation
    phrasing purpose style to-purpose
    principal r blank 13 "Name of registrant" entity {
        address blank 12 "Address of registrant"
        registration-number blank 6 "DEA registration number"
        signed by blank 12 "name of person granting power" as "authorized to sign the application"
    }
    agents { called "attorneys" agent a blank 6 "name of attorney-in-fact" }
    grant style then-ratification { purpose "sign certifications of quota" }
    ratification style ratify-lawfully-sentence
    executed style no-testimonium blank {
        signature style signature-of
        acceptance by agents
    }
}`;

describe('captioned blanks', () => {
    test('a blank party prints a line of the length written and its caption, marked as a blank', async () => {
        const { model } = await loadPoa(dea, { validate: false });
        const doc = renderDocument(model);
        const runs = doc.blocks.flatMap((b) => [...b.runs, ...(b.lines ?? []).flatMap((l) => l.runs)]);
        const agent = runs.find((r) => r.text === '______ (name of attorney-in-fact)');
        expect(agent?.role).toBe('blank');
        expect(runs.some((r) => r.text === '_____________ (Name of registrant)' && r.role === 'blank')).toBe(true);
    });

    test('the registrant heads the form, speaks through its signatory, and the agent affirms', async () => {
        const text = squash(await renderSource(dea));
        expect(text).toContain('_____________ (Name of registrant) ____________ (Address of registrant) ______ (DEA registration number)');
        expect(text).toContain('I, ____________ (name of person granting power), the undersigned, who am authorized to sign the application, have made, constituted, and appointed, and by these presents, do make, constitute, and appoint ______ (name of attorney-in-fact), my true and lawful attorney for me in my name, place, and stead, to sign certifications of quota. I hereby ratify and confirm all that said attorney must lawfully do');
        // The entity named at the head is not named again over the signature; the caption drops "name of".
        expect(text).toContain('done by virtue hereof. (Signature of person granting power) I, ______ (name of attorney-in-fact), hereby affirm that I am the person named herein as attorney-in-fact');
        expect(text.match(/Name of registrant/g)).toHaveLength(1);
    });

    test('a blank date takes the length of its line; without one, the short default blank', async () => {
        const base = (date: string) => `poa X { kind limited principal p "Pat Doe" agents { agent a "Ann Lee" } grant { purpose "sell the car" } executed ${date} { signature } }`;
        expect(squash(await renderSource(base('blank 10')))).toContain('this __________ day of __________, ______.');
        expect(squash(await renderSource(base('blank')))).toContain('this ____ day of ____________, 20__.');
        expect(squash(await renderSource(`poa X { kind limited dates plain principal p "Pat Doe" agents { agent a "Ann Lee" } grant { purpose "sell the car" } executed blank 8 { signature } }`))).toContain('on ________, ______.');
    });

    test('a blank form is not an invalid instrument', async () => {
        const found = await codes(dea);
        expect(found.filter((c) => c !== 'poa/missing-end')).toEqual([]);
    });
});

const bond = `poa X {
    kind limited
    jurisdiction federal
    opening style name-verb
    phrasing appointing-verb style does-constitute-appoint
    phrasing appointment style as-attorney-for
    phrasing instrument-name style agreement
    phrasing notary style before-me-personally-appeared
    principal i blank 14 { pronoun it }
    agents { called "attorneys" agent adm office "Administrator" of "the Agency" or delegate }
    grant style joined { secures "a bond with the United States" dated blank 10 SECURITY }
    ratification style whatever-shall-do
    executed style witnessed-signed blank 10 {
        signature style conformed-only
        notary acknowledgment in blank 12 county blank 12 dated blank 10
    }
}`;

describe('a power given as security', () => {
    test('an office "or delegate", the power of sale without notice, irrevocable, and the short notary certificate', async () => {
        const text = squash(await renderSource(bond.replace('SECURITY', 'without notice irrevocable')));
        expect(text).toContain('______________ does constitute and appoint the Administrator of the Agency, or delegate, as attorney for the undersigned, for and in the name of the undersigned to collect or to sell');
        expect(text).toContain('deposited by it as security for the performance of the agreements undertaken in a bond with the United States, executed on the date of __________, ______, the terms');
        expect(text).toContain('at public or private sale, without notice, free from any equity of redemption');
        expect(text).toContain('The undersigned further agrees that the authority granted by this agreement is irrevocable. The undersigned ratifies and confirms whatever the attorney shall do by virtue of this agreement.');
        expect(text).toContain('Witnessed and signed this __________ day of __________, ______.');
        expect(text).toContain('a notary public within and for the County of ____________ in the State of ____________, personally appeared ______________ and acknowledged the execution of the foregoing power of attorney. Witness my hand and notarial seal this __________ day of __________, ______.');
    });

    test('without `without notice` and `irrevocable` the waiver and the irrevocability are not said', async () => {
        const text = squash(await renderSource(bond.replace('SECURITY', '')));
        expect(text).not.toContain('without notice');
        expect(text).not.toContain('irrevocable');
        expect(text).toContain('at public or private sale, and to apply the proceeds');
    });

    test('the security states what the limited power is for, and a blank principal may be called "it"', async () => {
        const found = await codes(bond.replace('SECURITY', 'without notice irrevocable'));
        expect(found).not.toContain('poa/missing-purpose');
        expect(found).not.toContain('poa/pronoun-disagrees');
        // A named individual called "it" is still reported.
        expect(await codes(bond.replace('principal i blank 14', 'principal i "Pat Doe"').replace('SECURITY', ''))).toContain('poa/pronoun-disagrees');
    });
});

describe('co-trustees and every securities filing', () => {
    const trust = (style: string) => `poa X {
        kind securities
        jurisdiction federal
        opening style as-role-verb
        phrasing appointing-verb style do-hereby-constitute-appoint
        ${style}
        principal one "Ann Roe" { role "Co-Trustees" of t }
        principal two "Bo Poe" { role "Co-Trustees" of t }
        agents { called "attorneys" agent m "Michael Larson" { pronoun he } }
        define t "the Example Trust" as "Trust"
        grant { comply with act1933, act1934 }
        executed none
    }`;

    test('principals who share a role are named by it, held in a defined term', async () => {
        const text = squash(await renderSource(trust('phrasing securities-power style any-documents-held')));
        expect(text).toContain('The undersigned, as Co-Trustees of the Example Trust (the "Trust"), do hereby constitute and appoint Michael Larson');
        expect(text).toContain('made by or on behalf of the Trust or the undersigned in respect of any securities or other investments held by the Trust');
    });

    test('a grant of every filing under the Acts needs no file line; a grant that names forms in its words still does', async () => {
        expect(await codes(trust('phrasing securities-power style any-documents-held'))).not.toContain('poa/missing-securities-filing');
        expect(await codes(trust(''))).toContain('poa/missing-securities-filing');
    });
});

describe('a power inside a director questionnaire', () => {
    test('the undertakings come before the grant, the proxy statement a year after the report', async () => {
        const text = squash(await renderSource(`poa X {
            kind securities
            voice first-person
            opening style by-signing-questionnaire
            phrasing appointing-verb style appoints
            phrasing appointment style as-my-power-of-attorney
            phrasing filing style sign-after-review
            principal p "Pat Doe"
            agents severally style and-each { agent a "Ann Lee" agent b "Bo Chan" }
            issuer co "the Company"
            define sec "the Securities and Exchange Commission"
            grant style joined { file form10K under section13a for year ended 2010-06-30 }
            undertakings { consent-to-be-named information-use }
        }`));
        const consent = text.indexOf('If I am a nominee for Director');
        const use = text.indexOf('in the preparation of its 2011 Proxy Statement or its Annual Report to the SEC on Form 10-K for the year ended June 30, 2010, or both.');
        const grant = text.indexOf('In addition by signing this Questionnaire, I hereby appoint Ann Lee and Bo Chan and each of them as my full and lawful Power of Attorney to sign on my behalf, after my review, the Annual Report on Form 10-K to be prepared and filed with the Securities and Exchange Commission for the year ended June 30, 2010.');
        expect(consent).toBeGreaterThanOrEqual(0);
        expect(use).toBeGreaterThan(consent);
        expect(grant).toBeGreaterThan(use);
    });
});
