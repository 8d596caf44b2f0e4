/**
 * A power that "hereby authorizes" agents named with the company or firm they work for, the company described as
 * its first mention renders it ("of Example Corp., a Delaware corporation (the "Company"), and ... of Roe & Doe
 * LLP"), and that names the act in its filing in words of its own ("Section 16(a) of the Securities Act of 1934"):
 * the shape of sec16_eventbrite-botha-2018 (../shared/corpus), with names of our own.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { parseAgentsWithFirms } from '../../language/import/agents-with-firms.js';
import { actNamed, withActsAsNamed } from '../../language/import/act-named.js';
import { renderSource } from '../helpers.js';

const AUTHORIZES = [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby authorizes Ann Lee, Bo Chan, and Cy Diaz of Example Corp., a Delaware corporation (the "Company"), and Di Fox of Roe & Doe LLP, to execute for and on behalf of the undersigned, in the undersigned\'s capacity as a director and/or officer of the Company, Forms 3, 4 and 5, and any amendments thereto, and cause such form(s) to be filed with the United States Securities and Exchange Commission pursuant to Section 16(a) of the Securities Act of 1934, relating to the undersigned\'s beneficial ownership of securities in the Company.',
    '',
    'The undersigned hereby grants to such attorney-in-fact full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as the undersigned might or could do if personally present, with full power of substitution or revocation, hereby ratifying and confirming all such attorney-in-fact, or such attorney-in-fact\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 20th day of August, 2018.',
    '',
    '/s/ Eve Poe',
    'Eve Poe'
].join('\n');

describe('agents with their firms, the company described where it is first named', () => {
    it('reads the company with where and as what it is organised, and its definition, as the company of the names before it', () => {
        expect(parseAgentsWithFirms('Ann Lee, Bo Chan, and Cy Diaz of Example Corp., a Delaware corporation (the "Company"), and Di Fox of Roe & Doe LLP')).toEqual([
            { name: 'Ann Lee', organisation: 'Example Corp.', defined: 'Example Corp., a Delaware corporation (the "Company")' },
            { name: 'Bo Chan', organisation: 'Example Corp.', defined: 'Example Corp., a Delaware corporation (the "Company")' },
            { name: 'Cy Diaz', organisation: 'Example Corp.', defined: 'Example Corp., a Delaware corporation (the "Company")' },
            { name: 'Di Fox', organisation: 'Roe & Doe LLP' }
        ]);
        // A description with no definition after it is no organisation's end: the list is not read so.
        expect(parseAgentsWithFirms('Ann Lee of Example Corp., a Delaware corporation')).toBeUndefined();
    });
});

describe('the act as a filing names it', () => {
    it('reads the act\'s words after the statute\'s citation when they are a name the catalog does not word', () => {
        expect(actNamed('Section 16(a) of the Securities Act of 1934', 'section16a')).toEqual({ id: 'act1934', name: 'the Securities Act of 1934' });
        expect(actNamed('Section 16(a) of the Exchange Act', 'section16a')).toBeUndefined();
        expect(actNamed('Rule 144 of the Securities Act of 1933, as amended', 'rule144')).toEqual({ id: 'act1933', name: 'the Securities Act of 1933, as amended' });
    });

    it('gives the act\'s term those words only where the filing names it first and the catalog does not read them', () => {
        const text = 'pursuant to Section 16(a) of the Securities Act of 1934. ... to comply with Section 16 of the Securities Exchange Act of 1934.';
        const found = [{ id: 'act1934', meaning: 'the Securities Exchange Act of 1934', text: 'the Securities Exchange Act of 1934' }];
        expect(withActsAsNamed(found, [{ id: 'act1934', name: 'the Securities Act of 1934' }], text)).toEqual([{ id: 'act1934', meaning: 'the Securities Act of 1934', text: 'the Securities Act of 1934' }]);
        // Named in the catalog's words first: left as found.
        const first = 'to comply with the Securities Exchange Act of 1934; pursuant to Section 16(a) of the Securities Act of 1934.';
        expect(withActsAsNamed(found, [{ id: 'act1934', name: 'the Securities Act of 1934' }], first)).toEqual(found);
        // The catalog's own name is no name of the document's own.
        expect(withActsAsNamed([], [{ id: 'act1934', name: 'the Securities Exchange Act of 1934' }], 'Section 16(a) of the Securities Exchange Act of 1934')).toEqual([]);
    });
});

describe('a power that hereby authorizes agents with their firms', () => {
    it('writes the agents with their company and firm, the act as named, and renders the grant back word for word', async () => {
        const { poa, report } = await importText(AUTHORIZES, 'authorizes.txt');
        expect(poa).toContain('agent lee "Ann Lee" of example');
        expect(poa).toContain('agent fox "Di Fox" of "Roe & Doe LLP"');
        expect(poa).toContain('issuer example "Example Corp." { organized in "Delaware" as corporation  defined as "Company" }');
        expect(poa).toContain('define act1934 "the Securities Act of 1934"');
        expect(poa).toContain('file form3, form4, form5 under section16a including amendments style execute-and-cause-filed');
        // The incidental authority "to such attorney-in-fact", its ratification of "all such attorney-in-fact" (no "that").
        expect(poa).toContain('incidental authority style personally-present-such');
        expect(poa).toContain('ratification style substitutes-lower-case-all-such');
        expect(report.keptAsWritten).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).join(' ');
        for (const sentence of [AUTHORIZES.split('\n')[2], AUTHORIZES.split('\n')[4]]) expect(words(rendered)).toContain(words(sentence));
    });
});
