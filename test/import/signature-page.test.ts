/**
 * Signature-page powers of reports and registration statements: the signatories appoint the agents in one sentence
 * read in its parts against the phrasebook, the table of signatures is read into signers and a schedule into a
 * schedule, and the written file renders the document's words back.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { pluralOf } from '../../language/import/recognise-document.js';
import { recogniseSignaturePage } from '../../language/import/signature-page.js';
import { readSchedule, readSignatureTable } from '../../language/import/signature-table.js';
import { splitSentences } from '../../language/import/split-sentences.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');
const quote = (s: string) => JSON.stringify(s);

const TEN_K = `Power of Attorney

KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann B. Lee and Carl Dunn, jointly and severally, his or her attorneys-in-fact, each with the power of substitution, for him or her in any and all capacities, to sign any amendments to this Annual Report on Form 10-K, and to file the same, with exhibits thereto and other documents in connection therewith, with the Securities and Exchange Commission, hereby ratifying and confirming all that each of said attorneys-in-fact, or his substitute or substitutes, may do or cause to be done by virtue hereof.
`;

describe('signature-page powers', () => {
    it('reads the signatories, the agents, the filing and the ratification, and renders the words back', async () => {
        const { poa, report } = await importText(TEN_K, 'ten-k.txt');
        expect(poa).toContain('title "Power of Attorney"');
        expect(poa).toContain('principal signatories "Each person whose signature appears below"');
        expect(poa).toContain('agents jointly-and-severally {');
        expect(poa).toContain('agent lee "Ann B. Lee"');
        expect(poa).toContain('file form10K under section13a style sign-amendments');
        expect(poa).toContain('phrasing opening style each-person-below');
        expect(poa).toContain('substitution style each-with-power');
        expect(poa).toContain('ratification style each-of-said');
        expect(poa).toContain('executed none');
        expect(poa).not.toContain('worded');
        expect(report.wordsKeptAsWritten).toBe(0);
        const loaded = await loadPoa(poa, { validate: false });
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(TEN_K));
    });

    it('files "this registration statement" under the Securities Act when the power names no form, and reads the incidental authority', () => {
        const m = recogniseSignaturePage('Each of the undersigned hereby appoints each of Ann B. Lee and Carl Dunn as attorney-in-fact and agent for the undersigned, with full power of substitution, for and in the name, place and stead of the undersigned, to sign and file with the Securities and Exchange Commission under the Securities Act of 1933, any and all amendments (including post-effective amendments) to this registration statement, any other registration statements and exhibits thereto that is the subject of this registration statement filed pursuant to Rule 462 under such Act, and any and all applications, instruments and other documents to be filed with the Securities and Exchange Commission pertaining to the registration of securities covered hereby, with full power and authority to do and perform any and all acts and things as may be necessary or desirable in furtherance of such registration.');
        expect(m?.filing.style).toBe('sign-and-file-registration');
        expect(m?.incidental?.style).toBe('in-furtherance');
        expect(m?.alternatives[0].style).toBe('each-of-as-agent-for');
    });

    it('does not read an appointment whose agents are not names (a misprint leaves the rest of the appointment to them)', () => {
        expect(recogniseSignaturePage('KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann B. Lee and Carl Dunn, or either of them, as his true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for him and in his name, place and stead, in any and a all capacities, to sign any amendments to this Annual Report on Form 10-K, and to file the same, with exhibits thereto and other documents in connection therewith, with the Securities and Exchange Commission.')).toBeUndefined();
    });

    it('is not tried on a power granted by one named principal', () => {
        expect(recogniseSignaturePage('The undersigned hereby constitutes and appoints Ann B. Lee as the undersigned\'s true and lawful attorney-in-fact to sign any amendments to this Annual Report on Form 10-K, and to file the same, with exhibits thereto and other documents in connection therewith, with the Securities and Exchange Commission.')).toBeUndefined();
    });
});

describe('the table of signatures and the schedule', () => {
    const paragraphs = [
        'This Power of Attorney has been signed by the following persons in the capacities and on the dates indicated.',
        'Signature\nTitle\nDate',
        '/s/ Ann B. Lee\nAnn B. Lee\nChief Executive Officer, Director\n(Principal Executive Officer)\nDecember 11, 2003',
        'Signature\nTitle\nDate',
        '/s/ C. Dunn, Jr.\nCarl Dunn, Jr.\nDirector\nDecember 18, 2003',
        'Schedule A - List of S-8 Registration Statements',
        'SEC File Number\nDates Filed',
        '33-44302\nFiled 11/27/91',
        '333-06298\nFiled 11/22/96'
    ];

    it('reads each row into a signer, the heads repeated on a new page skipped, in the style whose sentence precedes them', () => {
        const table = readSignatureTable(paragraphs, quote);
        expect(table?.paragraphs).toEqual([0, 1, 2, 3, 4]);
        expect(table?.instrument).toBe('Power of Attorney');
        expect(table?.lines).toEqual([
            'signatures style signature-title-date {',
            '    signer "Ann B. Lee" conformed as "Chief Executive Officer, Director (Principal Executive Officer)" dated 2003-12-11',
            '    signer "Carl Dunn, Jr." signature "/s/ C. Dunn, Jr." as "Director" dated 2003-12-18',
            '}'
        ]);
        expect(table?.setAside).toEqual(['Signature', 'Title', 'Date']);
    });

    it('takes the plain style when no sentence precedes the heads, and reads no table whose heads no style prints', () => {
        expect(readSignatureTable(paragraphs.slice(1), quote)?.lines[0]).toBe('signatures style signature-title-date-plain {');
        expect(readSignatureTable(['Name\nPosition', '/s/ Ann B. Lee\nAnn B. Lee\nDirector'], quote)).toBeUndefined();
    });

    it('reads a table whose cells are one to a line with no blank line between its rows (an HTML table stripped)', () => {
        const flat = [
            'Pursuant to the requirements of the Securities Act of 1933, as amended, this registration statement has been signed by the following persons in the capacities and on the dates indicated.',
            'Signature\nTitle\nDate\n/s/ Ann B. Lee\nAnn B. Lee\nChief Executive Officer\n(Principal Executive Officer)\nOctober 2, 2003\n/s/ Carl Dunn\nCarl Dunn\nDirector\nOctober 3, 2003',
            'Signature\nTitle\nDate\n/s/ Eve Ray\nEve Ray\nDirector\nOctober 4, 2003'
        ];
        const table = readSignatureTable(flat, quote);
        expect(table?.paragraphs).toEqual([0, 1, 2]);
        expect(table?.lines).toEqual([
            'signatures style registration-statement-signed-as-amended {',
            '    signer "Ann B. Lee" conformed as "Chief Executive Officer (Principal Executive Officer)" dated 2003-10-02',
            '    signer "Carl Dunn" conformed as "Director" dated 2003-10-03',
            '    signer "Eve Ray" conformed as "Director" dated 2003-10-04',
            '}'
        ]);
        expect(table?.setAside).toEqual(['Signature', 'Title', 'Date']);
        // A line under the heads that is not a row ("/s/ ..." first) is no table of this style.
        expect(readSignatureTable(['Signature\nTitle\nDate\nAnn B. Lee\nDirector'], quote)).toBeUndefined();
    });

    it('reads the schedule with its columns and rows', () => {
        expect(readSchedule(paragraphs, quote)).toEqual({
            paragraphs: [5, 6, 7, 8],
            lines: ['schedule "Schedule A" titled "List of S-8 Registration Statements" {', '    columns "SEC File Number", "Dates Filed"', '    row "33-44302", "Filed 11/27/91"', '    row "333-06298", "Filed 11/22/96"', '}']
        });
    });
});

describe('names on signature pages', () => {
    it('does not end a sentence at initials run together', () => {
        expect(splitSentences('It appoints Glenn K.C. Ching as agent. It ends.')).toEqual(['It appoints Glenn K.C. Ching as agent.', 'It ends.']);
    });

    it('pluralises a designation of two nouns', () => {
        expect(pluralOf('attorney-in-fact and agent')).toBe('attorneys-in-fact and agents');
        expect(pluralOf('attorney and agent')).toBe('attorneys and agents');
    });
});
