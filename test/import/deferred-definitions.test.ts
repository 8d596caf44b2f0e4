/**
 * A definition said at the end of the power that names the term, after the words that follow the name
 * ('... Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act");'):
 * the power is recognised, the term is defined by its name alone and written in the `deferred` definition style.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { deferDefinitions, trailingDefinition } from '../../language/import/deferred-definitions.js';
import { findDefinedTerms } from '../../language/import/defined-terms.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

// The shape of sec16_yahoo-levchin-5yr-expiry-2012 (../shared/corpus), with names of our own.
const CLASSIC = [
    'POWER OF ATTORNEY',
    '',
    'Know all by these presents, that the undersigned hereby constitutes and appoints each of Ann Lee and Bo Chan, signing singly, her true and lawful attorney-in-fact to:',
    '',
    '(1) Execute for and on behalf of the undersigned Forms 3, 4 and 5 with respect to securities of Example Corp., in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act"); and',
    '',
    '(2) Perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete the execution of any such Form 3, 4 or 5 and the timely filing of such form with the United States Securities and Exchange Commission and any other authority, including the execution of an application for EDGAR codes on Form ID.',
    '',
    'The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming any of the undersigned\'s responsibilities to comply with Section 16 of the 1934 Act.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of March 3, 2020.',
    '',
    '/s/ Carla Diaz',
    'Carla Diaz'
].join('\n');

describe('deferred definitions', () => {
    it('reads the definition that closes a phrase, and the phrase without it', () => {
        expect(trailingDefinition('in accordance with Section 16(a) of the Act and the rules thereunder (the "1934 Act")'))
            .toEqual({ phrase: 'in accordance with Section 16(a) of the Act and the rules thereunder', term: '1934 Act' });
        expect(trailingDefinition('file with the SEC ("Commission")')).toEqual({ phrase: 'file with the SEC', term: 'Commission' });
        expect(trailingDefinition('file Forms 3, 4 and 5 with the SEC')).toBeUndefined();
    });

    it('keeps the name apart from the words between it and its definition', () => {
        const [act] = findDefinedTerms('Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act");');
        expect(act).toMatchObject({ id: 'act1934', meaning: 'the Securities Exchange Act of 1934, as amended and the rules thereunder', term: '1934 Act', named: 'the Securities Exchange Act of 1934, as amended' });
        expect(deferDefinitions([act], new Set(['1934 Act']))).toEqual([{ ...act, meaning: 'the Securities Exchange Act of 1934, as amended', style: 'deferred' }]);
        // A term another phrase defines where it names it: the instrument has one definition style, so nothing is deferred.
        const sec = { id: 'sec', meaning: 'the Securities and Exchange Commission', term: 'SEC', text: 'the Securities and Exchange Commission (the "SEC")' };
        expect(deferDefinitions([act, sec], new Set(['1934 Act']))).toEqual([act, sec]);
    });

    it('imports the power whose definition is deferred as a filing, and renders the document\'s words', async () => {
        const { poa, report } = await importText(CLASSIC, 'classic.txt');
        expect(poa).toContain('define act1934 "the Securities Exchange Act of 1934, as amended" as "1934 Act"');
        expect(poa).toContain('phrasing definition style deferred');
        expect(poa).toContain('file form3, form4, form5 under section16a style classic-with-respect-to');
        // The agents alone are named as not assuming: the issuer the power names is not added to the acknowledgment.
        expect(poa).toContain('acknowledgment no-assumption by lee, chan');
        expect(report.keptAsWritten).toEqual([]);
        const rendered = words(await renderSource(poa));
        expect(rendered).toContain(words('in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder (the "1934 Act"); and (2) Perform'));
        expect(rendered).toContain(words('are not assuming any of the undersigned\'s responsibilities to comply with Section 16 of the 1934 Act.'));
    });
});
