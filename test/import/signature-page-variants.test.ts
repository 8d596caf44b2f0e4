/**
 * The signature-page power read in its variants, not only as one filing words it: the appointment that gives the
 * substitution before the designation ("..., and each of them, with full power of substitution and full power to act
 * without the other, his true and lawful attorney-in-fact and agents to act for him in his name, place and stead, in
 * any and all capacities", Exhibit 24.1 to a Form S-3 of 2003, held out) is read with its slots, so that the same
 * power with "his or her", without "and each of them", "jointly and severally", or without "full power to act without
 * the other" reads too. The filing and what follows it are the words of another filing (GCM Grosvenor's S-3, in the
 * corpus), so the test holds the reader to the family, not to one text.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { recogniseSignaturePage } from '../../language/import/signature-page.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderSource } from '../helpers.js';

const words = (text: string) => (text.match(/[A-Za-z0-9]+/g) ?? []).join(' ');

const OPENING = 'KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below does hereby constitute and appoint Ann B. Lee and Carl Dunn';
const REST = 'to file and sign any and all amendments, including post-effective amendments, to this registration statement and any other registration statement for the same offering that is to be effective under Rule 462(b) of the Securities Act of 1933, and to file the same, with all exhibits thereto and other documents in connection therewith, with the Securities and Exchange Commission, granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith and about the premises as fully to all intents and purposes as he or she might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, or any of them, may lawfully do or cause to be done by virtue hereof.';

const sentence = (appointment: string) => `${OPENING}${appointment}, ${REST}`;

describe('signature-page powers: the appointment with the substitution before the designation', () => {
    const variants: { name: string; appointment: string; mode?: string; substitution: string; designation: string }[] = [
        {
            name: 'as filed: "and each of them", "full power to act without the other", "his"',
            appointment: ', and each of them, with full power of substitution and full power to act without the other, his true and lawful attorneys-in-fact and agents to act for him in his name, place and stead, in any and all capacities',
            mode: 'and-each-of-them',
            substitution: 'and-act-without-other',
            designation: 'attorneys-in-fact and agents'
        },
        {
            name: '"his or her", without "and each of them"',
            appointment: ', with full power of substitution and full power to act without the other, his or her true and lawful attorneys-in-fact and agents to act for him or her in his or her name, place and stead, in any and all capacities',
            substitution: 'and-act-without-other',
            designation: 'attorneys-in-fact and agents'
        },
        {
            name: '"jointly and severally", without "full power to act without the other"',
            appointment: ', jointly and severally, with full power of substitution, his or her true and lawful attorneys-in-fact and agents to act for him or her in his or her name, place and stead, in any and all capacities',
            mode: 'by-mode',
            substitution: 'full-power',
            designation: 'attorneys-in-fact and agents'
        }
    ];

    for (const v of variants) {
        it(`reads the sentence in its parts: ${v.name}`, () => {
            const m = recogniseSignaturePage(sentence(v.appointment));
            expect(m?.alternatives[0].style).toBe('substitution-then-designation');
            const uses = Object.fromEntries((m?.alternatives[0].uses ?? []).map((u) => [u.clause, u.style]));
            expect(uses.opening).toBe('named-signatories-does');
            expect(uses['agent-mode']).toBe(v.mode);
            expect(uses.substitution).toBe(v.substitution);
            expect(m?.alternatives[0].slots.designation).toBe(v.designation);
            expect(m?.filing.style).toBe('file-and-sign-462b');
            expect(m?.incidental?.style).toBe('granting-unto-each');
            expect(m?.ratification?.style).toBe('or-any-of-them');
        });
    }

    it('is not read for the signatories when the opening names one principal ("the undersigned does hereby ...")', () => {
        const one = sentence(variants[0].appointment).replace('each person whose signature appears below does', 'the undersigned does');
        expect(recogniseSignaturePage(one)).toBeUndefined();
    });

    it('imports the power with nothing kept as written, and renders its words back', async () => {
        const text = `POWER OF ATTORNEY\n\n${sentence(variants[1].appointment)}\n`;
        const { poa, report } = await importText(text, 'variant.txt');
        expect(poa).toContain('principal signatories "each person whose signature appears below"');
        expect(poa).toContain('agent lee "Ann B. Lee"');
        expect(poa).toContain('phrasing appointment style substitution-then-designation');
        expect(poa).toContain('substitution style and-act-without-other');
        expect(poa).not.toContain('worded');
        expect(report.wordsKeptAsWritten).toBe(0);
        const loaded = await loadPoa(poa, { validate: false });
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(words(await renderSource(poa))).toContain(words(sentence(variants[1].appointment)));
    });
});
