/**
 * A listed power that chains several filings, each in its own filing style's words (securities-power `chained`), read
 * as one `file` line per filing; and the class of issuers such a power names ('(each, a "Company")').
 */
import { describe, expect, it } from 'vitest';
import { recogniseFilingsChained } from '../../language/import/filings-chained.js';
import { roleOf } from '../../language/import/grant-recogniser.js';
import { namesIssuerClass, parseIssuer } from '../../language/import/slot-parsers.js';

// The Sequoia Capital power of Roelof F. Botha of April 24, 2017 (../shared/corpus/sec16_mongodb-botha-sequoia-2017.txt,
// EX-24.1 to EDGAR accession 0000899243-17-024441), item (1) without its list marker and closing semicolon.
const CLASS = 'any entity affiliated with Sequoia Capital Operations, LLC or any corporation or other person in which an investment fund affiliated with Sequoia Capital Operations, LLC makes an investment';
const SECTION16 = `Execute for and on behalf of the undersigned, in the undersigned's capacity as an officer, director and/or stockholder of ${CLASS} (each, a "Company"), Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act"), and the rules thereunder`;
const SECTION13 = ', as well as any reports on Schedules 13D or 13G or Forms 13F or 13H and amendments thereto in each case in accordance with Section 13 of the 1934 Act and the rules thereunder';
const RULE144 = ' or any Forms 144 in accordance with Rule 144 under the Securities Act of 1933, as amended (the "1933 Act")';

function context() {
    const asked: string[] = [];
    return { asked, issuerRef: (text: string) => (asked.push(text), parseIssuer(text)?.definedAs === 'Company' ? 'sequoia' : undefined) };
}

describe('a class of issuers', () => {
    it('reads the class by its description and the term each is called, "each, a" kept as the filing\'s words', () => {
        const issuer = parseIssuer(`${CLASS} (each, a "Company")`);
        expect(issuer).toEqual({ name: CLASS, definedAs: 'Company', wording: `${CLASS} (each, a "Company")`, description: 'each, a' });
        expect(parseIssuer('the portfolio companies of the Fund (each an "Issuer")')?.definedAs).toBe('Issuer');
    });

    it('reads no class whose description holds a clause of its own or a definition', () => {
        expect(parseIssuer('any entity; or any fund (each, a "Company")')).toBeUndefined();
        expect(parseIssuer('Acme Inc. (the "Parent") or any subsidiary (each, a "Company")')).toBeUndefined();
        expect(namesIssuerClass('Acme Inc. (the "Company")')).toBe(false);
    });

    it('reads the role held in the class, the class named in lower case', () => {
        const ctx = context();
        expect(roleOf(`an officer, director and/or stockholder of ${CLASS} (each, a "Company")`, ctx)).toBe('officer, director and/or stockholder');
        // A lower-case name that defines no class is not taken for the issuer.
        expect(roleOf('an officer of any entity affiliated with Acme', context())).toBeUndefined();
    });
});

describe('filings chained one after the other', () => {
    it('reads the Section 16 forms, the Section 13 reports and the Forms 144 as three filings in their own styles', () => {
        const item = recogniseFilingsChained(SECTION16 + SECTION13 + RULE144, context());
        expect(item?.clause).toBe('securities-power');
        expect(item?.style).toBe('chained');
        expect(item?.line.split('\n')).toEqual([
            'file form3, form4, form5 under section16a including amendments style classic-amendments-comma',
            'file schedule13D, schedule13G, form13F, form13H under section13 including amendments style as-well-as-reports',
            'file form144 under rule144 style or-any'
        ]);
        expect(item?.phrasings).toContain('phrasing securities-power style chained');
        expect(item?.role).toBe('officer, director and/or stockholder');
    });

    it('reads two filings, the second by its connector alone', () => {
        expect(recogniseFilingsChained(SECTION16 + RULE144, context())?.line.split('\n')).toHaveLength(2);
    });

    it('reads no chain from one filing, nor from a part after the first that no following style words', () => {
        expect(recogniseFilingsChained(SECTION16, context())).toBeUndefined();
        expect(recogniseFilingsChained(`${SECTION16}, as well as any other documents the agents think fit`, context())).toBeUndefined();
        // The first part must be a filing whose issuer the instrument knows.
        expect(recogniseFilingsChained(SECTION16 + SECTION13, { issuerRef: () => undefined })).toBeUndefined();
    });
});
