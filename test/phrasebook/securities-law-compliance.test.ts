/**
 * The "Limited Power of Attorney - Securities Law Compliance" form (SolarCity 2012, Palantir 2020):
 * one unnumbered power naming every filing's forms together and then their statutes, a dated
 * signature, and witnesses shown by signature, name and date without an attestation.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (extra = '', grant = 'file form144 under rule144\n        file form3, form4, form5 under section16a', execution = 'signature conformed style typed-name-dated') => `poa X {
    kind section16
    style securities-law-compliance
    ${extra}
    principal p "Pat Doe" { role "officer or director" }
    agents severally { agent a "Ann Lee" { pronoun she } agent b "Beth Poe" { pronoun she } }
    issuer co "Acme Corp." { defined as "Company" }
    define act1933 "the Securities Act of 1933 (as amended)"
    define act1934 "the Securities Exchange Act of 1934 (as amended)"
    define sec "the Securities and Exchange Commission"
    grant {
        ${grant}
        with sec, company
    }
    ratification
    term { ends when no longer subject to section16 for co }
    executed 2012-08-02 at "San Mateo, California" {
        ${execution}
    }
}`;

describe('the securities-law-compliance style set', () => {
    test('names the forms of every filing, then every statute, in one unnumbered power', async () => {
        const text = squash(await renderSource(power()));
        expect(text).toContain('The undersigned, as an officer or director of Acme Corp. (the "Company"), hereby constitutes and appoints Ann Lee and Beth Poe, and each of them, the undersigned\'s true and lawful attorney-in-fact to complete and execute such Forms 144, Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in her discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933 (as amended), Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder,');
        expect(text).toContain('as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Company, and to do all acts necessary in order to file such forms with the Securities and Exchange Commission and the Company. The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof.');
        expect(text).toContain('This Limited Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4 and 5');
        expect(text).toContain('This Limited Power of Attorney is executed at San Mateo, California, as of the date set forth below. /s/ Pat Doe Pat Doe Dated: August 2, 2012');
    });

    test('a single power keeps its "to" and takes no list words; a lone non-numbered form stays singular', async () => {
        const text = squash(await renderSource(power('', 'file formID, form3, form4, form5 under section16a')));
        expect(text).toContain('attorney-in-fact to complete and execute such Form ID, Forms 3, 4 and 5 and other forms');
        expect(text).toContain('pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules');
        expect(text).not.toContain('Rule 144');
    });

    test('witnesses by signature, name and date, without an attestation; a line to sign when the principal\'s signature is not conformed', async () => {
        const signed = squash(await renderSource(power('phrasing witness style signature-name-date', undefined, 'signature conformed style typed-name-dated\n        witnesses "Mary Roe"')));
        expect(signed).toContain('Witness: /s/ Mary Roe Signature Mary Roe Type or Print Name Dated: August 2, 2012');
        expect(signed).not.toContain('Signed and declared');
        const blank = squash(await renderSource(power('phrasing witness style signature-name-date', undefined, 'signature style typed-name-dated\n        witnesses "Mary Roe"')));
        expect(blank).toContain('Witness: ______________________________ Signature Mary Roe Type or Print Name');
        // The default still attests.
        const attested = squash(await renderSource(power('', undefined, 'signature conformed\n        witnesses "Mary Roe"')));
        expect(attested).toContain('Signed and declared by the principal');
    });

    test('agents written as a class keep the chosen mode\'s words; the term names only the forms Section 16(a) requires', async () => {
        const source = power('', 'file form144 under rule144\n        file formID, form3, form4, form5 under section16a')
            .replace('agents severally { agent a "Ann Lee" { pronoun she } agent b "Beth Poe" { pronoun she } }',
                'agents severally { agent a office "responsible attorneys" of co agent b office "responsible attorneys of Roe LLP" } worded "the responsible attorneys of {co} and of Roe LLP"');
        const text = squash(await renderSource(source));
        expect(text).toContain('hereby constitutes and appoints the responsible attorneys of the Company and of Roe LLP, and each of them, the undersigned\'s true and lawful');
        expect(text).toContain('such Forms 144, Form ID, Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in his or her discretion');
        expect(text).toContain('until the undersigned is no longer required to file Forms 3, 4 and 5 with respect to');
    });
});

describe('the form as SolarCity and Palantir filed it', () => {
    test('cites Rule 144 "promulgated under" its act and Forms 3, 4 and 5 under the whole of Section 16; revoked "in a writing", with no comma', async () => {
        const source = power().replace('ratification', 'ratification\n    revocation by writing delivered to agents');
        const text = squash(await renderSource(source));
        expect(text).toContain('pursuant to Rule 144 promulgated under the Securities Act of 1933 (as amended), Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules');
        expect(text).toContain('securities issued by the Company unless earlier revoked by the undersigned in a writing delivered to the foregoing attorneys-in-fact.');
    });

    test('a citation style chosen alone changes only the statutes it has words for', async () => {
        const plain = (style: string) => `poa X {
    kind section16
    phrasing citation style ${style}
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    issuer co "Acme Corp." { defined as "Company" }
    grant {
        file form144 under rule144
        file form3, form4, form5 under section16a
        file schedule13D under section13d
    }
    executed 2012-08-02 { signature conformed }
}`;
        const promulgated = squash(await renderSource(plain('promulgated-under')));
        expect(promulgated).toContain('Rule 144 promulgated under the Securities Act of 1933');
        expect(promulgated).toContain('Section 16(a) of the Securities Exchange Act of 1934');
        expect(promulgated).toContain('Section 13(d) of the 1934 Act');
        const section16 = squash(await renderSource(plain('section-16')));
        expect(section16).toContain('Rule 144 of the Securities Act of 1933');
        expect(section16).toContain('pursuant to Section 16 of the Securities Exchange Act of 1934');
        expect(section16).not.toContain('Section 16(a)');
    });

    test('ruled signature and witness styles draw the signature lines; plain text prints them as hyphens', async () => {
        const source = power('phrasing witness style signature-name-date-ruled', undefined, 'signature conformed style typed-name-dated-ruled\n        witnesses "Mary Roe"');
        const text = await renderSource(source);
        const rule = '-'.repeat(36);
        expect(text).toContain(`/s/ Pat Doe\n${rule}\nPat Doe\nDated: August 2, 2012\n${rule}`);
        expect(text).toContain(`Witness:\n/s/ Mary Roe\n${rule}\nSignature\nMary Roe\n${rule}\nType or Print Name\nDated: August 2, 2012\n${rule}`);
    });
});
