import { expectFindReferences, expectGoToDefinition, expectHighlight, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { Poa } from './lsp-services.js';

const definition = expectGoToDefinition(Poa);
const references = expectFindReferences(Poa);
const highlight = expectHighlight(Poa);

describe('go to definition', () => {
    test('from a party reference to the party', async () => {
        await definition({ text: 'poa X { principal <|kreczko|> "A" executed 2024-01-01 { signature by <|>kreczko } }', index: 0, rangeIndex: 0 });
    });
    test('from {name} in a worded override to the party', async () => {
        await definition({ text: 'poa X { agents { agent <|doe|> "John Doe" } ratification worded "all that {d<|>oe} does" }', index: 0, rangeIndex: 0 });
    });
    test('from a template parameter use to the parameter', async () => {
        await definition({ text: 'template T { parameter <|who|> person principal p [w<|>ho] }', index: 0, rangeIndex: 0 });
    });
    test('from a term reference to the definition', async () => {
        await definition({ text: 'poa X { define <|rules|> "the exchange rules" as "Rules" grant { comply with <|>rules } }', index: 0, rangeIndex: 0 });
    });
});

describe('find references', () => {
    test('every use of an issuer: supersession, term, term reference and wording', async () => {
        await references({
            text: `poa X {
                issuer <|>hart "THE HARTFORD" { defined as "Company" }
                grant { comply with <|hart|> }
                supersedes all prior authorizations for <|hart|> securities
                term { ends when no longer subject to section16 for <|hart|> }
                ratification worded "as {<|hart|>} may require"
            }`,
            includeDeclaration: false
        });
    });
});

describe('document highlight', () => {
    test('the declaration and the uses of a name', async () => {
        await highlight({ text: 'poa X { principal <|p<|>|> "P" executed 2024-01-01 { signature by <|p|> } }', index: 0, rangeIndex: [0, 1] });
    });
    test('marks the declaration as a write and uses as reads', async () => {
        const doc = await parseHelper(Poa)('poa X { principal p "P" executed 2024-01-01 { signature by p } }');
        const result = await Poa.lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 0, character: 18 } });
        expect(result?.map((h) => h.kind)).toEqual([3, 2]);
    });
});

describe('from a {name} in a worded override, through Langium References service', () => {
    test('find references lists the declaration, the cross-references and every wording use', async () => {
        await references({
            text: `poa X {
                agents { agent <|doe|> "John Doe" }
                acknowledgment no-assumption by <|doe|> worded "{<|d<|>oe|>} assumes none of the duties; \\"{<|doe|>}\\" is the agent"
            }`,
            includeDeclaration: true
        });
    });
    test('highlight marks the declaration as a write and the other uses as reads', async () => {
        const text = 'poa X { agents { agent doe "John Doe" } acknowledgment no-assumption by doe worded "{doe} assumes none" }';
        const doc = await parseHelper(Poa)(text);
        const position = doc.textDocument.positionAt(text.indexOf('{doe}') + 2);
        const result = await Poa.lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, { textDocument: { uri: doc.uri.toString() }, position });
        expect(result?.map((h) => [text.slice(doc.textDocument.offsetAt(h.range.start) - 1, doc.textDocument.offsetAt(h.range.end) + 1), h.kind])).toEqual([
            [' doe ', 3], [' doe ', 2], ['{doe}', 2]
        ]);
    });
    test('a standard term has no definition in a file, so go to definition finds none', async () => {
        const text = 'poa X { grant { comply with sec } ratification worded "as {sec} requires" }';
        const doc = await parseHelper(Poa)(text);
        for (const at of [text.indexOf('sec }') + 1, text.indexOf('{sec}') + 2]) {
            const result = await Poa.lsp.DefinitionProvider!.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(at) });
            expect(result).toBeUndefined();
        }
    });
    test('find references of a standard term lists its uses (in every open file), never the built-in library', async () => {
        const text = 'poa X { grant { comply with sec } ratification worded "as {sec} requires" }';
        const doc = await parseHelper(Poa)(text);
        const result = await Poa.lsp.ReferencesProvider!.findReferences(doc, {
            textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(text.indexOf('sec }') + 1), context: { includeDeclaration: true }
        });
        expect(result.filter((l) => !l.uri.startsWith('file:'))).toEqual([]);
        expect(result.filter((l) => l.uri === doc.uri.toString()).map((l) => [l.uri, doc.textDocument.offsetAt(l.range.start)])).toEqual([
            [doc.uri.toString(), text.indexOf('sec }')], [doc.uri.toString(), text.indexOf('{sec}') + 1]
        ]);
    });
});
