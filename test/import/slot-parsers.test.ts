/** The slot value parsers: names, dates, SEC forms, issuer, mode, duration. */
import { describe, expect, it } from 'vitest';
import { parseDate, parseDuration, parseForms, parseIssuer, parseMode, parseNames } from '../../language/import/slot-parsers.js';

describe('slot parsers', () => {
    it('reads lists of names, with or without a serial comma, keeping "Inc." and "Jr." with their names', () => {
        expect(parseNames('A. Able, B. Baker and C. Charlie')).toEqual(['A. Able', 'B. Baker', 'C. Charlie']);
        expect(parseNames('A. Able, B. Baker, and C. Charlie')).toEqual(['A. Able', 'B. Baker', 'C. Charlie']);
        expect(parseNames('Ann Lee and Bo Chan')).toEqual(['Ann Lee', 'Bo Chan']);
        expect(parseNames('Sam Smith, Jr. and Acme Holdings, Inc.')).toEqual(['Sam Smith, Jr.', 'Acme Holdings, Inc.']);
        expect(parseNames('Jane Roe')).toEqual(['Jane Roe']);
        expect(parseNames('')).toBeUndefined();
    });

    it('reads legal and plain dates, and refuses impossible ones', () => {
        expect(parseDate('the 28th day of April, 2021')).toEqual({ iso: '2021-04-28', style: 'legal', lead: 'the' });
        expect(parseDate('this 1st day of March 2024')).toEqual({ iso: '2024-03-01', style: 'legal', lead: 'this' });
        expect(parseDate('April 28, 2021')).toEqual({ iso: '2021-04-28', style: 'plain' });
        expect(parseDate('on Sept. 2, 2012')).toEqual({ iso: '2012-09-02', style: 'plain' });
        expect(parseDate('28 April 2021')).toEqual({ iso: '2021-04-28', style: 'plain' });
        expect(parseDate('the 31st day of April, 2021')).toBeUndefined();
        expect(parseDate('sometime in 2021')).toBeUndefined();
    });

    it('reads SEC forms as the language\'s form ids', () => {
        expect(parseForms('Forms 3, 4 and 5')).toEqual(['form3', 'form4', 'form5']);
        expect(parseForms('Forms 3, 4, and 5')).toEqual(['form3', 'form4', 'form5']);
        expect(parseForms('SEC Form 3, Form 4 or Form 5')).toEqual(['form3', 'form4', 'form5']);
        expect(parseForms('Form 144')).toEqual(['form144']);
        expect(parseForms('Schedules 13D and 13G')).toEqual(['schedule13D', 'schedule13G']);
        expect(parseForms('Form ID')).toEqual(['formID']);
        expect(parseForms('any report')).toBeUndefined();
    });

    it('reads an issuer with its state, type and defined term', () => {
        expect(parseIssuer('THE HARTFORD FINANCIAL SERVICES GROUP, INC., a Delaware corporation (the "Company")'))
            .toEqual({ name: 'THE HARTFORD FINANCIAL SERVICES GROUP, INC.', state: 'Delaware', entityType: 'corporation', definedAs: 'Company' });
        expect(parseIssuer('Blue Harbor Fund, L.P., a Cayman Islands limited partnership'))
            .toEqual({ name: 'Blue Harbor Fund, L.P.', state: 'Cayman Islands', entityType: 'limited-partnership' });
        expect(parseIssuer('Affirm Holdings, Inc. (the "Company")')).toEqual({ name: 'Affirm Holdings, Inc.', definedAs: 'Company' });
    });

    it('reads no issuer from words that refer back to someone already named', () => {
        // The Gates Foundation Trust's acknowledgment (corpus): "that the foregoing attorney-in-fact, in serving in such
        // capacity at the request of the undersigned, is not assuming ..." fills the issuer-only variant's issuer slot.
        expect(parseIssuer('the foregoing attorney-in-fact, in serving in such capacity at the request of the undersigned,')).toBeUndefined();
        expect(parseIssuer('such attorney-in-fact')).toBeUndefined();
        expect(parseIssuer('said attorneys-in-fact')).toBeUndefined();
        expect(parseIssuer('the undersigned')).toBeUndefined();
        expect(parseIssuer('each of them')).toBeUndefined();
        // A name in lower case alone is no proper name; one that begins in lower case but is capitalised is.
        expect(parseIssuer('the company')).toBeUndefined();
        expect(parseIssuer('eBay Inc.')).toEqual({ name: 'eBay Inc.' });
        expect(parseIssuer('3M Company')).toEqual({ name: '3M Company' });
    });

    it('reads how co-agents act', () => {
        expect(parseMode('or any one or more of them')).toBe('any-one-or-more');
        expect(parseMode('each acting singly')).toBe('severally');
        expect(parseMode('each acting alone')).toBe('severally');
        expect(parseMode('jointly and severally')).toBe('jointly-and-severally');
        expect(parseMode('acting by a majority of them')).toBe('majority');
        expect(parseMode('in any manner')).toBeUndefined();
    });

    it('reads durations in figures and in words', () => {
        expect(parseDuration('6 months')).toEqual({ count: 6, unit: 'months' });
        expect(parseDuration('three (3) years')).toEqual({ count: 3, unit: 'years' });
        expect(parseDuration('one year')).toEqual({ count: 1, unit: 'years' });
        expect(parseDuration('a while')).toBeUndefined();
    });
});
