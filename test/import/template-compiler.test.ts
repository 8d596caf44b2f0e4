/** The phrasebook template compiler: slots, optional groups, agreement alternatives, tolerance. */
import { describe, expect, it } from 'vitest';
import { compileTemplate, matchTemplate, parseTemplate, TemplateSyntaxError } from '../../language/import/template-compiler.js';
import { createRecogniser } from '../../language/import/recogniser.js';
import { TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS } from '../../language/import/temporary-phrasebook.js';
import { phrasebookTemplates, recognisable } from '../../language/import/phrasebook-templates.js';
import { PHRASEBOOK } from '../../language/phrasebook/index.js';

const t = (template: string) => compileTemplate({ clause: 'c', style: 's', template });

describe('compileTemplate', () => {
    it('turns each {slot} into a named capture', () => {
        const m = matchTemplate(t('The {designation} shall serve without compensation.'), 'The attorney-in-fact shall serve without compensation.');
        expect(m?.slots).toEqual({ designation: 'attorney-in-fact' });
    });

    it('matches an optional group when present and when left out', () => {
        const c = t('IN WITNESS WHEREOF, I have executed this Power of Attorney {date}[, at {place}].');
        expect(matchTemplate(c, 'IN WITNESS WHEREOF, I have executed this Power of Attorney on March 1, 2024, at Albany, New York.')?.slots)
            .toEqual({ date: 'on March 1, 2024', place: 'Albany, New York' });
        expect(matchTemplate(c, 'IN WITNESS WHEREOF, I have executed this Power of Attorney on March 1, 2024.')?.slots).toEqual({ date: 'on March 1, 2024' });
    });

    it('accepts either agreement alternative and nothing else', () => {
        const c = t('The undersigned {acknowledges|acknowledge} the foregoing.');
        expect(matchTemplate(c, 'The undersigned acknowledges the foregoing.')).toBeDefined();
        expect(matchTemplate(c, 'The undersigned acknowledge the foregoing.')).toBeDefined();
        expect(matchTemplate(c, 'The undersigned acknowledged the foregoing.')).toBeUndefined();
    });

    it('tolerates capitalisation, line wrapping and a missing comma between words, with less confidence', () => {
        const c = t('This power of attorney shall become effective immediately, and shall remain in effect.');
        const exact = matchTemplate(c, 'This power of attorney shall become effective immediately, and shall remain in effect.');
        const loose = matchTemplate(c, 'THIS POWER OF ATTORNEY shall become\n effective   immediately and shall remain in effect.');
        expect(exact?.confidence).toBe(1);
        expect(loose).toBeDefined();
        expect(loose!.confidence).toBeLessThan(exact!.confidence);
    });

    it('does not run two words together where the template has a space', () => {
        expect(matchTemplate(t('true and lawful {designation}.'), 'trueand lawful agent.')).toBeUndefined();
    });

    it('keeps a slot from swallowing its neighbour when the slot has a pattern', () => {
        const c = compileTemplate({ clause: 'c', style: 's', template: 'appoint {agents}[, {mode}], {possessive} true and lawful {designation}.' }, TEMPORARY_SLOT_PATTERNS);
        const m = matchTemplate(c, 'appoint Ann Lee, Bo Chan and Cy Dee, or any one or more of them, his true and lawful attorneys-in-fact.');
        expect(m?.slots).toEqual({ agents: 'Ann Lee, Bo Chan and Cy Dee', mode: 'or any one or more of them', possessive: 'his', designation: 'attorneys-in-fact' });
    });

    it('reports a malformed template instead of compiling it', () => {
        expect(() => parseTemplate('unclosed {slot')).toThrow(TemplateSyntaxError);
        expect(() => parseTemplate('unclosed [group')).toThrow(TemplateSyntaxError);
        expect(() => parseTemplate('stray ] bracket')).toThrow(TemplateSyntaxError);
        expect(() => parseTemplate('{not a slot}')).toThrow(TemplateSyntaxError);
    });
});

describe('the temporary phrasebook (today\'s renderer phrasings)', () => {
    const recogniser = createRecogniser(TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS);

    it('compiles every template', () => {
        expect(recogniser.templates).toHaveLength(TEMPORARY_PHRASEBOOK.length);
    });

    it('recognises the reference instrument\'s grant with its parties, mode and designation', () => {
        const m = recogniser.match('The undersigned does hereby nominate, constitute and appoint Ricardo A. Anzaldua, Richard G. Costello and Donald C. Hunt, or any one or more of them, his true and lawful attorneys and agents, to do any and all acts and things, hereby ratifying and confirming all that said attorneys and agents, or any of them, shall do or cause to be done by virtue thereof.');
        expect(m).toMatchObject({ clause: 'grant', style: 'nominate-constitute-appoint', confidence: 1 });
        expect(m!.slots).toMatchObject({ principalIntro: 'The undersigned', agents: 'Ricardo A. Anzaldua, Richard G. Costello and Donald C. Hunt', mode: 'or any one or more of them', possessive: 'his', designation: 'attorneys and agents' });
    });

    it('matches nothing in a sentence no style has', () => {
        expect(recogniser.match('The laws of the State of Delaware govern this instrument.')).toBeUndefined();
    });
});

describe('the phrasebook read as recognisers', () => {
    it('compiles every style and variant of every clause of the phrasebook (a style that writes nothing, or only the author\'s own sentences, has nothing to recognise)', () => {
        const all = phrasebookTemplates();
        const count = PHRASEBOOK.reduce((n, c) => n + c.styles.reduce((k, st) => k + (recognisable(st.template) ? 1 : 0) + Object.keys(st.variants ?? {}).length, 0), 0);
        expect(all).toHaveLength(count);
        expect(createRecogniser(all, TEMPORARY_SLOT_PATTERNS).templates).toHaveLength(count);
    });

    it('leaves out the limitations written as the author\'s own sentences, which would match any paragraph', () => {
        expect(phrasebookTemplates(['limitations']).map((t) => t.style)).toEqual(['subject-to']);
    });

    const recogniser = createRecogniser(phrasebookTemplates(['acknowledgment', 'reliance', 'compensation']), TEMPORARY_SLOT_PATTERNS);

    it('tolerates a list marker before a sentence, and reads hyphenated slots back by their phrasebook name', () => {
        expect(recogniser.match('(c) Any third party may rely upon this power of attorney, or upon a copy, facsimile or electronic image of it, and upon the authority of the agent under it, until the third party receives actual notice of its revocation or termination.'))
            .toMatchObject({ clause: 'reliance', style: 'until-notice', slots: { instrument: 'power of attorney', designation: 'agent' } });
        expect(recogniser.match('The agent shall serve without compensation, but shall be entitled to reimbursement of expenses reasonably incurred on behalf of the principal.'))
            .toMatchObject({ clause: 'compensation', variant: 'expenses-only', slots: { 'on-behalf': 'on behalf of the principal' } });
    });

    it('tells the acknowledgment styles apart by their own words ({Subject} and {agents:is|are} included)', () => {
        const m = recogniser.match('The undersigned acknowledges that no such attorney-in-fact, in serving in such capacity at the request of the undersigned, is hereby assuming, nor is the Company hereby assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Exchange Act.');
        expect(m).toMatchObject({ clause: 'acknowledgment', style: 'no-such-attorney', slots: { subject: 'The undersigned', 'designation-one': 'attorney-in-fact', 'acknowledged-issuer': 'the Company' } });
        expect(recogniser.match('The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming any of the undersigned\'s responsibilities to comply with Section 16 of the Exchange Act.'))
            .toMatchObject({ clause: 'acknowledgment', style: 'not-assuming' });
    });
});
