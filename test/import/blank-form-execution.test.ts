/**
 * A blank government form's grant of one power and its execution: the DEA's format of 21 CFR 1315.33(c)
 * (other_dea-quota-certification-poa-21cfr1315-33 in ../shared/corpus, read from that stored text; the purpose here is
 * ours). The power the appointment's sentence grants is the purpose of a limited power; the caption under the line the
 * principal's signatory signs, "(Signature of person granting power)", is the execution of a blank form (no date, no
 * testimonium); and the attorney-in-fact's affirmation under it is the agents' acceptance in the style `affirmation`.
 * A text whose line breaks were lost runs the captions into the sentences around them: they are lines of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { splitRunInCaptions } from '../../language/import/run-in-parts.js';
import { renderSource, ROOT, squash, syntaxErrors } from '../helpers.js';

const HEADING = '_____________ (Name of registrant)____________ (Address of registrant)______ (DEA registration number)';
const PURPOSE = 'sign orders for the registrant in accordance with Part 1305 of Title 21 of the Code of Federal Regulations';
const GRANT = `I, ____________ (name of person granting power), the undersigned, who am authorized to sign the current application for registration of the above-named registrant under the Controlled Substances Act, have made, constituted, and appointed, and by these presents, do make, constitute, and appoint ______ (name of attorney-in-fact), my true and lawful attorney for me in my name, place, and stead, to ${PURPOSE}.`;
const RATIFICATION = 'I hereby ratify and confirm all that said attorney must lawfully do or cause to be done by virtue hereof.';
const SIGNED = '(Signature of person granting power)';
const AFFIRMATION = 'I, ____________ (name of attorney-in-fact), hereby affirm that I am the person named herein as attorney-in-fact and that the signature affixed hereto is my signature.';
const AGENT_SIGNED = '(Signature of attorney-in-fact)';

const form = (body: string) => ['Power of Attorney for orders', '', HEADING, '', body].join('\n');

describe('captions run into the text', () => {
    it('puts each signature caption on a line of its own, a caption cut short at the end too', () => {
        expect(splitRunInCaptions(`by virtue hereof.${SIGNED}I, ______ (name of attorney-in-fact), hereby affirm.(Signature of a`))
            .toEqual(['by virtue hereof.', SIGNED, 'I, ______ (name of attorney-in-fact), hereby affirm.', '(Signature of a']);
        expect(splitRunInCaptions(SIGNED)).toBeUndefined();
        expect(splitRunInCaptions('to sign the application (as the registrant\'s signature card requires).')).toBeUndefined();
    });
});

describe('a blank form with one power, its signatory\'s caption and the agent\'s affirmation', () => {
    it('reads the power as the purpose of a limited power, the blank execution and the acceptance, keeping nothing', async () => {
        const { poa, report } = await importText(form([`${GRANT} ${RATIFICATION}`, '', SIGNED, '', AFFIRMATION, '', AGENT_SIGNED].join('\n')), 'form.txt');
        expect(poa).toContain('kind limited');
        expect(poa).toContain(`purpose "${PURPOSE}"`);
        expect(poa).toContain('phrasing purpose style to-purpose');
        expect(poa).toContain('executed style no-testimonium blank {');
        expect(poa).toContain('signature style signature-of');
        expect(poa).toContain('acceptance by agents');
        expect(poa).toContain('phrasing agent-acceptance style affirmation');
        expect(report.keptAsWritten).toEqual([]);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = squash(await renderSource(poa));
        expect(rendered).toContain(`${GRANT} ${RATIFICATION}`);
        expect(rendered).toContain(`${SIGNED} ${AFFIRMATION.replace('____________', '______')} ${AGENT_SIGNED}`);
    });

    it('reads the same with the captions run into the sentences', async () => {
        const { poa, report } = await importText(form(`${GRANT} ${RATIFICATION}${SIGNED}${AFFIRMATION}${AGENT_SIGNED}`), 'form.txt');
        expect(poa).toContain('acceptance by agents');
        expect(report.keptAsWritten).toEqual([]);
    });

    it('keeps an affirmation by someone the form does not appoint as written', async () => {
        const other = AFFIRMATION.replace('(name of attorney-in-fact)', '(name of witness)');
        const { poa, report } = await importText(form([`${GRANT} ${RATIFICATION}`, '', SIGNED, '', other].join('\n')), 'form.txt');
        expect(poa).not.toContain('acceptance by agents');
        expect(report.keptAsWritten.map((k) => k.text)).toEqual([other]);
    });

    it('keeps the one power of a securities power as written, not as a purpose', async () => {
        const { poa } = await importText(form(`${GRANT} ${RATIFICATION}`), 'form.txt', { kind: 'securities' });
        expect(poa).not.toContain('purpose "');
        expect(poa).toContain(`power "${PURPOSE}"`);
    });
});

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const DEA = 'other_dea-quota-certification-poa-21cfr1315-33.txt';

describe.runIf(existsSync(join(CORPUS, DEA)))('the DEA format as stored, cut inside the agent\'s caption', () => {
    it('keeps only the cut caption as written', async () => {
        const { poa, report } = await importText(readFileSync(join(CORPUS, DEA), 'utf8'), DEA);
        expect(poa).toContain('purpose "sign certifications of quota for procurement of ephedrine, pseudoephedrine, and phenylpropanolamine in accordance with Part 1315 of Title 21 of the Code of Federal Regulations"');
        expect(poa).toContain('acceptance by agents');
        expect(report.keptAsWritten.map((k) => k.text)).toEqual(['(Signature of a']);
    });
});
