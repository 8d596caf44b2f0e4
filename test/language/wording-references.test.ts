/**
 * `{name}` in worded text is read in one place (language/model/wording-references.ts):
 * the model, the renderer, the checks, the symbol index and completion agree on
 * where each reference is, and the text is unescaped once.
 */
import { expectCompletion } from 'langium/test';
import { AstUtils, GrammarAST, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { loadPoa, poaServices } from '../../language/poa-document.js';
import { wordingParts, wordingReferences } from '../../language/model/wording-references.js';
import { SymbolIndex } from '../../server/symbol-index.js';
import { readFixture, renderSource, squash } from '../helpers.js';
import { Poa } from '../server/lsp-services.js';

const base = readFixture('diagnostics/wording-unknown-reference.poa');
/** The fixture with its revocation worded as `worded` (the text as written between the quotes). */
const worded = (inner: string) => base.replace('worded "revoked by a writing delivered to {chris}"', `worded "${inner}"`);

describe('wordingParts', () => {
    test('offsets are offsets in the raw token, escapes counted', () => {
        const raw = String.raw`"the \"agent\" {chris} and {pat}"`;
        expect(wordingReferences(raw)).toEqual([
            { name: 'chris', offset: raw.indexOf('{chris}'), length: 7 },
            { name: 'pat', offset: raw.indexOf('{pat}'), length: 5 }
        ]);
    });

    test('the text between references is unescaped once', () => {
        expect(wordingParts(String.raw`"a \\\\ b \"q\" {x}."`)).toEqual([
            { text: String.raw`a \\ b "q" ` }, { reference: { name: 'x', offset: 16, length: 3 } }, { text: '.' }
        ]);
    });

    test('an escaped brace is text, and braces around something other than a name are text', () => {
        expect(wordingReferences(String.raw`"\{x} {1} { y } {}"`)).toEqual([]);
        expect(wordingParts(String.raw`"\{x}"`)).toEqual([{ text: '{x}' }]);
    });
});

describe('a reference after escaped quotes', () => {
    const text = worded(String.raw`revoked by a \"writing\" delivered to {chris}`);
    const at = text.indexOf('{chris}');

    test('poa check reports the unknown reference at its column', async () => {
        const { diagnostics } = await loadPoa(text);
        const d = diagnostics.find((x) => x.code === 'poa/wording-unknown-reference')!;
        const line = text.slice(0, at).split('\n').length - 1;
        const column = at - text.lastIndexOf('\n', at - 1) - 1;
        expect(d.range.start).toEqual({ line, character: column });
        expect(d.range.end).toEqual({ line, character: column + '{chris}'.length });
    });

    test('the model and the symbol index name the same place', async () => {
        const fixed = text.replace('{chris}', '{alex}');
        const { model, document } = await loadPoa(fixed, { validate: false });
        const ref = model.revocation!.wording!.references[0];
        expect(ref.range.offset).toBe(fixed.indexOf('{alex}'));
        const usage = SymbolIndex.of(poaServices().Poa, document).find('alex')!.usages.find((u) => u.offset > fixed.indexOf('worded'));
        expect(usage).toEqual({ offset: ref.range.offset + 1, length: 'alex'.length });
    });

    test("Langium's References service finds a {name} in wording like a cross-reference", async () => {
        const { shared, Poa: core } = poaServices();
        const source = 'poa X { agents { agent alex "Alex Doe" } ratification worded "all that {alex} does" acknowledgment no-assumption by alex }';
        const document = shared.workspace.LangiumDocumentFactory.fromString(source, URI.parse('memory:///references-service.poa'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const alex = document.localSymbols!.getStream(document.parseResult.value).find((d) => d.name === 'alex')!.node!;
        const found = core.references.References.findReferences(alex, { includeDeclaration: true }).map((r) => source.slice(r.segment.offset - 1, r.segment.end + 1)).toArray();
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        shared.workspace.IndexManager.remove(document.uri);
        // The declaration, the wording use (inside its braces) and the cross-reference.
        expect(found.sort()).toEqual([' alex ', ' alex ', '{alex}'].sort());
    });

    test('completion after escaped quotes offers names after `{`', async () => {
        await expectCompletion(Poa)({
            text: String.raw`poa X { principal kreczko "Alan J. Kreczko" ratification worded "the \"act\" of {kr<|> does" }`,
            index: 0,
            assert: (list) => expect(list.items.map((i) => i.label)).toContain('kreczko')
        });
        await expectCompletion(Poa)({
            text: String.raw`poa X { principal kreczko "Alan J. Kreczko" ratification worded "a \{kr<|> does" }`,
            index: 0,
            assert: (list) => expect(list.items).toEqual([])
        });
    });
});

describe('rendering', () => {
    test('backslashes are unescaped once, by the value converter: `"a \\\\\\\\ b"` renders `a \\\\ b`', async () => {
        const text = worded(String.raw`revoked by a writing delivered to {alex}, a \\\\ b`);
        expect(squash(await renderSource(text))).toContain(String.raw`revoked by a writing delivered to Alex Roe, a \\ b`);
    });

    test('escaped quotes render as quotes', async () => {
        const text = worded(String.raw`revoked by a \"signed\" writing delivered to {alex}`);
        expect(squash(await renderSource(text))).toContain('revoked by a "signed" writing delivered to Alex Roe');
    });
});

describe('where worded overrides are', () => {
    test('only ever as the `wording` of a clause of the instrument, of a grant\'s power or of the execution\'s witnesses or notary, which is where wording-links.ts reads them', () => {
        const { shared, Poa: core } = poaServices();
        const holders = AstUtils.streamAllContents(core.Grammar).filter(GrammarAST.isAssignment)
            .filter((a) => GrammarAST.isRuleCall(a.terminal) && a.terminal.rule.ref?.name === 'Wording')
            .map((a) => ({ rule: AstUtils.getContainerOfType(a, GrammarAST.isParserRule)!.name, feature: a.feature })).toArray();
        expect(holders.length).toBeGreaterThan(10);
        for (const h of holders) {
            expect(h.feature, h.rule).toBe('wording');
            // The holders that are not clauses: a power of the grant (`power worded "..."`) and the witnesses
            // and notary of the execution (`witnesses 2 worded "..."`, `notary acknowledgment worded "..."`), each inside a clause.
            expect(h.rule === 'CustomPower' || h.rule === 'Witnesses' || h.rule === 'Notary' || shared.AstReflection.isSubtype(h.rule, 'Clause'), h.rule).toBe(true);
        }
    });
});

describe('a power written `power worded "..."`', () => {
    const source = (powers: string) => `poa X {
    kind section16
    principal jo "Jo Roe"
    agents { agent alex "Alex Doe" }
    grant style numbered {
        ${powers}
        any other action
    }
    acknowledgment no-assumption
    executed 2020-01-01 { signature "/s/ Jo Roe" }
}`;

    test('introduces a defined term at its first use, the later clauses using the short form', async () => {
        const text = squash(await renderSource(source('power worded "to execute Forms 3, 4 and 5 under Section 16(a) of {act1934}"')));
        expect(text).toContain('(1) execute Forms 3, 4 and 5 under Section 16(a) of the Securities Exchange Act of 1934, as amended (the "1934 Act");');
        expect(text).toContain('to comply with Section 16 of the 1934 Act.');
        expect(text.match(/\(the "1934 Act"\)/g)).toHaveLength(1);
    });

    test('without `worded`, braces are the power\'s words', async () => {
        expect(squash(await renderSource(source('power "to execute {act1934} forms"')))).toContain('(1) execute {act1934} forms;');
    });

    test('an unknown name is reported where it is written, and a known one counts as a use', async () => {
        const text = source('power worded "to act with {chris}"');
        const { diagnostics } = await loadPoa(text);
        const d = diagnostics.find((x) => x.code === 'poa/wording-unknown-reference')!;
        expect(text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toBe('{chris}');
        const fixed = text.replace('{chris}', '{alex}');
        const { document } = await loadPoa(fixed, { validate: false });
        const usage = SymbolIndex.of(poaServices().Poa, document).find('alex')!.usages.find((u) => u.offset > fixed.indexOf('worded'));
        expect(usage).toEqual({ offset: fixed.indexOf('{alex}') + 1, length: 'alex'.length });
    });
});
