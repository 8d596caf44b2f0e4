/**
 * The placeholder check (`poa/placeholder`, language/rules/template-rules.ts) runs its pattern only over texts
 * that may hold a placeholder (a bracket, TBD or TODO): these cases hold it to what the pattern over every text
 * reported, each placeholder where it is written, including a bracket a defined term's meaning opens and its
 * term closes (the check reads the two joined by a space).
 */
import { describe, expect, it } from 'vitest';
import { check, readFixture } from './check-helpers.js';

const fixture = readFixture('poa/placeholder');

/** The fixture with `lines` added before its grant. */
const withLines = (...lines: string[]) => fixture.replace('    grant {', `${lines.map((l) => `    ${l}`).join('\n')}\n    grant {`);

async function placeholders(text: string): Promise<{ message: string; line: number }[]> {
    const { diagnostics } = await check(text);
    // The message's first sentence names the placeholder; the rest (why, what to do, source) is the rule's.
    return diagnostics.filter((d) => d.code === 'poa/placeholder').map((d) => ({ message: d.message.split('. ')[0] + '.', line: d.range.start.line }));
}

describe('poa/placeholder', () => {
    it('reports the bracketed name in the fixture, on its line', async () => {
        expect(await placeholders(fixture)).toEqual([{ message: 'The text "[Name of second agent]" is a drafting placeholder.', line: 9 }]);
    });

    it('reports TBD and TODO markers and a bracket in a defined term, each where it is written, in the order of the texts', async () => {
        const text = withLines('define plan "the Plan TBD" as "Plan"', 'define deal "the Merger Agreement" as "[Agreement]"')
            .replace('file form3, form4, form5 under section16a including amendments', '$&\n        limitation "no sales before TODO"');
        const found = await placeholders(text);
        expect(found.map((f) => f.message)).toEqual([
            'The text "[Name of second agent]" is a drafting placeholder.',
            'The text "TODO" is a drafting placeholder.',
            'The text "TBD" is a drafting placeholder.',
            'The text "[Agreement]" is a drafting placeholder.'
        ]);
        expect(found.map((f) => f.line)).toEqual([9, 19, 14, 15]);
    });

    it('reports a bracket opened in a term\'s meaning and closed in the term, as the two read joined', async () => {
        const found = await placeholders(withLines('define plan "the Plan [of the Company" as "Plan]"'));
        expect(found.map((f) => f.message)).toContain('The text "[of the Company Plan]" is a drafting placeholder.');
    });

    it('reports nothing in texts without a bracket or marker, nor in TBD within a word', async () => {
        const text = fixture.replace('[Name of second agent]', 'Blair Stone').replace('    grant {', '    define plan "the TBDX Plan" as "Plan"\n    grant {');
        expect(await placeholders(text)).toEqual([]);
    });
});
