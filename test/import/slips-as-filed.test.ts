/**
 * A power that prints its slips (a possessive without its apostrophe: "in such attorney-in-facts discretion", "or
 * such attorneys-in-fact substitute or substitutes") and a Form ID power for codes lost as well as new ("to obtain
 * and/or regenerate codes"): each is read as the phrasebook style that prints it so (`classic-discretion-as-filed`,
 * `substitutes-plural-as-filed`, `form-id-reports-regenerate`), and renders back word for word, the slips kept as
 * filed. The text has the shape of ../shared/corpus/sec16_joby-hoffman-annex-2021.txt, with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const FORM_ID = 'prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the United States Securities and Exchange Commission (the "SEC") a Form ID, including amendments thereto, and any other documents necessary or appropriate to obtain and/or regenerate codes and passwords enabling the undersigned to make electronic filings with the SEC of reports required by Section 16(a) of the Securities Exchange Act of 1934, as amended, or any rule or regulation of the SEC';
const CATCH_ALL = 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-facts discretion';
const AUTHORITY = 'The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution and resubstitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or such attorneys-in-fact substitute or substitutes, shall lawfully do or cause to be done by virtue of this Power of Attorney and the rights and powers herein granted.';

const text = (catchAll: string) => [
    'POWER OF ATTORNEY',
    '',
    'With respect to holdings of and transactions in securities issued by Example Aviation, Inc. (the "Company"), the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact to:',
    '',
    `1. ${FORM_ID};`,
    '',
    '2. execute for and on behalf of the undersigned, Forms 3, 4, and 5 in accordance with Section 16 of the Securities Exchange Act of 1934, as amended, and the rules thereunder;',
    '',
    '3. do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any stock exchange or similar authority; and',
    '',
    `4. ${catchAll}.`,
    '',
    AUTHORITY,
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 3rd day of May, 2022.',
    '',
    '/s/ Carla Diaz',
    '-------------------------',
    'Carla Diaz'
].join('\n');

/** The words alone: the rendering may leave out a comma the text adds ("as amended, or any rule"). */
const words = (s: string) => (s.match(/[A-Za-z0-9'-]+/g) ?? []).join(' ');

describe('slips and variants of the classic form, kept as filed', () => {
    it('reads each by the style that prints it, and renders the words back', async () => {
        const { poa, report } = await importText(text(CATCH_ALL), 'slips.txt');
        expect(poa).toContain('edgar access style form-id-reports-regenerate');
        expect(poa).toContain('any other action style classic-discretion-as-filed');
        expect(poa).toContain('ratification style substitutes-plural-as-filed');
        expect(report.keptAsWritten).toEqual([]);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = words(await renderSource(poa));
        for (const sentence of [FORM_ID, CATCH_ALL, AUTHORITY]) expect(rendered).toContain(words(sentence));
    });

    it('reads the catch-all with its apostrophe as the classic style, not as the slip', async () => {
        const { poa } = await importText(text(CATCH_ALL.replace('attorney-in-facts discretion', 'attorney-in-fact\'s discretion')), 'no-slip.txt');
        expect(poa).not.toContain('classic-discretion-as-filed');
        expect(poa).toMatch(/any other action( style classic)?\n/);
    });
});

describe('a signature whose name line is ruled too', () => {
    it('reads "By: /s/ ...", a rule, "Name: ..." and a rule as the style by-ruled-name, no rule kept as written', async () => {
        const lines = text(CATCH_ALL).split('\n');
        const signed = [...lines.slice(0, -3), 'By: /s/ Carla Diaz', '-------------------------', 'Name: Carla Diaz', '-------------------------'].join('\n');
        const { poa, report } = await importText(signed, 'ruled-name.txt');
        expect(poa).toContain('style by-ruled-name');
        expect(report.keptAsWritten).toEqual([]);
        expect(await renderSource(poa)).toContain('By: /s/ Carla Diaz\n-------------------------\nName: Carla Diaz\n-------------------------');
    });
});
