/**
 * The "no duty" acknowledgment followed, in the same paragraph, by the supersession said as a sentence of its own
 * (the acknowledgment styles `no-duty` and `no-duty-plural`, whose `{supersession-sentence}` places it): both are
 * read, the supersession as a `supersedes` clause in its phrasebook style, and the term is written where its own
 * sentence stands, so that the file rendered in its written order keeps the document's order. The text has the
 * shape of sec16_founder-spac-selby-13d-2021 (../shared/corpus): agents appointed as "attorneys-in-fact and agents"
 * and called "the attorneys-in-fact" after, a Schedule 13D filed alone named "Schedule 13Ds"; names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const TERM = 'A copy of this power of attorney shall be filed with the SEC. The authorization set forth above shall continue in full force and effect until the undersigned revokes such authorization by written instructions to the attorneys-in-fact.';
const ACK = 'The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the attorneys-in-fact with respect to the undersigned\'s obligations to file a Form ID, Schedule 13Ds and Forms 3, 4 and 5 with the SEC.';
const SUPERSESSION = 'This power of attorney replaces any previous power of attorney with respect to the subject matter hereof and any previous power of attorney with respect to the subject matter hereof may be considered withdrawn and revoked.';

const text = (ack: string) => [
    'POWER OF ATTORNEY',
    '',
    'The undersigned constitutes and appoints Ann Lee and Bo Chan, or any of them acting singly, as the undersigned\'s true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for the undersigned and in the undersigned\'s name, place and stead, to:',
    '',
    '1. prepare, sign, and submit to the Securities and Exchange Commission (the "SEC") on its Electronic Data Gathering, Analysis, and Retrieval Filer Management website a Form ID application, including any amendments and exhibits thereto, and any other related documents as may be necessary or appropriate, to obtain from the SEC access codes to permit filing on the SEC\'s EDGAR system, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each act and thing requisite and necessary to be done as required by any rule or regulation of the SEC and the EDGAR Filer Manual as fully and to all intents and purposes as the undersigned might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, and each of them, may lawfully do or cause to be done by virtue hereof; and',
    '',
    '2. sign any and all SEC statements of beneficial ownership of securities of Acme Acquisition Corp. (the "Company") on Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the Securities Exchange Act of 1934, as amended, and any amendments thereto, and to file the same with all exhibits thereto, and other documents in connection therewith, with the SEC, the Company and any stock exchange on which any of the Company\'s securities are listed, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each act and thing requisite and necessary to be done under said Section 13 and Section 16(a), as fully and to all intents and purposes as the undersigned might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, and each of them, may lawfully do or cause to be done by virtue hereof.',
    '',
    TERM,
    '',
    `${ack} ${SUPERSESSION}`,
    '',
    'Dated: March 2, 2022',
    '',
    'By: /s/ Carla Diaz',
    '',
    'Name: Carla Diaz'
].join('\n');

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the "no duty" acknowledgment with the supersession after it', () => {
    it('reads the supersession sentence as the supersession, the form filed alone in the plural, and keeps nothing as written', async () => {
        const { poa, report } = await importText(text(ACK), 'no-duty.txt');
        expect(poa).toContain('acknowledgment no-assumption style no-duty-plural');
        expect(poa).toContain('supersedes all prior powers revoking them');
        expect(poa).toContain('phrasing supersession style replaces-previous');
        expect(report.keptAsWritten).toEqual([]);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = squash(await renderSource(poa));
        expect(rendered).toContain(`${TERM} ${ACK} ${SUPERSESSION}`);
    });

    it('reads the form filed alone in the singular with the style that names it so', async () => {
        const singular = ACK.replace('Schedule 13Ds', 'Schedule 13D').replace('of the attorneys-in-fact with', 'of the attorneys-in-fact and agents with');
        const { poa, report } = await importText(text(singular), 'no-duty-singular.txt');
        expect(poa).toMatch(/acknowledgment no-assumption style no-duty\n/);
        expect(report.keptAsWritten).toEqual([]);
        expect(squash(await renderSource(poa))).toContain(`${singular} ${SUPERSESSION}`);
    });

    it('keeps the paragraph as written when the sentence after the acknowledgment is no supersession', async () => {
        const other = 'This sentence says something else entirely about the weather.';
        const { report } = await importText(text(ACK).replace(SUPERSESSION, other), 'no-duty-other.txt');
        expect(report.keptAsWritten.map((k) => k.text).join(' ')).toContain(other);
    });
});
