/**
 * A power whose text is a scanned exhibit's text layer, without the original's paragraph breaks: the heading run into
 * the first sentence, the conformed signature into the last; an appointment by "I, the undersigned director and/or
 * officer of ..." of named agents beside a class of persons, ending with a colon before powers numbered (i) to (v),
 * each a filing of its own. The shape of sec16_23andme-botha-ocr-2024 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { normaliseText } from '../../language/import/normalise-text.js';
import { splitRunInHeading, splitRunInSignature } from '../../language/import/run-in-parts.js';
import { parseAgentsWithClass } from '../../language/import/agents-with-class.js';
import { filingsEachItemPhrasing } from '../../language/import/filings-each-item.js';
import { recogniseGrantItem, splitInlineItems } from '../../language/import/grant-recogniser.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');
const issuerRef = (t: string) => (t === 'the Company' ? 'acme' : undefined);

const POWERS = '(i) to execute and file for and on behalf of the undersigned any reports on Forms 3, 4, and 5 (including any amendments thereto and any successors to such Forms) with respect to ownership, acquisition, or disposition of securities of the Company that the undersigned may be required to file with the U.S. Securities and Exchange Commission (the "SEC") in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "Exchange Act"), and the rules promulgated thereunder; (ii) to execute and file for and on behalf of the undersigned any voluntary filings under Section 16(a) of the Exchange Act; (iii) to request electronic filing codes from the SEC by filing the Form ID (including amendments thereto) and any other documents necessary or appropriate to obtain codes and passwords enabling the undersigned to file such reports electronically; (iv) to prepare, file, and submit any documents or reports that may be required under SEC Rule 144 to permit the undersigned to sell Company common stock without registration under the Securities Act of 1933, as amended (the "Securities Act") in reliance on Rule 144 as amended from time to time; or (v) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorneys-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorneys-in-fact on behalf of the undersigned pursuant to this Power of Attorney shall be in such form and shall contain such terms and conditions as such attorneys-in-fact may approve in such attorney-in-fact\'s or attorneys-in-fact\'s discretion.';

const SCANNED = [
    'EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY Know all by these present, that I, the undersigned director and/or officer of Acme Holding Co., a Delaware corporation (the "Company"), hereby constitute and appoint Ann Lee and Bo Chan, and any assistant or deputy counsel of the Company, and each of them, my true and lawful attorneys-in-fact and agents, with full power to act, together or each without the other, with full power of substitution and resubstitution, for me and in my name, place, and stead, in any and all capacities: '
        + POWERS
        + ' The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16(a) of the Exchange Act or the Securities Act. The Company will use all reasonable efforts to apprise the undersigned of applicable filing requirements for purposes of Section 16(a) of the Exchange Act or the Securities Act. This Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4, and 5 with respect to the undersigned\'s holdings and transactions in securities issued by the Company, unless earlier revoked by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 19th day of August 2024. /s/ Cy Diaz'
].join('\n');

describe('parts run into the text of a scanned exhibit', () => {
    it('puts a heading in capitals run into the first sentence on a line of its own, its exhibit label with it', () => {
        expect(splitRunInHeading('EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY Know all by these presents, that the undersigned hereby appoints Ann Lee.'))
            .toEqual(['EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY', '', 'Know all by these presents, that the undersigned hereby appoints Ann Lee.']);
        expect(splitRunInHeading('EXHIBIT 24 Know all by these presents, that the undersigned hereby appoints Ann Lee and Bo Chan.')).toBeUndefined();
        // A formula in capitals that the sentence goes on from in lower case is no heading.
        expect(splitRunInHeading('KNOW ALL BY THESE PRESENTS, that the undersigned hereby constitutes and appoints Ann Lee.')).toBeUndefined();
        expect(splitRunInHeading('The undersigned hereby appoints Ann Lee and Bo Chan as attorneys-in-fact.')).toBeUndefined();
    });

    it('puts a conformed signature run into the last sentence on a line of its own', () => {
        expect(splitRunInSignature('... executed as of this 19th day of August 2024. /s/ Cy Diaz')).toEqual(['... executed as of this 19th day of August 2024.', '/s/ Cy Diaz']);
        expect(splitRunInSignature('/s/ Cy Diaz')).toBeUndefined();
    });

    it('normalises the text so: the heading and the signature paragraphs of their own, nothing set aside', () => {
        const n = normaliseText(SCANNED);
        expect(n.setAside).toEqual([]);
        expect(n.paragraphs[0]).toBe('EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY');
        expect(n.paragraphs[1].startsWith('Know all by these present, that I,')).toBe(true);
        expect(n.paragraphs[n.paragraphs.length - 1]).toBe('IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 19th day of August 2024.\n/s/ Cy Diaz');
    });
});

describe('agents named beside a class of persons', () => {
    it('reads the named agents and the class after them', () => {
        expect(parseAgentsWithClass('Ann Lee and Bo Chan, and any assistant or deputy counsel of the Company')).toEqual({ names: ['Ann Lee', 'Bo Chan'], described: 'any assistant or deputy counsel of the Company' });
        expect(parseAgentsWithClass('Ann Lee and Bo Chan')).toBeUndefined();
        // A description in the place of a name is no agent's name.
        expect(parseAgentsWithClass('the General Counsel of the Company, and any assistant counsel of the Company')).toBeUndefined();
    });
});

describe('filings listed each as an item of its own', () => {
    it('reads a filing style that names no forms with the statute\'s forms, and one that names no statute by the rule its words cite', () => {
        expect(recogniseGrantItem('to execute and file for and on behalf of the undersigned any voluntary filings under Section 16(a) of the Exchange Act', { issuerRef })?.line)
            .toBe('file form3, form4, form5 under section16a style voluntary-filings');
        expect(recogniseGrantItem('to prepare, file, and submit any documents or reports that may be required under SEC Rule 144 to permit the undersigned to sell Company common stock without registration under the Securities Act of 1933, as amended (the "Securities Act") in reliance on Rule 144 as amended from time to time', { issuerRef })?.line)
            .toBe('file form144 under rule144 style rule144-documents');
    });

    it('splits powers numbered in roman numerals, "(iv)" and "(v)" included', () => {
        expect(splitInlineItems(POWERS)?.map((i) => i.slice(0, 5))).toEqual(['(i) t', '(ii) ', '(iii)', '(iv) ', '(v) t']);
    });

    it('keeps two filings or more apart with the securities-power style whose words are the filing\'s alone', () => {
        expect(filingsEachItemPhrasing(['file form3 under section16a', 'edgar access', 'file form144 under rule144'], [])).toBe('phrasing securities-power style each-an-item');
        expect(filingsEachItemPhrasing(['file form3 under section16a', 'edgar access'], [])).toBeUndefined();
        expect(filingsEachItemPhrasing(['file form3 under section16a', 'file form144 under rule144'], ['phrasing securities-power style classic'])).toBeUndefined();
    });
});

describe('a scanned power imported whole', () => {
    it('writes the agents with their class, the role and issuer, each power an item, and renders every sentence back', async () => {
        const { poa, report } = await importText(SCANNED, 'scanned.txt');
        expect(poa).toContain('title "EXHIBIT 24 ACME HOLDING CO. POWER OF ATTORNEY"');
        expect(poa).toContain('principal diaz "Cy Diaz" { role "director and/or officer" }');
        expect(poa).toContain('} worded "Ann Lee and Bo Chan, and any assistant or deputy counsel of the Company"');
        expect(poa).toContain('grant style roman-or {');
        expect(poa).toContain('any other action style classic-plural');
        expect(poa).toContain('acknowledgment no-assumption style apprise');
        expect(poa).toContain('phrasing term-end style no-longer-required-holdings-and');
        // Only the agents' list is kept as written.
        expect(report.keptAsWritten).toEqual([]);
        expect(report.wordsKeptAsWritten).toBe(words('Ann Lee and Bo Chan, and any assistant or deputy counsel of the Company').split(' ').length);
        const rendered = words(await renderSource(poa));
        for (const sentence of [POWERS, 'The Company will use all reasonable efforts to apprise the undersigned of applicable filing requirements for purposes of Section 16(a) of the Exchange Act or the Securities Act.']) {
            expect(rendered).toContain(words(sentence));
        }
    });
});
