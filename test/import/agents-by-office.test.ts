/**
 * Agents appointed by office, not by name. The wordings are those of the Palantir 2020 power ("the responsible
 * attorneys and paralegals of the Corporation and of Wilson Sonsini Goodrich & Rosati, P.C.",
 * ../shared/corpus/sec16_palantir-thiel-lawfirm-agents-2020.txt, EDGAR accession 0001209191-20-051619) and of the NHTSA
 * form (49 CFR Part 591, Appendix C: "the Administrator of the National Highway Traffic Safety Administration, United
 * States Department of Transportation, or delegate", ../shared/corpus/other_nhtsa-securities-bond-poa-49cfr591-appc.txt);
 * the whole power below has the shape of the Palantir power, with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { parseAgentsByOffice } from '../../language/import/agents-by-office.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const issuer = (t: string) => (t === 'the Corporation' ? 'acme' : undefined);

describe('agents named by office', () => {
    it('reads one office of the issuer and of a firm as two agents', () => {
        expect(parseAgentsByOffice('the responsible attorneys and paralegals of the Corporation and of Wilson Sonsini Goodrich & Rosati, P.C.', issuer)).toEqual({
            agents: [
                { office: 'responsible attorneys and paralegals', organisation: 'the Corporation' },
                { office: 'responsible attorneys and paralegals', organisation: 'Wilson Sonsini Goodrich & Rosati, P.C.' }
            ],
            forTheTimeBeing: false,
            delegate: false
        });
    });

    it('reads an office of a public body, its delegate, and offices of several organisations', () => {
        expect(parseAgentsByOffice('the Administrator of the National Highway Traffic Safety Administration, United States Department of Transportation, or delegate', issuer)).toEqual({
            agents: [{ office: 'Administrator', organisation: 'the National Highway Traffic Safety Administration, United States Department of Transportation' }],
            forTheTimeBeing: false,
            delegate: true
        });
        expect(parseAgentsByOffice('the General Counsel of the Corporation and the Secretary of the Corporation, for the time being', issuer)?.agents).toEqual([
            { office: 'General Counsel', organisation: 'the Corporation' },
            { office: 'Secretary', organisation: 'the Corporation' }
        ]);
    });

    it('reads no office where persons are named, or the organisation is neither the issuer nor named with its legal form', () => {
        expect(parseAgentsByOffice('Ann Lee and Bo Chan of Cooley LLP', issuer)).toBeUndefined();
        expect(parseAgentsByOffice('the attorneys of the firm', issuer)).toBeUndefined();
        expect(parseAgentsByOffice('the responsible attorneys of the Company', issuer)).toBeUndefined();
    });
});

const TEXT = [
    'LIMITED POWER OF ATTORNEY - SECURITIES LAW COMPLIANCE',
    '',
    'The undersigned, as an officer or director of Example Data, Inc. (the "Corporation"), hereby constitutes and appoints the responsible attorneys and paralegals of the Corporation and of Lee & Chan LLP, and each of them, the undersigned\'s true and lawful attorneys-in-fact and agents to complete and execute such Forms 144, Form ID, Forms 3, 4 and 5 and other forms as any such attorney-in-fact and agent shall in his or her discretion determine to be required or advisable pursuant to Rule 144 promulgated under the Securities Act of 1933, as amended, Section 16 of the Securities Exchange Act of 1934, as amended, and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Corporation, and to do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Corporation and such other person or agency as such attorney-in-fact and agent shall deem appropriate.',
    '',
    'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof.',
    '',
    'This Limited Power of Attorney shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4 and 5 with respect to the undersigned\'s holdings of and transactions in securities issued by the Corporation unless earlier revoked by the undersigned in a writing delivered to the foregoing attorneys-in-fact.',
    '',
    'This Limited Power of Attorney is executed as of the date set forth below.',
    '',
    'Signature: /s/ Dana Fox',
    '',
    'Print Name: Dana Fox',
    '',
    'Dated: May 4, 2021'
].join('\n');

describe('a power in the shape of the Palantir power', () => {
    it('writes the agents by office, their list as worded, and the appointment "attorneys-in-fact and agents"', async () => {
        const { poa, report } = await importText(TEXT, 'office-agents.txt');
        expect(poa).toMatch(/agent \w+ office "responsible attorneys and paralegals" of \w+\n/);
        expect(poa).toContain('office "responsible attorneys and paralegals" of "Lee & Chan LLP"');
        expect(poa).toContain('} worded "the responsible attorneys and paralegals of the Corporation and of Lee & Chan LLP"');
        expect(poa).toContain('phrasing appointment style named-plural-and-agents');
        expect(poa).toContain('phrasing other-agency style such-designation-one-and-agent');
        expect(poa).not.toContain('called');
        expect(await syntaxErrors(poa)).toEqual([]);
        expect(report.keptAsWritten).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain('and each of them, the undersigned\'s true and lawful attorneys-in-fact and agents to complete and execute');
        expect(rendered).toContain('such other person or agency as such attorney-in-fact and agent shall deem appropriate.');
    });
});
