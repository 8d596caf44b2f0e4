/**
 * Sentences recognised whole from the phrasebook, the clauses composed into them ({substitution},
 * {ratification}, {instrument}) expanded into those clauses' styles; and the standard terms as a document
 * defines them.
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser, compileComposed, matchComposed } from '../../language/import/composed-template.js';
import { findDefinedTerms } from '../../language/import/defined-terms.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

// The Meta 2022 Section 16 power (../shared/corpus/sec16_meta-thiel-2022.txt, EX-24.1, EDGAR accession 0000950103-22-008730).
const META_INCIDENTAL = 'The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform each and every act and thing whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that such attorney-in-fact, or her substitute or substitutes, shall lawfully do or cause to be done by virtue of this Power of Attorney and the rights and powers herein granted.';
const META_ACKNOWLEDGMENT = "The undersigned acknowledges that no such attorney-in-fact, in serving in such capacity at the request of the undersigned, is hereby assuming, nor is the Company hereby assuming, any of the undersigned's responsibilities to comply with Section 16 of the Exchange Act.";

describe('composed templates', () => {
    const recogniser = new ComposedRecogniser(['incidental-authority', 'acknowledgment', 'ratification']);

    it('tells which style of each composed clause a sentence uses, and the words each accounts for', () => {
        const m = recogniser.match(META_INCIDENTAL);
        expect(m).toMatchObject({ clause: 'incidental-authority', style: 'personally-present-each' });
        expect(m?.uses).toEqual([
            { clause: 'substitution', style: 'or-revocation', text: 'with full power of substitution or revocation' },
            { clause: 'ratification', style: 'pronoun-substitutes', text: expect.stringMatching(/^hereby ratifying and confirming all that such attorney-in-fact, or her substitute/) },
            { clause: 'instrument-name', style: 'power-of-attorney', text: 'Power of Attorney' }
        ]);
        expect(m?.slots).toMatchObject({ subject: 'The undersigned', 'designation-one': 'attorney-in-fact', 'agent-possessive': 'her' });
    });

    it('reads the plain slots of a sentence with no composed clause', () => {
        const m = recogniser.match(META_ACKNOWLEDGMENT);
        expect(m).toMatchObject({ clause: 'acknowledgment', style: 'no-such-attorney', uses: [] });
        expect(m?.slots).toMatchObject({ 'acknowledged-issuer': 'the Company', section16: 'Section 16 of the Exchange Act', 'at-request': 'at the request of the undersigned' });
    });

    it('tolerates wrapping and capitals, less certainly, and matches nothing the phrasebook does not word', () => {
        const exact = recogniser.match(META_ACKNOWLEDGMENT)!;
        const loose = recogniser.match(META_ACKNOWLEDGMENT.toUpperCase().replace(/ /g, '\n '))!;
        expect(loose).toMatchObject({ clause: 'acknowledgment', style: 'no-such-attorney' });
        expect(loose.confidence).toBeLessThan(exact.confidence);
        expect(recogniser.match(META_ACKNOWLEDGMENT.replace('hereby assuming', 'assuming for now'))).toBeUndefined();
    });

    it('expands a style added to a composed clause with no change to the compiler', () => {
        // A made-up outer template composing {substitution}: every substitution style of the phrasebook is an alternative.
        const t = compileComposed('test', 'outer', 'The agents act[, {substitution}].', undefined);
        expect(matchComposed(t, 'The agents act, with full power of substitution in each of them.')?.uses).toEqual([{ clause: 'substitution', style: 'in-each', text: 'with full power of substitution in each of them' }]);
        expect(matchComposed(t, 'The agents act.')?.uses).toEqual([]);
    });

    it('settles a slot before the words that must follow it, and a sentence that goes on past the style does not match', () => {
        // Tempered: the value never holds the words its template puts after it.
        const t = compileComposed('test', 'outer', '{principal-name} hereby appoints {agents}, {whose} true and lawful {designation-one}', undefined);
        expect(matchComposed(t, 'Jane Roe hereby appoints John Doe, her true and lawful attorney')?.slots).toMatchObject({ 'principal-name': 'Jane Roe', agents: 'John Doe' });
        // A sentence that goes on past the style's last words does not match, however many places its slots could end.
        const long = `Jane Roe hereby appoints John Doe, her true and lawful attorney, ${'to sign, file and deliver, hereby, any form, '.repeat(60)}in any and all capacities`;
        expect(matchComposed(t, long)).toBeUndefined();
        // A value never runs over the words its template puts after it: the agents do not swallow a second
        // "true and lawful" to make the sentence fit.
        expect(matchComposed(t, 'Jane Roe hereby appoints John Doe, her true and lawful attorney hereby appoints Ann, her true and lawful attorney')).toBeUndefined();
    });
});

describe('defined terms', () => {
    it('reads a standard term the document defines in its own words, and one it names without defining', () => {
        const text = 'Section 16(a) of the Securities Exchange Act of 1934, as amended ("Exchange Act"), and file with the U.S. Securities and Exchange Commission and any stock exchange';
        expect(findDefinedTerms(text)).toEqual([
            { id: 'act1934', meaning: 'the Securities Exchange Act of 1934, as amended', term: 'Exchange Act', text: 'the Securities Exchange Act of 1934, as amended ("Exchange Act")', style: 'bare' },
            { id: 'sec', meaning: 'the U.S. Securities and Exchange Commission', text: 'the U.S. Securities and Exchange Commission' }
        ]);
    });

    it('takes into the meaning the words a document puts between the name and the definition (Zynga 2011, Yahoo 2012)', () => {
        // sec16_zynga-hoffman-broker-info-2011.txt and sec16_yahoo-levchin-5yr-expiry-2012.txt, as filed.
        const zynga = 'as considered necessary or advisable under Section 16(a) of the Securities Exchange Act of 1934 and the rules and regulations promulgated thereunder, as amended from time to time (the "Exchange Act"); (2) seek';
        expect(findDefinedTerms(zynga)).toEqual([{
            id: 'act1934',
            meaning: 'the Securities Exchange Act of 1934 and the rules and regulations promulgated thereunder, as amended from time to time',
            term: 'Exchange Act',
            text: 'the Securities Exchange Act of 1934 and the rules and regulations promulgated thereunder, as amended from time to time (the "Exchange Act")',
            // The name alone, for a definition the importer defers to the end of the phrase (deferred-definitions.ts).
            named: 'the Securities Exchange Act of 1934'
        }]);
        const yahoo = 'in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act"); (2) Perform';
        expect(findDefinedTerms(yahoo)[0]).toMatchObject({ meaning: 'the Securities Exchange Act of 1934, as amended and the rules thereunder', term: '1934 Act' });
    });

    it('takes no other name into the meaning: an issuer defined after the act is not the act', () => {
        const text = 'under Section 16(a) of the Securities Exchange Act of 1934 with respect to securities of Acme Inc. (the "Company")';
        expect(findDefinedTerms(text)).toEqual([{ id: 'act1934', meaning: 'the Securities Exchange Act of 1934', text: 'the Securities Exchange Act of 1934' }]);
    });

    it('leaves out a term worded as the catalog words it', () => {
        expect(findDefinedTerms('the Securities Act of 1933, as amended (the "1933 Act")')).toEqual([]);
    });
});

describe('import with composed sentences', () => {
    it('writes the incidental authority, substitution, ratification and acknowledgment styles of the Meta power, which render its words back', async () => {
        const text = [
            'POWER OF ATTORNEY',
            '',
            'KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Jennifer Newstead, and each of them, the undersigned\'s true and lawful attorney-in-fact to act for the undersigned in the undersigned\'s capacity as a representative of Meta Platforms, Inc. (the "Company"), under Section 16(a) of the Securities Exchange Act of 1934, as amended ("Exchange Act").',
            '',
            `${META_INCIDENTAL.replace('or her substitute', 'or such attorney-in-fact\'s substitute')} ${META_ACKNOWLEDGMENT}`,
            '',
            'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the 4th day of May, 2022.',
            '',
            '/s/ Peter Thiel'
        ].join('\n');
        const { poa, report } = await importText(text, 'meta.txt');
        expect(poa).toContain([
            '    incidental authority style personally-present-each',
            '    substitution style or-revocation with revocation',
            // "or such attorney-in-fact's substitute or substitutes": the ratification style `substitutes`.
            '    ratification style substitutes',
            '    phrasing instrument-name style power-of-attorney',
            '    acknowledgment no-assumption style no-such-attorney'
        ].join('\n'));
        expect(poa).toContain('    define act1934 "the Securities Exchange Act of 1934, as amended" as "Exchange Act"');
        // The power defines the act '("Exchange Act")', without the article: the `definition` style that writes it so.
        expect(poa).toContain('    phrasing definition style bare');
        expect(report.clauses.map((c) => `${c.clause}:${c.style}`)).toEqual(expect.arrayContaining(['incidental-authority:personally-present-each', 'acknowledgment:no-such-attorney']));
        const rendered = await renderSource(poa);
        const words = (t: string) => ` ${(t.match(/[A-Za-z0-9']+/g) ?? []).join(' ')} `;
        expect(words(rendered)).toContain(words(META_INCIDENTAL.replace('or her substitute', 'or such attorney-in-fact\'s substitute')));
        expect(words(rendered)).toContain(words(META_ACKNOWLEDGMENT));
        expect(rendered).toContain('as amended ("Exchange Act")');
        expect(rendered).not.toContain('(the "Exchange Act")');
    });
});

describe('a grant recognised by its appointment', () => {
    // The Meta 2022 power's grant (sec16_meta-thiel-2022.txt): the appointment, then the powers as numbered paragraphs
    // (the first two shortened here; the third, the catch-all, as filed).
    const catchAll = '(3) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in her discretion.';
    const text = [
        'POWER OF ATTORNEY',
        '',
        "KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Jennifer Newstead, Katherine R. Kelly, and Erin Guldiken, and each of them, the undersigned's true and lawful attorney-in-fact to:",
        '',
        '(1) execute for and on behalf of the undersigned any and all Form 3, 4 or 5 reports;',
        '',
        '(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such report; and',
        '',
        catchAll,
        '',
        'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the 4th day of May, 2022.',
        '',
        '/s/ Peter Thiel'
    ].join('\n');
    const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ');

    it('writes the agents, how they act, the opening and appointment styles, the catch-all by its style and the other powers in their own words', async () => {
        const { poa, report } = await importText(text, 'meta.txt');
        // "in her discretion": the agents' pronoun.
        expect(poa).toContain([
            '    agents severally {',
            '        agent newstead "Jennifer Newstead" { pronoun she }',
            '        agent kelly "Katherine R. Kelly" { pronoun she }',
            '        agent guldiken "Erin Guldiken" { pronoun she }',
            '    }'
        ].join('\n'));
        expect(poa).toContain([
            '    grant style numbered {',
            '        // imported as written:',
            '        power "execute for and on behalf of the undersigned any and all Form 3, 4 or 5 reports"',
            '        // imported as written:',
            '        power "do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such report"',
            '        any other action style classic-agent-discretion',
            '    }'
        ].join('\n'));
        // Several agents, each "the undersigned's true and lawful attorney-in-fact": the style with the singular designation.
        expect(poa).toContain('    phrasing appointment style named\n    phrasing opening style know-all-caps\n    phrasing agent-mode style and-each-of-them\n    lists serial-comma\n');
        // The powers in their own words count as kept as written.
        expect(report.keptAsWritten.map((k) => k.text)).toEqual([
            'execute for and on behalf of the undersigned any and all Form 3, 4 or 5 reports',
            'do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such report'
        ]);
        expect(words(await renderSource(poa))).toContain(words(text.split('\n\n').slice(1, 5).join(' ')));
    });

    it('names the grant style by the list markers of the powers', async () => {
        const { poa } = await importText(text.replace('(1) execute', '(a) execute').replace('(2) do', '(b) do').replace('(3) take', '(c) take'), 'meta.txt');
        expect(poa).toContain('    grant style lettered {\n');
    });

    it('keeps a power that defines a term in its own words, the other powers still recognised (`worded-powers.ts`)', async () => {
        const defining = text.replace('the undersigned any and all Form 3', 'the undersigned, as a director of Meta Platforms, Inc. (the "Company"), any and all Form 3');
        const { poa } = await importText(defining, 'meta.txt');
        expect(poa).toContain('power "execute for and on behalf of the undersigned, as a director of Meta Platforms, Inc. (the \\"Company\\"), any and all Form 3, 4 or 5 reports"');
        expect(poa).toContain('        any other action style classic-agent-discretion\n    }');
        expect(poa).not.toMatch(/grant[^\n]*\}\s*worded/);
        expect(words(await renderSource(poa))).toContain(words(defining.split('\n\n').slice(1, 5).join(' ')));
    });
});

describe('an appointment that does not render back', () => {
    it('keeps the grant as written and takes no parties from it (the Joby 2021 power names its agents by an annex)', async () => {
        // sec16_joby-hoffman-annex-2021.txt, the grant's first paragraph.
        const joby = 'With respect to holdings of and transactions in securities issued by Joby Aviation, Inc. (the "Company"), the undersigned hereby constitutes and appoints the individuals named on Annex A attached hereto and as may be amended from time to time, or any of them signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact to:';
        const text = ['POWER OF ATTORNEY', '', joby, '', '(1) execute Forms 3, 4 and 5.', '', 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 10th day of August, 2021.', '', '/s/ Reid Hoffman'].join('\n');
        const { poa } = await importText(text, 'joby.txt');
        expect(poa).not.toMatch(/^ {4}agents/m);
        // Kept whole, its appointment included: the style kept-whole prints it alone, with no appointment of its own before it.
        expect(poa).toMatch(/\/\/ imported as written:\n {4}grant style kept-whole \{ \} worded "With respect to holdings/);
    });
});

describe('the term sentence', () => {
    it('reads the end, the revocation and their styles from the term-end and revocation-frame styles (Yahoo 2012, Zynga 2011)', async () => {
        // sec16_yahoo-levchin-5yr-expiry-2012.txt and sec16_zynga-hoffman-broker-info-2011.txt, the term paragraphs.
        const yahoo = 'This Power of Attorney shall be effective as of the date written below, and unless sooner revoked, shall terminate upon the fifth (5th) anniversary of the date written below.';
        const zynga = 'This Power of Attorney shall remain in full force and effect until revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.';
        const frame = (term: string) => [
            'POWER OF ATTORNEY', '',
            "Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, the undersigned's true and lawful attorney-in-fact to:", '',
            '(1) execute for and on behalf of the undersigned Forms 3, 4 and 5.', '',
            term, '',
            'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 1st day of March, 2012.', '',
            '/s/ Max Levchin'
        ].join('\n');
        const a = await importText(frame(yahoo), 'yahoo.txt');
        expect(a.poa).toContain('    phrasing term-end style anniversary\n');
        expect(a.poa).toContain('    term { ends after 5 years }\n');
        const b = await importText(frame(zynga), 'zynga.txt');
        expect(b.poa).toContain('    revocation by signed-writing delivered to agents\n');
        expect(b.poa).toContain('    phrasing term-end style no-longer-required\n');
        expect(b.poa).toContain('    term { ends when revoked }\n');
        const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ');
        expect(words(await renderSource(a.poa))).toContain(words(yahoo));
        expect(words(await renderSource(b.poa))).toContain(words(zynga));
    });
});

describe('an appointment read with its own punctuation and pronouns', () => {
    const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ');
    const frame = (appointment: string) => [
        'POWER OF ATTORNEY', '',
        appointment, '',
        '(1) execute for and on behalf of the undersigned Forms 3, 4 and 5.', '',
        'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 1st day of March, 2021.', '',
        '/s/ Max Levchin'
    ].join('\n');

    it('reads a style that ends in the comma before "to:" (as-such-persons, the Affirm 2021 power)', async () => {
        // sec16_affirm-levchin-2021.txt, the appointment, its apostrophes straightened.
        const affirm = "KNOW ALL PERSONS BY THESE PRESENTS that the undersigned hereby constitutes, designates and appoints Sharda Caro del Castillo, David Ritenour and Ryan Chen as such person's true and lawful attorneys-in-fact and agents, each with full power of substitution and resubstitution and full power to act alone and without the other, for the undersigned and in the undersigned's name, place and stead, in any and all capacities, to:";
        const { poa } = await importText(frame(affirm), 'affirm.txt');
        expect(poa).toContain('    phrasing appointment style as-such-persons\n');
        expect(poa).toMatch(/agent \w+ "Sharda Caro del Castillo"/);
        expect(poa).not.toMatch(/grant \{ \} worded "KNOW ALL PERSONS/);
        expect(words(await renderSource(poa))).toContain(words(affirm));
    });

    it('takes the style that writes "his or her" where the undersigned states no pronoun (each-of-pronoun, the Reinvent 2021 power)', async () => {
        // sec16_reinvent-spac-hoffman-2021.txt, the appointment.
        const reinvent = 'KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints each of Mark Pincus, Michael Thompson, David Cohen and Reinvent Sponsor Y LLC, or any of them, each acting alone, his or her true and lawful attorney-in-fact to:';
        const { poa } = await importText(frame(reinvent), 'reinvent.txt');
        expect(poa).toContain('    phrasing appointment style each-of-pronoun\n');
        expect(poa).not.toMatch(/grant \{ \} worded "KNOW ALL BY/);
        expect(words(await renderSource(poa))).toContain(words(reinvent));
    });

    it('reads the names apart from "the undersigned\'s" that follows them with no comma (each-of-no-comma, the MongoDB/Sequoia 2017 power)', async () => {
        // sec16_mongodb-botha-sequoia-2017.txt, the appointment, with names of our own.
        const sequoia = 'Know all by these presents that the undersigned hereby constitutes and appoints each of Ann Lee, Bo Chan and Cy Dunn the undersigned\'s true and lawful attorney-in-fact to:';
        const { poa } = await importText(frame(sequoia), 'sequoia.txt');
        expect(poa).toContain('    phrasing appointment style each-of-no-comma\n');
        expect(poa).toContain(['    agents {', '        agent lee "Ann Lee"', '        agent chan "Bo Chan"', '        agent dunn "Cy Dunn"', '    }'].join('\n'));
        expect(words(await renderSource(poa))).toContain(words(sequoia));
    });
});
