import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { Poa } from './lsp-services.js';

const complete = expectCompletion(Poa);
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe('completion', () => {
    test('offers the kinds of power of attorney after `kind`, with documentation', async () => {
        await complete({
            text: 'poa X { kind <|> }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['section16', 'securities', 'general', 'limited', 'healthcare']));
                const s16 = list.items.find((i) => i.label === 'section16');
                expect(JSON.stringify(s16?.documentation)).toMatch(/Forms 3, 4 and 5/);
            }
        });
    });

    test('offers the facts about a witness after `is`, each stated or denied, with the statutes that read it', async () => {
        await complete({
            text: 'poa X { executed 2024-01-01 { witnesses "Ann Lee" { witness "Ann Lee" is <|> } } }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['related', 'not-related', 'heir', 'not-heir', 'health-care-provider', 'ombudsman']));
                const notRelated = list.items.find((i) => i.label === 'not-related');
                expect(notRelated?.detail).toBe('the witness is not related to the principal by blood, marriage or adoption');
                expect(JSON.stringify(list.items.find((i) => i.label === 'ombudsman')?.documentation)).toContain('Cal. Prob. Code § 4675(a)');
            }
        });
    });

    test('offers the jurisdictions the checks know, with their governing statute', async () => {
        await complete({
            text: 'poa X { jurisdiction <|> }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(['federal', 'NY', 'CA', 'FL', 'TX', 'IL', 'DC', 'CO']);
                const ny = list.items.find((i) => i.label === 'NY');
                const doc = JSON.stringify(ny?.documentation);
                expect(doc).toContain('N.Y. Gen. Oblig. Law §§ 5-1501 to 5-1513');
                // The same facts the checks apply: New York co-agents act jointly unless the power says otherwise.
                expect(doc).toContain('co-agents must act jointly');
            }
        });
    });

    test('offers SEC forms with the statute each is filed under, and statutes matching the forms first', async () => {
        await complete({
            text: 'poa X { grant { file <|> } }',
            index: 0,
            assert: (list) => {
                const form144 = list.items.find((i) => i.label === 'form144');
                expect(form144?.detail).toBe('Form 144, filed under Rule 144 under the Securities Act of 1933');
                expect(labels(list.items)).toEqual(expect.arrayContaining(['form3', 'form4', 'form5', 'formID', 'schedule13D']));
            }
        });
        await complete({
            text: 'poa X { grant { file form144 under <|> } }',
            index: 0,
            assert: (list) => {
                const rule144 = list.items.find((i) => i.label === 'rule144');
                const s16a = list.items.find((i) => i.label === 'section16a');
                expect(rule144?.sortText).toBe('0');
                expect(s16a?.sortText).toBe('2');
            }
        });
    });

    test('offers defined terms, the issuer and the standard terms after `comply with`', async () => {
        await complete({
            text: 'poa X { issuer acme "ACME" { defined as "Company" } define rules "the rules of the exchange" as "Rules" grant { comply with <|> } }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['rules', 'acme', 'act1934', 'act1933', 'sec']));
                expect(list.items.find((i) => i.label === 'act1933')?.detail).toBe('the Securities Act of 1933, as amended (the "1933 Act")');
            }
        });
    });

    test('offers the parties a reference may name', async () => {
        await complete({
            text: 'poa X { principal p "P" agents { agent a "A" } issuer i "I" executed 2024-01-01 { signature by <|> } }',
            index: 0,
            assert: (list) => expect(labels(list.items)).toEqual(expect.arrayContaining(['p', 'a', 'i']))
        });
    });

    test('offers clause keywords and clause snippets with placeholders where a clause may start', async () => {
        await complete({
            text: 'poa X {\n    <|>\n}',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['principal', 'agents', 'grant', 'term', 'executed']));
                const grant = list.items.find((i) => i.label === 'grant (Section 16)');
                expect(grant?.insertTextFormat).toBe(2);
                expect(grant?.insertText).toContain('file form144 under rule144');
                const principal = list.items.find((i) => i.label === 'principal (person)');
                expect(principal?.insertText).toMatch(/\$\{1:id\}/);
            }
        });
    });

    test('offers only what may follow: no clause keywords inside a grant', async () => {
        await complete({
            text: 'poa X { grant { <|> } }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['comply', 'file', 'edgar', 'any', 'expressly']));
                expect(labels(list.items)).not.toContain('principal');
            }
        });
    });

    test('inside a worded override, after `{`: the parties, terms and parameters it may name', async () => {
        await complete({
            text: 'poa X { principal kreczko "Alan J. Kreczko" issuer hart "THE HARTFORD" { defined as "Company" } ratification worded "all that {kr<|> does" }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['kreczko', 'hart', 'act1934']));
                const k = list.items.find((i) => i.label === 'kreczko')!;
                expect(k.detail).toBe('Alan J. Kreczko (principal)');
                // Replaces the partial name and closes the brace.
                expect(k.textEdit).toMatchObject({ newText: 'kreczko}' });
            }
        });
    });

    test('inside a worded override but not after `{`: nothing is offered', async () => {
        await complete({ text: 'poa X { principal p "P" ratification worded "all that <|> does" }', index: 0, assert: (list) => expect(list.items).toEqual([]) });
    });
});

describe('completion on a statutory form', () => {
    test('offers the form ids after `form`, with the citation', async () => {
        await complete({
            text: 'poa X { form <|> }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['sd-59-12-41', 'sc-62-5-504', 'ct-1-352']));
                expect(list.items.find((i) => i.label === 'sd-59-12-41')?.detail).toBe('South Dakota Statutory Form Power of Attorney (SDCL § 59-12-41)');
            }
        });
    });

    test('offers the named form\'s power ids after `initials`, with their words on the form', async () => {
        await complete({
            text: 'poa X { form sd-59-12-41 initials <|> }',
            index: 0,
            assert: (list) => {
                expect(labels(list.items)).toEqual(expect.arrayContaining(['realProperty', 'gifts', 'immediateAndDurable']));
                expect(list.items.find((i) => i.label === 'realProperty')?.detail).toBe('Real Property (§59-12-26)');
            }
        });
    });
});

describe('clause snippets come from the clause registry', () => {
    test('where a clause may start, completion offers each of the registry\'s completion snippets with its body', async () => {
        const { COMPLETION_SNIPPETS } = await import('../../language/registry/snippet-catalog.js');
        await complete({
            text: 'poa X {\n    <|>\n}',
            index: 0,
            assert: (list) => {
                const snippets = list.items.filter((i) => i.kind === 15);
                expect(snippets.map((i) => [i.label, i.insertText])).toEqual(COMPLETION_SNIPPETS.map((s) => [s.completion, s.body]));
            }
        });
    });
});
