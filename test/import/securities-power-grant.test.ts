/**
 * A grant in one sentence whose one power a securities-power style words whole, naming no filing (the
 * `any-documents-held` style of sec16_gates-foundation-trust-cotrustees-2007, whose words run over two sentences):
 * the appointment, the laws the power names as `comply with`, the venues folded into it, the incidental authority
 * after it, and a role the principals hold in what the opening defines (`role "Co-Trustees" of ...`). Several
 * principals the text does not name (words that agree with several: "do hereby", "determine") are blanks.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { compileComposed, matchComposed } from '../../language/import/composed-template.js';
import { parseVenues } from '../../language/import/grant-recogniser.js';
import { lawsNamed, roleInDefinedTerm } from '../../language/import/securities-power-grant.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ').toLowerCase();

// The Gates Foundation Trust 2007 power's shape (../shared/corpus/sec16_gates-foundation-trust-cotrustees-2007.txt),
// with a trust, an agent and an exchange of our own.
const GRANT = 'The undersigned, as Co-Trustees of the Example Family Trust (the "Trust"), do hereby constitute and appoint Ann Lee as the true and lawful attorney of the undersigned, with full power of substitution, and authorize and designate her for the undersigned and in the undersigned\'s name, place and stead, in any and all capacities, to execute, acknowledge, deliver and/or file any documents or filings and any amendments thereto made by or on behalf of the Trust or the undersigned in respect of any securities or other investments held by the Trust, directly, indirectly or beneficially.';
const EXTENDS = 'Without limitation, this authorization extends to and includes any questionnaires, required or discretionary reports and any and all documents and forms with any governmental office or agency, whether U.S., foreign, state or local (including, without limitation, the U.S. Securities & Exchange Commission and state securities administrators or commissions), any securities exchange or market (including, without limitation, the New York Stock Exchange), as may be required, or as the undersigned determine to be advisable, under applicable laws (including without limitation, the Securities Act of 1933, as amended, or the Securities Exchange Act of 1934, as amended, and rules and regulations under each of such laws), or rules and regulations of any securities exchange or market, and to do and perform all and every act and thing whatsoever requisite and necessary or convenient to be done related to any such securities or other investments, as fully to all intents and purposes as the undersigned might or could do if personally present.';
const ACKNOWLEDGMENT = 'The undersigned acknowledge that the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned, is not assuming any of the undersigned\'s responsibilities to comply with such laws.';
const TEXT = ['Special Power of Attorney', '', `${GRANT} ${EXTENDS} ${ACKNOWLEDGMENT}`, '', 'This Special Power of Attorney shall remain in full force and effect until withdrawn by the undersigned.'].join('\n');

describe('a grant whose securities power words the whole power', () => {
    it('reads the laws a power names, each a standard term once', () => {
        expect(lawsNamed('the Securities Act of 1933, as amended, or the Securities Exchange Act of 1934, as amended')).toEqual(['act1933', 'act1934']);
        expect(lawsNamed('the Securities Exchange Act of 1934')).toEqual(['act1934']);
        expect(lawsNamed('the Investment Company Act of 1940')).toBeUndefined();
        expect(lawsNamed('the Securities Act of 1933 or the Securities Act of 1933')).toBeUndefined();
    });

    it('reads a role held in what the text defines there, not one held in a name alone', () => {
        expect(roleInDefinedTerm('Co-Trustees of the Example Family Trust (the "Trust")'))
            .toEqual({ role: 'Co-Trustees', name: 'the Example Family Trust', term: 'Trust', text: 'the Example Family Trust (the "Trust")' });
        expect(roleInDefinedTerm('an officer of Acme Corp.')).toBeUndefined();
    });

    it('reads a venue named without its legal form, to be defined as written, only when asked to', () => {
        const none = { issuerRef: () => undefined };
        const named: { id: string; meaning: string; text: string }[] = [];
        expect(parseVenues('the Nasdaq Stock Market', none, [], named)).toEqual(['nasdaq']);
        expect(named).toEqual([{ id: 'nasdaq', meaning: 'the Nasdaq Stock Market', text: 'the Nasdaq Stock Market' }]);
        expect(parseVenues('the Nasdaq Stock Market', none)).toBeUndefined();
        const catalog: { id: string; meaning: string; text: string }[] = [];
        expect(parseVenues('The Nasdaq Stock Market LLC', none, [], catalog)).toEqual(['nasdaq']);
        expect(catalog).toEqual([]);
    });

    it('tells the number of the words that agree with the principal, when asked', () => {
        const compiled = compileComposed('opening', 't', '{Identification}, as {capacity-as}, {does|do} hereby constitute and appoint', undefined, { agreement: true });
        expect(matchComposed(compiled, 'The undersigned, as Co-Trustees of the Trust, do hereby constitute and appoint')?.principalNumber).toBe('plural');
        expect(matchComposed(compiled, 'The undersigned, as trustee of the Trust, does hereby constitute and appoint')?.principalNumber).toBe('singular');
        const plain = compileComposed('opening', 't', '{Identification}, as {capacity-as}, {does|do} hereby constitute and appoint', undefined);
        expect(matchComposed(plain, 'The undersigned, as Co-Trustees of the Trust, do hereby constitute and appoint')?.principalNumber).toBeUndefined();
    });

    it('imports the grant over its two sentences, the co-trustees as blanks holding their role in the trust', async () => {
        const { poa, report } = await importText(TEXT, 'trust.txt');
        expect(poa).toContain('kind securities');
        expect(poa).toContain('principal cotrustee blank "Co-Trustee" { role "Co-Trustees" of example }');
        expect(poa).toContain('principal cotrustee2 blank "Co-Trustee" { role "Co-Trustees" of example }');
        expect(poa).toContain('define example "the Example Family Trust" as "Trust"');
        expect(poa).toContain('define sec "the U.S. Securities & Exchange Commission"');
        expect(poa).toContain('agent lee "Ann Lee" { pronoun she }');
        expect(poa).toContain(['grant style one-sentence {', '        comply with act1933, act1934', '        with nyse style folded', '    }'].join('\n'));
        expect(poa).toContain('phrasing securities-power style any-documents-held');
        expect(poa).toContain('incidental authority style and-to-do-related');
        expect(poa).toContain('acknowledgment no-assumption style not-assuming-such-laws');
        expect(report.keptAsWritten.map((k) => k.clause)).not.toContain('grant');
        expect(report.keptAsWritten.map((k) => k.clause)).not.toContain('acknowledgment');
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words(`${GRANT} ${EXTENDS}`));
        expect(rendered).toContain(words(ACKNOWLEDGMENT));
    });

    it('names a venue the file defines in the definition\'s words', async () => {
        const { poa } = await importText(TEXT.replace('the New York Stock Exchange', 'the Nasdaq Stock Market'), 'trust.txt');
        expect(poa).toContain('define nasdaq "the Nasdaq Stock Market"');
        expect(poa).toContain('with nasdaq style folded');
        const rendered = await renderSource(poa);
        expect(rendered.replace(/\s+/g, ' ')).toContain('(including, without limitation, the Nasdaq Stock Market), as may be required');
    });
});
