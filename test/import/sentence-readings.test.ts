/**
 * Readings of whole sentences beyond the most certain one: another style of the same clause when the first names
 * what the instrument does not know, a comma the text adds before a template's word, and the styles added for the
 * Section 16 forms named in the singular ("Form 3, 4 or 5 reports") and for "any and every act ... as such
 * undersigned", and a style whose words run over two sentences. The sentences are those of sec16_meta-thiel-2022,
 * sec16_reinvent-spac-hoffman-2021 and sec16_rubicon-selby-ratify-2023 (../shared/corpus/), shortened where the
 * clause allows.
 */
import { describe, expect, it } from 'vitest';
import { ComposedRecogniser } from '../../language/import/composed-template.js';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ').toLowerCase();

// Item (3) of the Meta power: commas after "the undersigned" and "Power of Attorney" that the classic style has not.
const CATCH_ALL = 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned, pursuant to this Power of Attorney, shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in her discretion';

const META = `POWER OF ATTORNEY

KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Jennifer Newstead, Katherine R. Kelly, and Erin Guldiken, and each of them, the undersigned's true and lawful attorney-in-fact to:

(1) execute for and on behalf of the undersigned, in the undersigned's capacity as a representative of Meta Platforms, Inc. (the "Company"), any and all Form 3, 4 or 5 reports required to be filed by the undersigned in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended ("Exchange Act"), and the rules thereunder with respect to transactions in securities of the Company;

(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4 or 5 report and timely file such report with the U.S. Securities and Exchange Commission and any stock exchange or similar authority; and

(3) ${CATCH_ALL}.

This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Form 3, 4 or 5 reports with respect to the undersigned's holdings of and transactions in securities issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.

IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the 4th day of May, 2022.

Signature: /s/ Peter Thiel

Print Name: Peter Thiel
`;

const REINVENT_INCIDENTAL = 'The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as such undersigned might or could do if personally present, hereby ratifying and confirming all that such attorney-in-fact shall lawfully do or cause to be done by virtue of this Power of Attorney and the rights and powers herein granted.';
const REINVENT_ACKNOWLEDGMENT = "The undersigned acknowledges that each of the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, is not assuming any of the undersigned's responsibilities to comply with Section 16 of the Securities Exchange Act of 1934.";

const REINVENT = `POWER OF ATTORNEY

KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints each of Mark Pincus, Michael Thompson, David Cohen and Reinvent Sponsor Y LLC, or any of them, each acting alone, his or her true and lawful attorney-in-fact to:

(1) execute for and on behalf of the undersigned a Form 3, Form 4 or Form 5, or any amendment thereto, relating to the securities of Reinvent Technology Partners Y, in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute such Form 3, Form 4 or Form 5, or any amendment thereto, and the timely filing of such form with the United States Securities and Exchange Commission and any other authority; and

(3) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact's discretion.

${REINVENT_INCIDENTAL} ${REINVENT_ACKNOWLEDGMENT}

IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 15th day of March, 2021.

By: /s/ Reid Hoffman
`;

describe('a comma the text adds before a word of the template', () => {
    it('is forgiven by a recogniser that asks for it, in a last pass, less certainly', () => {
        const forgiving = new ComposedRecogniser(['catch-all'], [], true).match(CATCH_ALL);
        expect(forgiving).toMatchObject({ clause: 'catch-all', style: 'classic-agent-discretion', slots: { 'agent-possessive': 'her' } });
        expect(forgiving!.confidence).toBeLessThan(1);
        // Without the commas the same words are read by the first pass, with full certainty.
        const plain = CATCH_ALL.replace('the undersigned, pursuant', 'the undersigned pursuant').replace('Attorney, shall', 'Attorney shall');
        expect(new ComposedRecogniser(['catch-all'], [], true).match(plain)?.confidence).toBe(1);
    });

    it('is not forgiven by a recogniser that does not ask for it', () => {
        expect(new ComposedRecogniser(['catch-all']).match(CATCH_ALL)).toBeUndefined();
    });

    it("reads Meta's catch-all as its style, and its term naming the forms in the singular, so nothing is kept as written", async () => {
        const { poa, report } = await importText(META, 'meta.txt');
        expect(poa).toContain('any other action style classic-agent-discretion');
        expect(poa).toContain('phrasing term-end style no-longer-required-reports');
        expect(poa).toContain('ends when no longer subject to section16');
        expect(poa).not.toContain('worded');
        expect(report.keptAsWritten).toEqual([]);
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words('is no longer required to file Form 3, 4 or 5 reports with respect to the undersigned\'s holdings'));
        // Every word of the catch-all is rendered; only the two commas are left out.
        expect(rendered).toContain(words(CATCH_ALL));
    });
});

describe('another reading of a sentence recognised whole', () => {
    it('takes the acknowledgment by the agents alone when the first reading takes their words for an issuer', async () => {
        const { poa, report } = await importText(REINVENT, 'reinvent.txt');
        expect(poa).toMatch(/acknowledgment no-assumption style each-not-assuming by pincus, thompson, cohen, \w+/);
        expect(report.keptAsWritten.map((k) => k.clause)).not.toContain('acknowledgment');
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words(REINVENT_ACKNOWLEDGMENT));
        // The issuer the instrument names is not made to acknowledge what the sentence does not say of it.
        expect(rendered).not.toContain('nor is reinvent technology partners y assuming');
    });

    it('reads "any and every act ... as such undersigned might" by its style, with the ratification composed into it', async () => {
        const { poa } = await importText(REINVENT, 'reinvent.txt');
        expect(poa).toContain('incidental authority style any-and-every-such-undersigned');
        expect(poa).toContain('ratification style lawfully');
        expect(words(await renderSource(poa))).toContain(words(REINVENT_INCIDENTAL));
    });
});

// The Rubicon power's incidental authority, whose ratification goes on in a second sentence (the ratification style
// `substitutes-and-prior-acts`).
const RUBICON_INCIDENTAL = "The undersigned hereby grants to each such attorney-in-fact full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all that each such attorney-in-fact, or such attorney-in-fact's substitute or substitutes, shall lawfully do or cause to be done by virtue of this Power of Attorney and the rights and powers herein granted.";
const RUBICON_PRIOR_ACTS = 'The undersigned also ratifies hereby any action previously taken by each attorney-in-fact that would have been authorized by this Power of Attorney if it has been in effect at the time such action was taken.';

const RUBICON = `POWER OF ATTORNEY

Know all by these presents that the undersigned hereby constitutes and appoints each of Philip Rodoni and Kevin Schubert, and any of their substitutes, signing singly, as the undersigned's true and lawful attorney-in-fact to:

1. execute for and on behalf of the undersigned, in the undersigned's capacity as a director and/or officer of Rubicon Technologies, Inc. (the "Company"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;

2. take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact's discretion.

${RUBICON_INCIDENTAL} ${RUBICON_PRIOR_ACTS}

IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the 9th day of January, 2023.

/s/ Jack Selby
`;

describe('a style whose words run over two sentences', () => {
    it('reads the sentence with the next one of its paragraph when neither alone is read', async () => {
        const { poa, report } = await importText(RUBICON, 'rubicon.txt');
        expect(poa).toContain('ratification style substitutes-and-prior-acts');
        expect(poa).toContain('substitution style or-revocation with revocation');
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(RUBICON_PRIOR_ACTS);
        expect(report.keptAsWritten.map((k) => k.text)).not.toContain(RUBICON_INCIDENTAL);
        expect(words(await renderSource(poa))).toContain(words(`${RUBICON_INCIDENTAL} ${RUBICON_PRIOR_ACTS}`));
    });
});
