/**
 * A registration statement's signature-page power whose one sentence runs past 2,000 characters (it lists the securities
 * it registers and names two issuers), read in its parts, with its table of signatures printed two signers across.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { parseRegisteredSecurities } from '../../language/import/registered-securities.js';
import { parseRoleIssuers } from '../../language/import/role-issuers.js';
import { readSignaturesAcross } from '../../language/import/signature-table-across.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource } from '../helpers.js';
import { recogniseSignaturePage } from '../../language/import/signature-page.js';

const SECURITIES = '(i) debt securities of the Company, (ii) shares of preferred stock, $1.00 par value per share, of the Company, (iii) shares of common stock, $1.00 par value per share, of the Company, (iv) shares of preferred stock represented by depositary shares of the Company, (v) guarantees of debt securities issued by Acme OP, (vi) warrants to purchase debt securities, preferred stock, depositary shares, or common stock of the Company, (vii) units comprised of one or more debt securities, preferred stock, depositary shares, common stock, or warrants of the Company, in any combination, (viii) debt securities of Acme OP, and (ix) guarantees of debt securities issued by the Company';

const LONG = `KNOW ALL PERSONS BY THESE PRESENTS, that each of the undersigned, a director or officer of Acme Inc., a Delaware corporation (the "Company"), or Acme OP LLC, a Delaware limited liability company ("Acme OP"), that contemplates filing a Registration Statement on Form S-3 ("Form S-3") with the Securities and Exchange Commission under the provisions of the Securities Act of 1933, as amended, for the purpose of registering under such Act ${SECURITIES}, hereby constitutes and appoints Ann B. Lee, Carl Dunn and Eve Roe, and each of them, his or her true and lawful attorneys-in-fact and agents, for him or her and in his or her name, place and stead, in any and all capacities, to sign such Form S-3 and any and all amendments and supplements, including post-effective amendments, to such Form S-3, and to file such Form S-3 and each such amendment and supplement, including post-effective amendments, so signed, with all exhibits thereto, and any and all other documents in connection therewith, with the Securities and Exchange Commission, any and all applications or other documents in connection with the listing of the securities on the New York Stock Exchange and any and all documents required to be filed with any state securities regulatory board or commission pertaining to the Form S-3, hereby granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform any and all acts and things requisite and necessary to be done in and about the premises, as fully to all intents and purposes as he or she might do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, or any of them, may lawfully do or cause to be done by virtue hereof.`;

describe('a signature-page power over 2,000 characters', () => {
    it('is read in its parts: the opening that names the registration statement, the filing, the incidental authority and the ratification', () => {
        expect(LONG.length).toBeGreaterThan(2000);
        const m = recogniseSignaturePage(LONG);
        expect(m).toBeDefined();
        const reading = m!.alternatives[0];
        expect(reading.uses?.find((u) => u.clause === 'opening')?.style).toBe('contemplates-filing');
        expect(reading.slots.agents).toBe('Ann B. Lee, Carl Dunn and Eve Roe');
        expect(reading.slots['registered-securities']).toBe(SECURITIES);
        expect(m!.filing.style).toBe('sign-such-form-listing');
        expect(m!.filing.slots.venues).toBe('the New York Stock Exchange');
        expect(m!.incidental?.style).toBe('hereby-granting-unto-each');
        expect(m!.ratification?.style).toBe('or-any-of-them');
    });

    it('is not read when its filing is in no style (the appointment is then not tried)', () => {
        expect(recogniseSignaturePage(LONG.replace('to sign such Form S-3', 'to sign that Form S-3'))).toBeUndefined();
    });
});

const words = (text: string) => (text.match(/[A-Za-z0-9$]+/g) ?? []).join(' ');
const quote = (s: string) => JSON.stringify(s);

describe('the parts of the opening', () => {
    it('reads the role and each issuer, one defined without "the" kept in its own words', () => {
        const read = parseRoleIssuers('a director or officer of Acme Inc., a Delaware corporation (the "Company"), or Acme OP LLC, a Delaware limited liability company ("Acme OP")');
        expect(read?.role).toBe('director or officer');
        expect(read?.issuers).toEqual([
            { name: 'Acme Inc.', state: 'Delaware', entityType: 'corporation', definedAs: 'Company' },
            { name: 'Acme OP LLC', state: 'Delaware', entityType: 'limited-liability-company', definedAs: 'Acme OP', written: 'Acme OP LLC, a Delaware limited liability company ("Acme OP")' }
        ]);
    });

    it('reads two issuers joined by "or" without a description', () => {
        expect(parseRoleIssuers('an officer of Acme Inc. or Acme OP LLC')?.issuers.map((i) => i.name)).toEqual(['Acme Inc.', 'Acme OP LLC']);
    });

    it('reads the securities registered, an item with commas of its own kept whole', () => {
        const list = parseRegisteredSecurities(SECURITIES);
        expect(list).toHaveLength(9);
        expect(list?.[0]).toBe('debt securities of the Company');
        expect(list?.[5]).toBe('warrants to purchase debt securities, preferred stock, depositary shares, or common stock of the Company');
        expect(list?.[8]).toBe('guarantees of debt securities issued by the Company');
        expect(parseRegisteredSecurities('(i) debt securities, (iii) warrants')).toBeUndefined();
    });
});

const TABLE = [
    'Registrant Officers and Directors',
    '/s/ ANN B. LEE',
    '/s/ CARL DUNN',
    'Ann B. Lee, Chair of the Board Carl Dunn, Director',
    '/s/ EVE ROE',
    'Eve Roe, Chief Executive Officer and Director (Principal Executive Officer)',
    'Co-Registrant Officers and Directors',
    '/s/ GUS HALE',
    '/s/ IDA MOSS',
    'Gus Hale, President and Director',
    'Ida Moss, Executive Vice President',
    '(Principal Financial Officer)'
];

describe('a table of signatures printed two across, flattened', () => {
    it('reads each group under its heading, the names found by the conformed signatures and the titles between them', () => {
        const paragraphs = ['IN WITNESS WHEREOF, the undersigned have hereunto set their hands as of this 28th day of March 2025.', ...TABLE];
        const table = readSignaturesAcross(paragraphs, quote);
        expect(table?.paragraphs).toEqual(Array.from({ length: TABLE.length }, (_, i) => i + 1));
        expect(table?.lines).toEqual([
            'signatures style name-title-across "Registrant Officers and Directors" {',
            '    signer "Ann B. Lee" signature "/s/ ANN B. LEE" as "Chair of the Board"',
            '    signer "Carl Dunn" signature "/s/ CARL DUNN" as "Director"',
            '    signer "Eve Roe" signature "/s/ EVE ROE" as "Chief Executive Officer and Director (Principal Executive Officer)"',
            '}',
            'signatures style name-title-across "Co-Registrant Officers and Directors" {',
            '    signer "Gus Hale" signature "/s/ GUS HALE" as "President and Director"',
            '    signer "Ida Moss" signature "/s/ IDA MOSS" as "Executive Vice President (Principal Financial Officer)"',
            '}'
        ]);
    });

    it('is not a signature block with one signer, nor a table followed by other text', () => {
        expect(readSignaturesAcross(['/s/ ANN B. LEE', 'Ann B. Lee, Director'], quote)).toBeUndefined();
        expect(readSignaturesAcross([...TABLE, 'Subscribed and sworn to before me this 3rd day of May, 2025.'], quote)).toBeUndefined();
    });
});

describe('the whole power imported', () => {
    it('writes both issuers, the securities, the venue and the tables, and renders the words back', async () => {
        const text = `POWER OF ATTORNEY\n\n${LONG}\n\nIN WITNESS WHEREOF, the undersigned have hereunto set their hands as of this 28th day of March, 2025.\n\n${TABLE.join('\n\n')}\n`;
        const { poa, report } = await importText(text, 'long.txt');
        expect(poa).toContain('principal signatories "each of the undersigned" { role "director or officer" }');
        expect(poa).toContain('issuer acme "Acme Inc." { organized in "Delaware" as corporation  defined as "Company" }');
        expect(poa).toContain('worded "Acme OP LLC, a Delaware limited liability company (\\"Acme OP\\")"');
        expect(poa).toContain('registering "debt securities of the Company", "shares of preferred stock, $1.00 par value per share, of the Company"');
        expect(poa).toContain('with nyse style folded');
        expect(poa).toContain('phrasing opening style contemplates-filing');
        expect(poa).toContain('signatures style name-title-across "Co-Registrant Officers and Directors" {');
        // The second issuer's own words are the only words kept as written.
        expect(report.wordsKeptAsWritten).toBe(words('Acme OP LLC, a Delaware limited liability company ("Acme OP")').split(' ').length);
        const loaded = await loadPoa(poa, { validate: false });
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(LONG));
    });
});
