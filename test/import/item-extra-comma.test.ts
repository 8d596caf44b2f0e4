/**
 * A listed power that adds a comma where its phrasebook style has none, between two values: "execute for and on
 * behalf of the undersigned, Forms 3, 4, and 5 in accordance with ..." (item 2 of
 * ../shared/corpus/sec16_joby-hoffman-annex-2021.txt), the `classic-amendments-comma` filing (its comma before "and the
 * rules thereunder" is the style's own) whose optional capacity is left out. The comma after "the undersigned" is forgiven
 * in a last pass; the words around it must still be the style's.
 */
import { describe, expect, it } from 'vitest';
import { recogniseGrantItem } from '../../language/import/grant-recogniser.js';
import { literalPattern } from '../../language/import/template-compiler.js';

const ctx = { issuerRef: (t: string) => (/^(?:the Company|Joby Aviation, Inc\.)$/.test(t) ? 'joby' : undefined) };
const JOBY_FILING = 'execute for and on behalf of the undersigned, Forms 3, 4, and 5 in accordance with Section 16 of the Securities Exchange Act of 1934, as amended, and the rules thereunder';

describe('a comma a listed power adds between two values', () => {
    it('is forgiven: the filing is read with its forms and statute', () => {
        expect(recogniseGrantItem(JOBY_FILING, ctx)).toMatchObject({ clause: 'filing', style: 'classic-amendments-comma', line: 'file form3, form4, form5 under section16 style classic-amendments-comma' });
    });

    it('forgives no other word: a power that says something else is not read', () => {
        expect(recogniseGrantItem(JOBY_FILING.replace('execute for and on behalf of', 'execute on behalf of'), ctx)).toBeUndefined();
    });

    it('is forgiven only in the pass that asks for it, and only in a space between values or before a word', () => {
        const space = new RegExp(`^a${literalPattern(' ', false, true)}b$`);
        expect(space.test('a, b')).toBe(true);
        expect(new RegExp(`^a${literalPattern(' ', false)}b$`).test('a, b')).toBe(false);
        expect(new RegExp(`^${literalPattern('in accordance', false, true)}$`).test('in, accordance')).toBe(true);
        expect(new RegExp(`^${literalPattern('in accordance', false, true)}$`).test('in; accordance')).toBe(false);
    });
});
