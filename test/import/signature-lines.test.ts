/**
 * The signature block is read line by line from the phrasebook's signature styles: a conformed signature
 * alone on its line ("{conformed}") takes its style from the line under it, and "By:", "Name:" and "Title:"
 * under an entity's name are the entity's signatory.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource } from '../helpers.js';

const words = (t: string) => (t.match(/[A-Za-z0-9']+/g) ?? []).join(' ');
const body = [
    'POWER OF ATTORNEY', '',
    'I, Ann Lee, of Denver, Colorado, do hereby nominate, constitute and appoint Bo Chan, my true and lawful attorney-in-fact, to act for me with general authority with respect to the following subjects: real property.', '',
    'IN WITNESS WHEREOF, I have hereunto set my hand this 1st day of March, 2024.', ''
];

describe('signature lines from the phrasebook', () => {
    it('names the style of a conformed signature by the line under it (name-line: "Name: ...")', async () => {
        const block = ['/s/ Ann Lee', 'Name: Ann Lee'];
        const { poa } = await importText([...body, ...block].join('\n'), 'named.txt');
        expect(poa).toContain('signature "/s/ Ann Lee" style name-line');
        expect(poa).not.toContain('worded');
        expect(words(await renderSource(poa))).toContain(words(block.join(' ')));
    });

    it('reads "By:", "Name:" and "Title:" under an entity\'s name as the entity signing by its signatory', async () => {
        const source = [
            'poa Entity {', 'kind general', 'jurisdiction CO', 'title "POWER OF ATTORNEY"',
            'principal acme "Lee Family Holdings LLC" entity { signed by "Ann Lee" as "Manager" }',
            'agents { agent chan "Bo Chan" }', 'grant { subjects realProperty }',
            'executed 2024-03-01 { signature by acme "/s/ Ann Lee" }', '}'
        ].join('\n');
        const text = await renderSource(source);
        expect(text).toContain('Lee Family Holdings LLC\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Manager');
        const { poa } = await importText(text, 'entity.txt');
        expect(poa).toMatch(/principal \w+ "Lee Family Holdings LLC" entity \{ signed by "Ann Lee" as "Manager" \}/);
        expect(poa).toMatch(/signature by \w+ "\/s\/ Ann Lee"/);
        expect(poa).not.toContain('worded');
        expect(words(await renderSource(poa))).toEqual(words(text));
    });

    it('reads a rule of hyphens under the conformed signature, the name beneath, as the ruled style nearest in width', async () => {
        // The Endeavor 2021 power (sec16_endeavor-musk-2021.txt) prints 23 hyphens; the phrasebook's ruled styles 29 and 36.
        for (const [width, style] of [[23, 'ruled-typed-name'], [29, 'ruled-typed-name'], [36, 'typed-name-ruled']] as const) {
            const block = ['/s/ Ann Lee', '-'.repeat(width), 'Ann Lee'];
            const { poa } = await importText([...body, ...block].join('\n'), 'ruled.txt');
            expect(poa).toContain(`signature "/s/ Ann Lee" style ${style}`);
            expect(poa).not.toContain('worded');
            expect(await renderSource(poa)).toMatch(/\/s\/ Ann Lee\n-{29,36}\nAnn Lee/);
        }
    });

    it('keeps the rule and the name as written when they do not follow a conformed signature', async () => {
        const block = ['/s/ Ann Lee', 'Witnessed', '-'.repeat(29), 'Ann Lee'];
        const { poa } = await importText([...body, ...block].join('\n'), 'ruled.txt');
        expect(poa).not.toMatch(/style (?:ruled-typed-name|typed-name-ruled)/);
        expect(words(await renderSource(poa))).toContain('Witnessed');
    });
});
