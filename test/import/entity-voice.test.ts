/**
 * An entity's power written on an individual's form (the shape of sec16_linkedin-hoffman-trust-2011 in
 * ../shared/corpus, with names of our own): the entity's name printed in capitals over two lines above "By:", the
 * appointment's "the undersigned's" kept for the entity, and a sentence no style matches after the listed powers,
 * which is kept as written without turning the recognised powers into text as written.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { undersignedStyle } from '../../language/import/entity-voice.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const words = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

const TRUST = [
    'POWER OF ATTORNEY',
    '',
    'The undersigned, as a Section 16 reporting person of Example Corporation (the "Company"), hereby constitutes and appoints Ann Lee and Bo Chan, the undersigned\'s true and lawful attorneys-in-fact to:',
    '',
    '1. complete and execute Forms 3, 4 and 5 and other forms and all amendments thereto as such attorneys-in-fact shall in their discretion determine to be required or advisable pursuant to Section 16 of the Securities Exchange Act of 1934 (as amended) and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of the undersigned\'s ownership, acquisition or disposition of securities of the Company; and',
    '',
    '2. do all acts necessary in order to file such forms with the Securities and Exchange Commission, any securities exchange or national association, the Company and such other person or agency as the attorneys-in-fact shall deem appropriate.',
    '',
    'The undersigned shall inform the attorneys-in-fact of each trade on the day it is made.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 17th day of May, 2011.',
    '',
    'THE CARLA DIAZ AND DAN ROE FAMILY',
    'TRUST DATED MARCH 3, 2009',
    '',
    'By: /s/ Carla Diaz'
].join('\n');

describe('an entity\'s power on an individual\'s form', () => {
    it('finds the appointment style that says "the undersigned\'s" with the same words and places', () => {
        // `lawful-attorneys` says "{pronoun-possessive}" and may add a substitution, which `named-plural-undersigned` has no place for.
        expect(undersignedStyle('lawful-attorneys', ['opening'])).toBe('named-plural-undersigned');
        expect(undersignedStyle('lawful-attorneys', ['opening', 'substitution'])).toBeUndefined();
        expect(undersignedStyle('named-plural', ['opening', 'agent-mode'])).toBe('named-plural-undersigned');
        // A style that already says "the undersigned's" whoever signs needs none.
        expect(undersignedStyle('named-plural-undersigned', ['opening'])).toBeUndefined();
    });

    it('signs by the entity named over two lines, keeps "the undersigned\'s", and keeps the listed powers recognised', async () => {
        const { poa, report } = await importText(TRUST, 'trust.txt');
        expect(poa).toMatch(/principal \w+ "THE CARLA DIAZ AND DAN ROE FAMILY TRUST DATED MARCH 3, 2009" entity \{[^}]*signed by "Carla Diaz"/);
        expect(poa).toContain('phrasing appointment style named-plural-undersigned');
        expect(poa).toContain('file form3, form4, form5 under section16 style complete-and-execute');
        expect(poa).toContain('with sec, exchangesOrAssociations, company, otherAgencies style do-all-acts');
        // A sentence that is no style's: kept as written, on a clause after the grant.
        const kept = report.keptAsWritten;
        expect(kept.map((k) => k.text)).toEqual(['The undersigned shall inform the attorneys-in-fact of each trade on the day it is made.']);
        expect(kept[0].clause).not.toBe('grant');
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = words(await renderSource(poa));
        for (const w of words(TRUST)) expect(rendered).toContain(w);
    });
});
