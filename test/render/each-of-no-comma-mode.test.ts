/**
 * `each-of-no-comma` runs the names into "the undersigned's" as the filing has it; a mode stated after the names
 * is set off by commas. A trial rendered "each of A and B, each acting singly the undersigned's true and lawful".
 */
import { describe, expect, it } from 'vitest';
import { renderSource, squash } from '../helpers.js';

const power = (mode: string) => `poa EachOf {
    kind section16
    style edgar-classic
    principal b "Roelof F. Botha"
    agents ${mode} { agent son "Jung Yeon Son"  agent k "Marie Klemchuk" }
    issuer co "Acme Corp." { defined as "Company" }
    phrasing appointment style each-of-no-comma
    grant { file form3, form4, form5 under section16a }
    executed 2019-08-21 { signature conformed }
}`;

describe('each-of-no-comma', () => {
    it('runs the names into the possessive', async () => {
        expect(squash(await renderSource(power('')))).toContain('each of Jung Yeon Son and Marie Klemchuk the undersigned\'s true and lawful attorney-in-fact');
    });

    it('sets a stated mode off by commas', async () => {
        expect(squash(await renderSource(power('severally')))).toMatch(/each of Jung Yeon Son and Marie Klemchuk, [a-z ]+, the undersigned's true and lawful attorney-in-fact/);
    });
});
