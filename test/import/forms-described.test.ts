/**
 * A power that lists its forms one by one, each with what it is ("(i) Form ID, including any attached documents ...;
 * (ii) Form 3, Initial Statement of Beneficial Ownership of Securities, ..."), the issuer described at its first mention
 * in words the language does not word, and the issuer organised "under the laws of the State of ...".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFormsDescribed } from '../../language/import/forms-described.js';
import { recogniseGrantItem } from '../../language/import/grant-recogniser.js';
import { parseIssuer } from '../../language/import/slot-parsers.js';
import { parseAgentsWithFirms } from '../../language/import/agents-with-firms.js';
import { ruledSignatureLines } from '../../language/import/ruled-signature-lines.js';
import { importText } from '../../language/import/index.js';
import { renderSource, ROOT, squash } from '../helpers.js';

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');

// The AbCellera 2020 power of Peter Thiel (../shared/corpus/sec16_abcellera-thiel-2020.txt, EX-24, EDGAR accession
// 0000899243-20-033648), item (1) without its list marker and closing semicolon.
const ISSUER = 'AbCellera Biologics Inc., a company incorporated under the Business Corporations Act (British Columbia) (the "Company")';
const SUB_LIST = '(i) Form ID, including any attached documents (such as Update Passphrase Authentication), to effect the assignment of codes to the undersigned to be used in the transmission of information to the SEC using the EDGAR System; (ii) Form 3, Initial Statement of Beneficial Ownership of Securities, including any attached documents; (iii) Form 4, Statement of Changes in Beneficial Ownership of Securities, including any attached documents; (iv) Form 5, Annual Statement of Beneficial Ownership of Securities in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended, and the rules thereunder, including any attached documents; (v) Schedules 13D and 13G; and (vi) amendments of each thereof, in accordance with the Securities Exchange Act of 1934, as amended, and the rules thereunder, including any attached documents';
const ITEM_1 = `execute for and on behalf of the undersigned, in the undersigned's capacity as officer and/or director of ${ISSUER}, from time to time the following U.S. Securities and Exchange Commission ("SEC") forms: ${SUB_LIST}`;

function context() {
    const asked: string[] = [];
    return { asked, issuerRef: (text: string) => (asked.push(text), text === ISSUER || text === 'the Company' ? 'abcellera' : undefined) };
}

describe('forms listed one by one with what each is', () => {
    it('reads each form of the sub-list by the form-description variants, Schedules named plainly, amendments last', () => {
        expect(readFormsDescribed(SUB_LIST)).toEqual({
            forms: ['formID', 'form3', 'form4', 'form5', 'schedule13D', 'schedule13G'],
            amendments: true,
            style: 'attached-documents',
            statute: 'Section 16(a) of the Securities Exchange Act of 1934, as amended'
        });
    });

    it('reads no list whose item is neither a described form nor forms named plainly, nor amendments before the end', () => {
        expect(readFormsDescribed(SUB_LIST.replace('(v) Schedules 13D and 13G', '(v) any other report'))).toBeUndefined();
        expect(readFormsDescribed(SUB_LIST.replace('(ii) Form 3, Initial Statement', '(ii) amendments of each thereof, in accordance with the Securities Exchange Act of 1934, as amended, and the rules thereunder, including any attached documents; (iii) Form 3, Initial Statement'))).toBeUndefined();
    });

    it('reads item (1) as one filing under Section 16(a), the role said without its article', () => {
        const ctx = context();
        expect(recogniseGrantItem(ITEM_1, ctx)).toMatchObject({
            clause: 'filing',
            style: 'following-forms-bare-role',
            role: 'officer and/or director',
            line: 'file formID, form3, form4, form5, schedule13D, schedule13G under section16a including amendments style following-forms-bare-role'
        });
        expect(ctx.asked).toContain(ISSUER);
        // "as an officer" is the style with the article; the bare style does not read it, nor the other way round.
        expect(recogniseGrantItem(ITEM_1.replace('capacity as officer', 'capacity as an officer'), context())?.style).toBe('following-forms');
    });
});

describe('an issuer described at its first mention', () => {
    it('keeps a description the language does not word as the first mention, the name and definition read', () => {
        expect(parseIssuer(ISSUER)).toEqual({
            name: 'AbCellera Biologics Inc.',
            definedAs: 'Company',
            wording: ISSUER,
            description: 'a company incorporated under the Business Corporations Act (British Columbia)'
        });
    });

    it('reads "a corporation organized under the laws of the State of New York" by the organization style that words it', () => {
        // First Empire State Corporation's 1996 Form S-8 power (test/heldout/texts/first-empire-s8-wilmers-1996.txt).
        expect(parseIssuer('First Empire State Corporation, a corporation organized under the laws of the State of New York, (the "Corporation")')).toEqual({
            name: 'First Empire State Corporation', definedAs: 'Corporation', state: 'New York', entityType: 'corporation', organizationStyle: 'laws-of-state'
        });
        expect(parseIssuer('Acme Inc., a Delaware corporation (the "Company")')).toEqual({ name: 'Acme Inc.', definedAs: 'Company', state: 'Delaware', entityType: 'corporation' });
    });

    it('reads agents whose company is so described', () => {
        expect(parseAgentsWithFirms(`Carl Hansen and Andrew Booth of ${ISSUER} and Tryn Stimart of Cooley LLP`)).toEqual([
            { name: 'Carl Hansen', organisation: 'AbCellera Biologics Inc.', defined: ISSUER },
            { name: 'Andrew Booth', organisation: 'AbCellera Biologics Inc.', defined: ISSUER },
            { name: 'Tryn Stimart', organisation: 'Cooley LLP' }
        ]);
    });

    it('renders the organization style the file chooses at the first mention', async () => {
        const source = (style: string) => `poa A {
    kind section16
    principal p "Pat Doe"
    agents { agent a "Ann Lee" }
    issuer fe "First Empire State Corporation" { organized in "New York" as corporation  defined as "Corporation" }
    ${style}
    grant { file form4 under section16a }
}`;
        expect(squash(await renderSource(source('phrasing organization style laws-of-state')))).toContain('First Empire State Corporation, a corporation organized under the laws of the State of New York (the "Corporation")');
        expect(squash(await renderSource(source('')))).toContain('First Empire State Corporation, a New York corporation (the "Corporation")');
    });
});

describe('a ruled signature with captions', () => {
    it('reads "/s/ ...", a rule, "Signature", the name, a rule and "Print Name" as the style that prints them', () => {
        const rule = '-'.repeat(37);
        expect(ruledSignatureLines('{conformed}', [rule, 'Signature', 'Peter Thiel', rule, 'Print Name'], 'Peter Thiel')).toEqual({ style: 'ruled-signature-print-name', lines: 5 });
        // Another name under the rule, or a caption missing: no style reads it.
        expect(ruledSignatureLines('{conformed}', [rule, 'Signature', 'Someone Else', rule, 'Print Name'], 'Peter Thiel')).toBeUndefined();
        expect(ruledSignatureLines('{conformed}', [rule, 'Signature', 'Peter Thiel', rule], 'Peter Thiel')).toBeUndefined();
    });
});

describe.runIf(existsSync(join(CORPUS, 'sec16_abcellera-thiel-2020.txt')))('the AbCellera power imported', () => {
    it('is written with structure: the filing, the issuer as described, the clauses and the ruled signature', async () => {
        const source = readFileSync(join(CORPUS, 'sec16_abcellera-thiel-2020.txt'), 'utf8');
        const { poa, report } = await importText(source, 'sec16_abcellera-thiel-2020.txt');
        expect(poa).toContain(`issuer abcellera "AbCellera Biologics Inc." { defined as "Company" } worded ${JSON.stringify(ISSUER)}`);
        expect(poa).toContain('file formID, form3, form4, form5, schedule13D, schedule13G under section16a including amendments style following-forms-bare-role');
        expect(poa).toContain('phrasing indemnification style false-information');
        expect(poa).toContain('signature "/s/ Peter Thiel" style ruled-signature-print-name');
        expect(report.wordsKeptAsWritten / report.words).toBeLessThanOrEqual(0.1);
    });
});
