import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { Poa, referenceText } from './lsp-services.js';
import type { PoaFormatter } from '../../server/formatter.js';

const format = expectFormatting(Poa);
const formatter = Poa.lsp.Formatter as PoaFormatter;

async function formatted(text: string): Promise<string> {
    return formatter.formatText(await parseHelper(Poa)(text));
}

/** The token stream (comments included) of a text, to show formatting changed whitespace only. */
function tokens(text: string): string[] {
    const r = Poa.parser.Lexer.tokenize(text);
    return [...r.tokens, ...r.hidden].filter((t) => t.image.trim()).sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image);
}

describe('formatting', () => {
    test('lays an as-filed clause out with one edit to a line', async () => {
        await format({
            before: 'poa X {\n  as-filed   grant {   reading "a b"   as "a c b"\n reading "d" as "e" }\n}',
            after: [
                'poa X {',
                '    as-filed grant {',
                '        reading "a b" as "a c b"',
                '        reading "d" as "e"',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('lays a crammed instrument out canonically: 4 spaces per brace level, one clause per line', async () => {
        await format({
            before: 'poa  X{kind section16\n  principal p "P"{pronoun he capacities individual ,fiduciary}\nagents any-one-or-more{agent a "A" agent b "B"}\n grant{file form3,form4 under section16a}ratification executed 2024-01-01{signature "/s/ P"}}',
            after: [
                'poa X {',
                '    kind section16',
                '    principal p "P" {',
                '        pronoun he',
                '        capacities individual, fiduciary',
                '    }',
                '    agents any-one-or-more {',
                '        agent a "A"',
                '        agent b "B"',
                '    }',
                '    grant {',
                '        file form3, form4 under section16a',
                '    }',
                '    ratification',
                '    executed 2024-01-01 {',
                '        signature "/s/ P"',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    test('leaves the reference example as it is (it is already in canonical layout)', async () => {
        const text = referenceText();
        expect(await formatted(text)).toBe(text);
    });

    test('keeps comments, trailing comments on their line, and one blank line between groups', async () => {
        await format({
            before: '// header\npoa X {\n\n\n    kind general   // the kind\n\n\n\n  /* block */ ratification\n}\n\n\n',
            after: '// header\npoa X {\n    kind general // the kind\n\n    /* block */ ratification\n}\n'
        });
    });

    test('parameter references and choices: no spaces inside [ ] and ( )', async () => {
        await format({
            before: 'template T {\n parameter who person\n parameter g choice ( "he" , "she" )\n principal p [ who ]\n}',
            after: 'template T {\n    parameter who person\n    parameter g choice("he", "she")\n    principal p [who]\n}\n'
        });
    });

    test('is idempotent and changes whitespace only', async () => {
        const messy = referenceText().replace(/\n\s*/g, (m) => (m.length % 3 === 0 ? ' ' : '\n\t  ')).replace(/ \{/g, '{');
        const once = await formatted(messy);
        const twice = await formatted(once);
        expect(twice).toBe(once);
        expect(tokens(once)).toEqual(tokens(messy));
        // The blank lines the mangling removed are not invented again; everything else is back in place.
        expect(once).toBe(referenceText().replace(/\n\n+/g, '\n'));
    });

    test('a half-written clause keeps the user\'s line breaks and loses no text', async () => {
        const text = 'poa X {\n  kind section16\n  grant {\n     file form4 under\n  }\n  ratification\n}\n';
        const out = await formatted(text);
        expect(tokens(out)).toEqual(tokens(text));
        expect(out).toContain('\n    ratification\n');
    });

    test('range formatting changes only the lines in the range', async () => {
        await format({
            before: 'poa X {\n  kind section16\n      ratification\n}\n',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 18 } },
            after: 'poa X {\n  kind section16\n    ratification\n}\n'
        });
    });

    test('a file the lexer cannot read is left alone', async () => {
        expect(await formatted('poa X {  kind section16 § }')).toBe('poa X {  kind section16 § }');
    });
});

describe('formatting an instrument on a statutory form', () => {
    test('keeps a form id one word and every example on a form unchanged', async () => {
        expect(await formatted('poa X {\n  form   nm-24-7a-4\n  initials  a ,b\n}')).toBe('poa X {\n    form nm-24-7a-4\n    initials a, b\n}\n');
        const { readdirSync, readFileSync } = await import('node:fs');
        const { join } = await import('node:path');
        const dir = join(__dirname, '..', '..', 'examples', 'forms');
        for (const file of readdirSync(dir)) {
            const text = readFileSync(join(dir, file), 'utf8');
            expect(await formatted(text), file).toBe(text);
        }
    });
});
