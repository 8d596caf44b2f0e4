/**
 * Two signature blocks of held-out powers, as their texts print them (test/heldout/texts): the
 * Putnam confirming statement of 2004 types the conformed signature under a line to sign (27
 * hyphens); the Bird Global power of 2021 rules a line (18 hyphens) between "Signature:" and
 * "Print Name:". Expected lines are written from those texts, not copied from the renderer.
 */
import { describe, expect, test } from 'vitest';
import { renderSource } from '../helpers.js';

async function lines(signature: string): Promise<string[]> {
    const text = await renderSource(`poa Test {
        kind section16
        voice first-person
        principal p "Jonathan S. Horwitz" { pronoun he }
        agents { agent a "Ann Lee" }
        grant { file form3, form4, form5 under section16a }
        executed style no-testimonium blank { ${signature} }
    }`);
    return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

describe('signature lines as held-out powers print them', () => {
    test('`line-above`: the line to sign first, the conformed signature under it, no typed name', async () => {
        const out = await lines('signature "/s/ Jonathan S. Horwitz" style line-above');
        expect(out.slice(-2)).toEqual(['-'.repeat(27), '/s/ Jonathan S. Horwitz']);
    });

    test('`print-name-ruled`: Signature:, an 18-hyphen line, then Print Name:', async () => {
        const out = await lines('signature conformed style print-name-ruled');
        expect(out.slice(-3)).toEqual(['Signature: /s/ Jonathan S. Horwitz', '-'.repeat(18), 'Print Name: Jonathan S. Horwitz']);
    });

    test('a rule under a line still goes only under a line that is printed', async () => {
        // `typed-name-ruled`: the rule under the conformed signature (36 hyphens unless the style says how many).
        const out = await lines('signature conformed style typed-name-ruled');
        expect(out.slice(-3)).toEqual(['/s/ Jonathan S. Horwitz', '-'.repeat(36), 'Jonathan S. Horwitz']);
    });
});
