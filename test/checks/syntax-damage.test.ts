/**
 * A clause the parser stopped inside is in the model only in part, so the checks make no finding that
 * begins inside it: the syntax error is the one problem there (language/model/syntax-recovery.ts).
 * Findings on the clauses the error did not touch are still made. Syntax errors say, in plain words,
 * what the language expected (language/langium/parser-messages.ts).
 */
import { describe, expect, test } from 'vitest';
import { check } from './check-helpers.js';

/** A California general power executed before two witnesses and a notary: valid as written. */
const californiaPower = (executed: string, agents = 'agent alex "Alex Roe"') => `poa Fixture {
    kind general
    jurisdiction CA
    principal pat "Pat Doe" {
        pronoun she
    }
    agents {
        ${agents}
    }
    grant {
        subjects realProperty, banks, taxes
    }
    term {
        starts immediately
        durable
    }
    ${executed} {
        signature
        witnesses 2
        notary acknowledgment
    }
}
`;

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => String(d.code));

describe('findings after a syntax error inside a clause', () => {
    test('the execution written with a place and no date reports the syntax error, not missing witnesses and notary', async () => {
        const { diagnostics } = await check(californiaPower('executed at "Los Angeles, California"'));
        expect(codes(diagnostics)).toContain('parsing-error');
        expect(codes(diagnostics)).not.toContain('poa/ca-notary-or-witnesses');
    });

    test('the same execution with its date has no finding on witnesses or notary (and no syntax error)', async () => {
        const { diagnostics } = await check(californiaPower('executed 2020-01-15 at "Los Angeles, California"'));
        expect(codes(diagnostics)).not.toContain('parsing-error');
        expect(codes(diagnostics)).not.toContain('poa/ca-notary-or-witnesses');
    });

    test('a finding on a clause the syntax error did not touch is still made', async () => {
        // The principal named as her own agent, and a syntax error in the execution further down.
        const { diagnostics } = await check(californiaPower('executed at "Los Angeles, California"', 'agent self "Pat Doe"'));
        expect(codes(diagnostics)).toContain('parsing-error');
        expect(codes(diagnostics)).toContain('poa/principal-is-agent');
    });
});

describe('syntax error messages', () => {
    test('name what could come next as the reader writes it, and what was found', async () => {
        const { diagnostics } = await check(californiaPower('executed at "Los Angeles, California"'));
        const first = diagnostics.find((d) => d.code === 'parsing-error');
        expect(first?.message).toBe('Expected `none`, `style`, `as`, a date (2026-01-15), `[` or `blank` here, but found `at`.');
    });

    test('say so when the file ends where more was expected', async () => {
        const { diagnostics } = await check('poa X {\n    kind section16\n    principal p');
        const messages = diagnostics.filter((d) => d.code === 'parsing-error').map((d) => d.message);
        expect(messages.join('\n')).toContain('but the file ends there');
        expect(messages.join('\n')).not.toMatch(/Token sequences|\[STRING\]|EOF/);
    });
});

describe('one mistake, one plain message (a new-user trial)', () => {
    const errorsOf = async (text: string) => (await check(text)).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);

    test('a misspelt keyword gets the word meant, and no finding that its clause is missing', async () => {
        const errors = await errorsOf(californiaPower('executed 2020-01-15').replace('    grant {', '    granted {'));
        expect(errors).toEqual([expect.stringMatching(/^parsing-error: Expected `}` here, but found `granted`\. Did you mean `grant`\?$/)]);
    });

    test('a word of the language written as a name is said to be one', async () => {
        const errors = await errorsOf(californiaPower('executed 2020-01-15', 'agent trust "Alex Roe"'));
        expect(errors[0]).toBe('parsing-error: `trust` is a word of the language and cannot be a name here: choose another name (`trust1`, for example).');
    });

    test('a date written 03/15/2020 says how to write a date, and the instrument\'s correct closing brace is not blamed', async () => {
        const errors = await errorsOf(californiaPower('executed 03/15/2020'));
        expect(errors).toContain('lexing-error: A "/" is not part of the language here: write a date as YYYY-MM-DD (2025-03-15).');
        expect(errors.join('\n')).not.toContain('closing `}`');
    });

    test('curly quotation marks say to use straight ones', async () => {
        const errors = await errorsOf(californiaPower('executed 2020-01-15', 'agent alex \u201CAlex Roe\u201D'));
        expect(errors[0]).toBe('lexing-error: A curly quotation mark (\u201C) is not a quote in the language: put text between straight double quotes ("...") instead of a word processor\'s curly ones.');
    });

    test.each(['', '   \n\n', '// only a comment\n'])('an empty file (%j) gets one message', async (text) => {
        const { diagnostics } = await check(text);
        expect(diagnostics.map((d) => d.message)).toEqual(['The file is empty: an instrument starts `poa Name {` and ends with `}` (`poa new` writes a starter).']);
    });
});
