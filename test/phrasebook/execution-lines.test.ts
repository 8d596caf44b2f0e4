/**
 * The lines around the signatures that real filings print: a date line above the text with the
 * testimonium "as of the date first set forth above", a "[Signature Page Follows]" note, ruled
 * signature lines for an entity's signatory, "Name:" under a conformed signature, and a term that
 * ends at the earliest of several events, revocation among them (Rubicon 2023, LinkedIn 2011).
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const power = (extra: string, execution = 'executed style caused as of 2023-01-09 { signature conformed style name-line }') => `poa X {
    kind section16
    style edgar-classic
    title "POWER OF ATTORNEY"
    principal p "Pat Doe" { role "director and/or officer" }
    agents severally style and-substitutes-signing-singly { agent a "Ann Lee" agent b "Bo Chan" }
    phrasing appointment style each-of-as
    issuer co "Acme Corp." { defined as "Company" }
    grant { file form3, form4, form5 under section16a  with sec, securitiesExchanges }
    ${extra}
    ${execution}
}`;

describe('a dated power with its signature page', () => {
    test('the date above the text, the note, and the testimonium that points back to the date', async () => {
        const source = power('letter { dated 2023-01-09 }\n    phrasing dating style date-first-above', 'executed style caused as of 2023-01-09 { signature-page-follows signature conformed style name-line }');
        expect(await syntaxErrors(source)).toEqual([]);
        const text = await renderSource(source);
        expect(text).toMatch(/POWER OF ATTORNEY\n\nJanuary 9, 2023\n\nKnow all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, and any of their substitutes, signing singly, as the undersigned's true and lawful attorneys-in-fact to:/);
        expect(squash(text)).toContain('timely file such form with the Securities and Exchange Commission (the "SEC") and any securities exchange or similar authority.');
        expect(squash(text)).toContain('[Signature Page Follows] IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the date first set forth above. /s/ Pat Doe Name: Pat Doe');
    });

    test('a letter with a close has no testimonium; without the note style there is no note', async () => {
        const text = await renderSource(power('letter { dated 2023-01-09  close "Very truly yours," }', 'executed as of 2023-01-09 { signature conformed }'));
        expect(text).not.toContain('IN WITNESS WHEREOF');
        expect(text).toContain('Very truly yours,');
        expect(text).not.toContain('Signature Page Follows');
    });

    test('a term that ends at the earliest of two events words the revocation itself', async () => {
        const text = squash(await renderSource(power('term style earliest-to-occur { ends when no longer subject to section16 for co }\n    phrasing revocation-frame style in-term\n    revocation by signed-writing delivered to agents')));
        expect(text).toContain('This Power of Attorney shall remain in full force and effect until the earliest to occur of (a) the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Company, or (b) revocation by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.');
        expect(text).not.toContain('unless earlier revoked');
    });
});

describe('ruled signature lines for an entity', () => {
    test('the entity\'s name, then its signatory\'s lines, each with the line under it', async () => {
        const source = `poa T {
    kind section16
    principal roeTrust "THE ROE FAMILY TRUST" entity { signed by "Jane Roe" as "Trustee" }
    agents { agent a "Ann Lee" }
    grant { power "sign Forms 3, 4 and 5" }
    executed 2011-05-17 { signature conformed style by-print-name-title-ruled }
}`;
        const rule = '-'.repeat(36);
        expect(await renderSource(source)).toContain(`THE ROE FAMILY TRUST\nBy: /s/ Jane Roe\n${rule}\nPrint Name: Jane Roe\n${rule}\nTitle: Trustee\n${rule}`);
    });

    test('an unsigned entity keeps a line to sign after "By:" and drops no line', async () => {
        const source = `poa T {
    kind section16
    principal roeTrust "THE ROE FAMILY TRUST" entity { signed by "Jane Roe" as "Trustee" }
    agents { agent a "Ann Lee" }
    grant { power "sign Forms 3, 4 and 5" }
    executed 2011-05-17 { signature style by-print-name-title-ruled }
}`;
        const rule = '-'.repeat(36);
        expect(await renderSource(source)).toContain(`By: \n${rule}\nPrint Name: Jane Roe\n${rule}\nTitle: Trustee\n${rule}`);
    });
});

describe('a letter that confirms the agents listed below it', () => {
    const letter = (extra = '') => `poa L {
    kind section16
    voice first-person
    title none
    letter { dated 2024-09-16  to "Securities and Exchange Commission"  close "Sincerely," }
    principal r "Pat Doe"
    agents { called "Attorney-In-Fact"  agent a "Ann Lee"  agent b "Bo Chan" }
    issuer co "Acme Corporation"
    grant style will-confirm { file form4, form5 under section16a style execute-and-file-titled }
    phrasing securities-power style classic
    phrasing instrument-name style power-of-attorney
    phrasing agents-list style as-follows
    phrasing effective-line style upon-filing
    ${extra}
    executed 2024-09-16 { signature conformed style typed-name }
}`;

    test('the revocation of the prior power first, the forms by title, the agents one to a line, then when it takes effect', async () => {
        const text = await renderSource(letter('supersedes all prior powers revoking them worded "I revoke my prior {co} - Power of Attorney."'));
        expect(squash(text)).toContain('I revoke my prior Acme Corporation - Power of Attorney. This will confirm that, effective as of the date above, I have granted each of the individuals listed below the authority to, on my behalf, execute and file the Statement of Changes in Beneficial Ownership of Securities (Form 4) and the Annual Statement of Changes in Beneficial Ownership (Form 5), in connection with transactions in Acme Corporation securities, as my Attorney-In-Fact.');
        expect(text).toContain('The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:\n\nAnn Lee\n\nBo Chan\n\nThis Power of Attorney is effective immediately upon filing with the Securities and Exchange Commission');
        expect(squash(text)).toContain('for purposes of my future Form 4 and Form 5 filings relating to Acme Corporation securities and transactions. Sincerely,');
        // Said once: not again in the term paragraph.
        expect(text.match(/I revoke my prior/g)).toHaveLength(1);
    });

    test('a term that ends on either event, in the first person', async () => {
        const text = squash(await renderSource(letter('term style until-either { ends when no longer subject to section16 for co }\n    phrasing revocation-frame style in-term\n    revocation by written-notice')));
        expect(text).toContain('This Power of Attorney shall remain in full force and effect until either (i) I am no longer subject to the reporting requirements under Section 16 of the Securities Exchange Act of 1934, as amended (the "1934 Act") or (ii) I have provided you with written notice withdrawing this authority.');
    });
});

describe('a power whose items carry their own authority, and whose closing paragraphs are its own', () => {
    const source = `poa F {
    kind section16
    order as-written
    title "POWER OF ATTORNEY"
    phrasing citation style section-13
    principal p "Pat Doe"
    opening style constitutes-plain
    agents severally style or-any-acting-singly { called "attorneys-in-fact and agents"  agent a "Ann Lee"  agent b "Bo Chan" }
    phrasing appointment style as-name-place-stead
    substitution and resubstitution
    issuer co "Acme SPAC" { defined as "Company" }
    define act1934 "the Securities Exchange Act of 1934, as amended"
    grant style numbered-dots {
        edgar access style form-id-filer-management
        file schedule13D under section13d
        file form3, form4, form5 under section16a
        with sec, company, listingExchanges style folded
    }
    phrasing securities-power style sign-statements-granting
    term style continue-until-revokes { ends when revoked }
    phrasing term-frame style copy-filed
    phrasing instrument-name style power-of-attorney-lower
    revocation by written-notice delivered to agents
    acknowledgment no-assumption style no-duty
    supersedes all prior powers revoking them
    phrasing supersession style replaces-previous
    executed style no-testimonium 2021-10-13 { signature conformed style dated-by-name }
}`;

    test('every form "as required under" its statute, the act once, the venues inside the item', async () => {
        const text = squash(await renderSource(source));
        expect(text).toContain('The undersigned constitutes and appoints Ann Lee and Bo Chan, or any of them acting singly, as the undersigned\'s true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for the undersigned and in the undersigned\'s name, place and stead, to: 1. prepare, sign, and submit to the Securities and Exchange Commission (the "SEC") on its Electronic Data Gathering');
        expect(text).toContain('2. sign any and all SEC statements of beneficial ownership of securities of Acme SPAC (the "Company") on Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the Securities Exchange Act of 1934, as amended, and any amendments thereto');
        expect(text).toContain('with the SEC, the Company and any stock exchange on which any of the Company\'s securities are listed, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each act and thing requisite and necessary to be done under said Section 13 and Section 16(a), as fully');
    });

    test('the term\'s own subject, the no-duty acknowledgment with the supersession after it, and a "Dated:" line above the signature', async () => {
        const text = squash(await renderSource(source));
        expect(text).toContain('A copy of this power of attorney shall be filed with the SEC. The authorization set forth above shall continue in full force and effect until the undersigned revokes such authorization by written instructions to the attorneys-in-fact.');
        expect(text).toContain('The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the attorneys-in-fact and agents with respect to the undersigned\'s obligations to file a Form ID, Schedule 13D and Forms 3, 4 and 5 with the SEC. This power of attorney replaces any previous power of attorney with respect to the subject matter hereof and any previous power of attorney with respect to the subject matter hereof may be considered withdrawn and revoked. Dated: October 13, 2021 By: /s/ Pat Doe Name: Pat Doe');
        expect(text.match(/replaces any previous/g)).toHaveLength(1);
        expect(text).not.toContain('IN WITNESS WHEREOF');
    });
});

describe('a bare witness line', () => {
    test('"Witness:" and the witness\'s conformed signature, the name beneath, no attestation', async () => {
        const text = await renderSource(`poa W {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    grant { power "sign Forms 3, 4 and 5" }
    phrasing witness style witness-line
    executed 2012-08-02 { signature-page-follows style bracketed-capitals signature conformed  witnesses "Mary Roe" }
}`);
        expect(text).toContain('Witness: /s/ Mary Roe\nMary Roe');
        expect(text).toContain('[SIGNATURE PAGE FOLLOWS]');
        expect(text).not.toContain('Signed and declared');
    });
});

describe('a confirming statement that names no "attorney-in-fact"', () => {
    const statement = (opening: string) => `poa C {
    kind section16
    voice first-person
    principal p "Pat Doe"
    agents { agent a "Ann Lee"  agent b "Bo Chan" }
    opening style ${opening}
    phrasing appointment style named-only
    grant style joined { power "execute and file Forms 3, 4 and 5 on my behalf" }
    executed 2024-03-01 { signature conformed }
}`;

    test('"I confirm that I have authorized and designated A and B to ..."', async () => {
        const text = squash(await renderSource(statement('confirm-authorized')));
        expect(text).toContain('I confirm that I have authorized and designated Ann Lee and Bo Chan to execute and file Forms 3, 4 and 5 on my behalf.');
        expect(text).not.toContain('attorney');
    });

    test('"I hereby authorize A and B to ..."', async () => {
        expect(squash(await renderSource(statement('hereby-authorize')))).toContain('I hereby authorize Ann Lee and Bo Chan to execute and file Forms 3, 4 and 5 on my behalf.');
    });
});
