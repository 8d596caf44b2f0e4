/**
 * Every construct of the language parses and links, and half-typed input
 * gives parse errors that say what was expected where.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { ROOT, readExample, syntaxErrors } from '../helpers.js';

const EVERY_CONSTRUCT = `
// a line comment
/* a block comment */
template Everything {
    kind section16
    jurisdiction NY
    voice first-person
    layout numbered
    dates plain
    title "SPECIAL POWER OF ATTORNEY"
    parameter officer person
    parameter signedOn date default 2024-01-02
    parameter note text default "none"
    parameter pr pronoun default she
    parameter mode choice("jointly", "severally") default "severally"
    principal p [officer] { pronoun [pr] role "director or officer" capacities individual, fiduciary, other address "1 Main St." }
    principal e "Acme Holdings LLC" entity { organized in "Delaware" as limited-liability-company signed by "Ann Lee" as "Manager" }
    agents any-one-or-more {
        called "attorneys and agents"
        agent a "Ann Lee" { pronoun she address "2 Main St." }
        agent gc office "General Counsel" of co
    }
    successors { agent s "Sam Successor" }
    issuer co "ACME CORP." { organized in "Delaware" as corporation defined as "Company" }
    define bank "First National Bank" as "Bank"
    grant {
        comply with act1934, act1933, sec
        file form3, form4, form5 under section16a including amendments, successor-forms
        file form144 under rule144 relating to sales
        with sec, nyse
        edgar access
        any other action
        subjects realProperty, taxes
        subjects all
        expressly gifts, trusts
        health-care decisions including lifeSustainingTreatment
        purpose "selling the car"
        limitation [note]
        power "open accounts at {bank}"
    } worded "to do what {p} asks"
    substitution with revocation and resubstitution worded "with power of substitution"
    ratification worded "ratifying all acts of {a}"
    acknowledgment no-assumption by a, co
    indemnification
    third-party reliance
    compensation reasonable
    supersedes all prior authorizations for co securities revoking them
    term {
        starts on incapacity determined by "two physicians"
        ends when no longer subject to section16 for co
        durable
    }
    revocation by signed-writing delivered to agents, issuer
    executed as of [signedOn] at "Hartford, Connecticut" {
        testimonium hand
        signature by p conformed as "Director"
        signature by e "/s/ Ann Lee"
        witnesses "W. One", "W. Two"
        notary acknowledgment in "New York" county "Kings"
    }
}
`;

describe('parsing', () => {
    test('every construct of the language parses and links', async () => {
        expect(await syntaxErrors(EVERY_CONSTRUCT)).toEqual([]);
    });

    test('the model reads every construct', async () => {
        const { model } = await loadPoa(EVERY_CONSTRUCT, { validate: false });
        expect(model.template).toBe(true);
        expect(model.parameters.map((p) => [p.name, p.type, p.value])).toEqual([
            ['officer', 'person', undefined], ['signedOn', 'date', '2024-01-02'], ['note', 'text', 'none'], ['pr', 'pronoun', 'she'], ['mode', 'choice', 'severally']
        ]);
        expect(model.parameters[4].options).toEqual(['jointly', 'severally']);
        expect(model.principals[0].pronoun.possessive).toBe('her');
        expect(model.principals[1].entity).toBe(true);
        expect(model.principals[1].pronoun.pronoun).toBe('it');
        expect(model.agents.map((a) => a.office ?? a.name.value)).toEqual(['Ann Lee', 'General Counsel']);
        expect(model.agents[1].organization).toBe('co');
        expect(model.designation).toEqual({ plural: 'attorneys and agents', singular: 'attorney and agent' });
        expect(model.successors[0].successor).toBe(true);
        expect(model.definedTerms.find((t) => t.id === 'bank')).toMatchObject({ term: 'Bank', standard: false });
        expect(model.definedTerms.find((t) => t.id === 'act1934')).toMatchObject({ term: '1934 Act', standard: true });
        expect(model.grant?.filings.map((f) => [f.forms.map((x) => x.id), f.statute])).toEqual([[['form3', 'form4', 'form5'], 'section16a'], [['form144'], 'rule144']]);
        expect(model.grant?.hotPowers.map((h) => h.id)).toEqual(['gifts', 'trusts']);
        expect(model.grant?.wording?.references.map((r) => r.name)).toEqual(['p']);
        expect(model.term?.start?.determination).toEqual({ description: 'two physicians' });
        expect(model.term?.end?.status).toBe('section16');
        expect(model.term?.durable).toBe(true);
        expect(model.revocation?.recipients).toEqual(['agents', 'issuer']);
        expect(model.execution?.asOf).toBe(true);
        expect(model.execution?.date).toMatchObject({ value: '2024-01-02', parameter: 'signedOn' });
        expect(model.execution?.signatures.map((s) => [s.signer, s.conformedFromName])).toEqual([['p', true], ['e', false]]);
        expect(model.execution?.witnesses?.names.map((n) => n.value)).toEqual(['W. One', 'W. Two']);
        expect(model.execution?.notary?.county?.value).toBe('Kings');
    });

    test('template data fills parameters and leaves the rest blank', async () => {
        const { model } = await loadPoa(EVERY_CONSTRUCT, { validate: false, data: { officer: 'Maria José Núñez' } });
        expect(model.principals[0].name).toMatchObject({ value: 'Maria José Núñez', parameter: 'officer' });
    });

    test('a wording reference points at its place in the file', async () => {
        const { model } = await loadPoa(EVERY_CONSTRUCT, { validate: false });
        const ref = model.grant!.wording!.references[0];
        expect(EVERY_CONSTRUCT.slice(ref.range.offset, ref.range.offset + ref.range.length)).toBe('{p}');
    });

    test.each(readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.poa')))('example %s parses and links', async (file) => {
        expect(await syntaxErrors(readExample(file))).toEqual([]);
    });
});

describe('half-typed input', () => {
    test('an unfinished clause says what was expected, on the right line', async () => {
        const { diagnostics } = await loadPoa('poa X {\n    kind section16\n    principal p\n}\n', { validate: false });
        const error = diagnostics.find((d) => d.severity === 'error');
        expect(error?.range.start.line).toBe(3);
        expect(error?.message).toMatch(/^Expected quoted text, `\[` or `blank` here, but found `}`\.$/);
    });

    test('an unknown kind is a parse error naming the token', async () => {
        const errors = await syntaxErrors('poa X { kind sectoin16 }');
        expect(errors.join('\n')).toContain('sectoin16');
    });

    test('a reference to an undeclared party is a linking error', async () => {
        const errors = await syntaxErrors('poa X { principal p "P" executed 2024-01-01 { signature by nobody } }');
        expect(errors.join('\n')).toMatch(/nobody/);
    });

    test('a missing closing brace is reported, and the clauses before it still build a model', async () => {
        const { model, diagnostics } = await loadPoa('poa X {\n  kind general\n  principal p "Pat Doe"\n', { validate: false });
        expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        expect(model.kind).toBe('general');
        expect(model.principals[0]?.name.value).toBe('Pat Doe');
    });

    test('garbage never throws', async () => {
        for (const text of ['', '}}}{{{', '\u0000\u0001binary', 'poa', 'poa 123 {', '"unterminated']) {
            await expect(loadPoa(text, { validate: false })).resolves.toBeDefined();
        }
    });
});
