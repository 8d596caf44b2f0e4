/**
 * The standard wording of each clause, in both voices. Expected sentences are
 * written by hand from common forms (SEC Section 16 POAs, the Uniform Power of
 * Attorney Act statutory form), not copied from the renderer's output.
 */
import { describe, expect, test } from 'vitest';
import { renderSource, squash } from '../helpers.js';

/** A minimal instrument with one agent; `clauses` are added inside it. */
function poa(clauses: string, opts: { voice?: string; agents?: string; kind?: string } = {}): string {
    return `poa Test {
        kind ${opts.kind ?? 'general'}
        voice ${opts.voice ?? 'undersigned'}
        principal jane "Jane Roe" { pronoun she }
        agents ${opts.agents ?? '{ agent john "John Doe" }'}
        ${clauses}
        executed 2024-03-01 { signature conformed }
    }`;
}

async function render(clauses: string, opts: Parameters<typeof poa>[1] = {}): Promise<string> {
    return squash(await renderSource(poa(clauses, opts)));
}

describe('appointment', () => {
    test('severally and by office', async () => {
        const text = await render(`issuer co "Acme Corp." { organized in "Delaware" as corporation defined as "Company" }
            grant { power "sign checks" }`, { agents: 'severally { agent a "Ann Lee" agent gc office "General Counsel" of co }' });
        expect(text).toContain('appoint Ann Lee and the General Counsel of Acme Corp., a Delaware corporation (the "Company"), for the time being, each acting singly, her true and lawful attorneys-in-fact, to sign checks.');
    });

    test('substitution with resubstitution, in the first person', async () => {
        const text = await render('substitution and resubstitution grant { power "sign checks" }', { voice: 'first-person' });
        expect(text).toContain('I, Jane Roe, do hereby nominate, constitute and appoint John Doe, my true and lawful attorney-in-fact, with full power of substitution and resubstitution, to sign checks.');
    });

    test('several powers are enumerated', async () => {
        const text = await render('grant { power "sign checks" edgar access any other action }');
        expect(text).toContain('her true and lawful attorney-in-fact: (1) to sign checks; (2) to prepare, execute and submit to the Securities and Exchange Commission (the "SEC") a Form ID');
        expect(text).toContain('; and (3) to take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned');
    });

    test('a missing grant is shown in place', async () => {
        const text = await render('');
        expect(text).toContain('her true and lawful attorney-in-fact, [POWERS GRANTED].');
    });
});

describe('general, limited and health-care powers', () => {
    test('subjects and hot powers granted expressly', async () => {
        const text = await render('grant { subjects realProperty, taxes expressly gifts }', { voice: 'first-person' });
        expect(text).toContain('(1) to act for me with general authority with respect to the following subjects: real property; and taxes; and (2) to make a gift, which specific authority I hereby grant expressly.');
    });

    test('a limited purpose and a limitation', async () => {
        const text = await render('grant { purpose "selling my car" limitation "the price must be at least $5,000" }', { voice: 'first-person' });
        expect(text).toContain('to take any action and sign any document necessary or appropriate for the sole and limited purpose of selling my car.');
        expect(text).toContain('This power of attorney is subject to the following limitation: the price must be at least $5,000.');
    });

    test('health-care decisions', async () => {
        const text = await render('grant { health-care decisions including anatomicalGifts }', { voice: 'first-person' });
        expect(text).toContain('to make any and all health-care decisions for me that I could make if I had capacity, including the power to make an anatomical gift of all or part of my body.');
    });
});

describe('closing clauses in both voices', () => {
    test('ratification', async () => {
        expect(await render('grant { power "sign checks" } ratification')).toContain('to sign checks, hereby ratifying and confirming all that said attorney-in-fact shall do or cause to be done by virtue thereof.');
    });

    test('Section 16 acknowledgment', async () => {
        const src = `issuer co "Acme Corp." { organized in "Delaware" as corporation defined as "Company" }
            grant { power "sign checks" } acknowledgment no-assumption`;
        expect(await render(src, { agents: 'severally { agent a "Ann Lee" agent b "Bo Chan" }' })).toContain(
            'The undersigned acknowledges that the foregoing attorneys-in-fact, in serving in such capacity at the request of the undersigned, are not assuming, nor is Acme Corp., a Delaware corporation (the "Company"), assuming, any of the undersigned\'s responsibilities to comply with Section 16 of the Securities Exchange Act of 1934, as amended (the "1934 Act").');
        expect(await render(src, { voice: 'first-person' })).toContain('I acknowledge that the foregoing attorney-in-fact, in serving in such capacity at my request, is not assuming');
    });

    test('indemnification, reliance, compensation', async () => {
        const text = await render('grant { power "sign checks" } indemnification third-party reliance compensation reasonable', { voice: 'first-person' });
        expect(text).toContain('I agree to indemnify and hold harmless the foregoing attorney-in-fact from and against any and all loss, claim, damage, liability and expense arising out of any action taken or omitted in good faith under this power of attorney.');
        expect(text).toContain('Any third party may rely upon this power of attorney, or upon a copy, facsimile or electronic image of it, and upon the authority of the attorney-in-fact under it, until the third party receives actual notice of its revocation or termination.');
        expect(text).toContain('The attorney-in-fact shall be entitled to reimbursement of expenses reasonably incurred on my behalf and to compensation that is reasonable under the circumstances.');
        expect(await render('compensation none')).toContain('The attorney-in-fact shall serve without compensation and without reimbursement of expenses.');
    });
});

describe('supersession, term and revocation', () => {
    test('named prior instruments', async () => {
        expect(await render('supersedes instrument dated 2019-05-01, 2020-06-02')).toContain(
            'This power of attorney shall supersede the powers of attorney granted by the undersigned and dated May 1, 2019, and June 2, 2020, which are hereby revoked.');
    });

    test('revokes nothing', async () => {
        expect(await render('supersedes nothing', { voice: 'first-person' })).toContain('This power of attorney does not revoke any power of attorney previously granted by me.');
    });

    test('a fixed end date with revocation', async () => {
        expect(await render('term { starts on 2024-03-01 ends on 2025-02-28 } revocation by written-notice delivered to agents')).toContain(
            'This power of attorney shall become effective on March 1, 2024, and shall remain in effect until February 28, 2025, unless earlier revoked by the undersigned by written notice delivered to the foregoing attorney-in-fact.');
    });

    test('a duration', async () => {
        expect(await render('term { ends after 6 months }')).toContain('This power of attorney shall remain in effect for 6 months from the date of its execution.');
    });

    test('springing on incapacity, durable, first person', async () => {
        const text = await render('term { starts on incapacity determined by two-physicians durable }', { voice: 'first-person' });
        expect(text).toContain('This power of attorney shall become effective upon my incapacity, as determined in writing by two licensed physicians who have examined me.');
        expect(text).toContain('This power of attorney shall not be affected by my subsequent disability or incapacity, or by lapse of time.');
    });

    test('not durable', async () => {
        expect(await render('term { not durable }')).toContain("This power of attorney shall terminate upon the undersigned's disability or incapacity.");
    });

    test('revocation with no end date', async () => {
        expect(await render('revocation by signed-writing delivered to agents')).toContain(
            'This power of attorney may be revoked at any time by the undersigned in a signed writing delivered to the foregoing attorney-in-fact.');
    });

    test('successor agents in order', async () => {
        expect(await render('successors { agent s1 "Sam One" agent s2 "Sue Two" }')).toContain(
            'If the attorney-in-fact named above dies, becomes incapacitated, resigns, or is unable or unwilling to act, the undersigned appoints the following, in the order named, as successor attorneys-in-fact: Sam One; and then Sue Two.');
    });
});

describe('wording overrides', () => {
    test('refer to parties and defined terms', async () => {
        const text = await render(`define bank "First National Bank of Springfield" as "Bank"
            grant { power "sign checks" } worded "to sign checks drawn on accounts at {bank} in the name of {jane}"`);
        expect(text).toContain('her true and lawful attorney-in-fact, to sign checks drawn on accounts at First National Bank of Springfield (the "Bank") in the name of Jane Roe.');
    });
});

describe('execution', () => {
    test('testimonium, place and a wet signature line', async () => {
        const text = await renderSource(`poa T { principal jane "Jane Roe" { pronoun she } agents { agent j "John Doe" }
            executed 2024-03-01 at "Albany, New York" { signature } }`);
        expect(squash(text)).toContain('IN WITNESS WHEREOF, the undersigned has executed this Power of Attorney this 1st day of March, 2024, at Albany, New York.');
        expect(text).toMatch(/_{10,}\nJane Roe/);
    });

    test('New York acknowledgment', async () => {
        const text = squash(await renderSource(`poa T { jurisdiction NY principal jane "Jane Roe" { pronoun she } agents { agent j "John Doe" }
            executed 2024-03-01 { signature notary acknowledgment in "New York" county "Kings" } }`));
        expect(text).toContain('State of New York County of Kings ss.:');
        expect(text).toContain('personally appeared Jane Roe, personally known to me or proved to me on the basis of satisfactory evidence to be the individual whose name is subscribed to the within instrument and acknowledged to me that she executed the same in her capacity');
    });

    test('an unset template parameter is a visible blank', async () => {
        const text = squash(await renderSource(`template T { parameter officer person parameter signedOn date
            principal p [officer] agents { agent j "John Doe" } executed [signedOn] { signature conformed } }`));
        expect(text).toContain('I have hereunto set my hand'.replace('I have hereunto set my hand', 'the undersigned has executed this Power of Attorney this ____ day of ____________, 20__.'));
        expect(text).toContain('/s/ [OFFICER]');
    });
});

describe('missing clauses shown in place', () => {
    test('a gap the checks report appears, marked, in the paragraph where the clause belongs', async () => {
        const { loadPoa } = await import('../../language/poa-document.js');
        const { renderDocument } = await import('../../language/render/render-document.js');
        const { model } = await loadPoa(poa('grant { power "sign checks" } term { ends on 2030-01-01 }'), { validate: false });
        const doc = renderDocument(model, { gaps: [{ code: 'poa/missing-revocation', message: 'Say how it may be revoked.' }, { code: 'poa/not-a-gap', message: 'x' }] });
        const term = doc.blocks.find((b) => b.id === 'term')!;
        const gap = term.runs.find((r) => r.role === 'missing');
        expect(gap).toMatchObject({ text: '[HOW THIS POWER MAY BE REVOKED]', note: 'Say how it may be revoked.', ref: 'poa/missing-revocation' });
        expect(doc.blocks.flatMap((b) => b.runs).filter((r) => r.role === 'missing')).toHaveLength(1);
    });

    test('a gap with no paragraph yet gets its own, before the testimonium', async () => {
        const { loadPoa } = await import('../../language/poa-document.js');
        const { renderDocument } = await import('../../language/render/render-document.js');
        const { model } = await loadPoa(poa('grant { power "sign checks" }'), { validate: false });
        const doc = renderDocument(model, { gaps: [{ code: 'poa/missing-durability', message: 'State whether it is durable.' }] });
        const ids = doc.blocks.map((b) => b.id);
        expect(ids.indexOf('term')).toBe(ids.indexOf('testimonium') - 1);
    });
});
