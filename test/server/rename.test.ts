import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { Poa, SMALL } from './lsp-services.js';

const parse = parseHelper(Poa);

function apply(document: LangiumDocument, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
    const text = document.textDocument.getText();
    const sorted = [...edits].sort((a, b) => document.textDocument.offsetAt(b.range.start) - document.textDocument.offsetAt(a.range.start));
    let out = text;
    for (const e of sorted) {
        out = out.slice(0, document.textDocument.offsetAt(e.range.start)) + e.newText + out.slice(document.textDocument.offsetAt(e.range.end));
    }
    return out;
}

async function rename(text: string, at: string, newName: string, delta = 1) {
    const document = await parse(text);
    const position = document.textDocument.positionAt(text.indexOf(at) + delta);
    const edit = await Poa.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
    return { document, edit, result: edit ? apply(document, edit.changes![document.uri.toString()] ?? []) : undefined };
}

describe('rename', () => {
    test('renames a party everywhere: declaration, references and {name} in worded overrides', async () => {
        const { result } = await rename(SMALL, 'doe "John', 'johnDoe');
        expect(result).toContain('agent johnDoe "John Doe"');
        expect(result).toContain('acknowledgment no-assumption by johnDoe, acme worded "{johnDoe} assumes none of {smith}\'s duties"');
        expect(result).not.toMatch(/\bdoe\b/);
    });

    test('renames a defined term where it is defined and referred to', async () => {
        const { result } = await rename(SMALL, 'act1934, sec', 'exchangeAct');
        expect(result).toContain('define exchangeAct "the Securities Exchange Act of 1934, as amended" as "Exchange Act"');
        expect(result).toContain('comply with exchangeAct, sec');
    });

    test('renames a template parameter and its uses', async () => {
        const text = 'template T {\n    parameter who person\n    principal p [who]\n}\n';
        const { result } = await rename(text, 'who person', 'principalName');
        expect(result).toBe('template T {\n    parameter principalName person\n    principal p [principalName]\n}\n');
    });

    test('the renamed document still parses and links without errors', async () => {
        const { result } = await rename(SMALL, 'smith "Jane', 'janeSmith');
        const after = await parse(result!);
        expect(after.parseResult.parserErrors).toEqual([]);
        expect(after.references.filter((r) => r.error)).toEqual([]);
    });

    test('refuses a name that is not an identifier, with the reason', async () => {
        await expect(rename(SMALL, 'doe "John', 'John Doe')).rejects.toThrow(/must start with a letter or underscore and contain only letters, digits and underscores/);
        await expect(rename(SMALL, 'doe "John', 'john-doe')).rejects.toThrow('"john-doe" cannot name an agent: a name must start with a letter');
    });

    test('refuses a keyword of the language', async () => {
        await expect(rename(SMALL, 'doe "John', 'grant')).rejects.toThrow('"grant" is a word of the POA language, so it cannot name an agent. Choose another name.');
    });

    test('refuses a name already taken by another party or term', async () => {
        await expect(rename(SMALL, 'doe "John', 'roe')).rejects.toThrow('"roe" is already used by the agent already named "roe"');
        await expect(rename(SMALL, 'doe "John', 'act1933')).rejects.toThrow(/already used by the standard term/);
    });

    test('prepareRename gives the name range, and says what can be renamed elsewhere', async () => {
        const document = await parse(SMALL);
        const params = (at: string, delta = 1) => ({ textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(SMALL.indexOf(at) + delta) });
        const range = await Poa.lsp.RenameProvider!.prepareRename(document, params('roe "Richard'));
        expect(range).toEqual({ start: { line: 7, character: 14 }, end: { line: 7, character: 17 } });
        expect(() => Poa.lsp.RenameProvider!.prepareRename(document, params('kind section16'))).toThrow(
            'Only the name of a party (principal, agent, issuer), a defined term or a template parameter can be renamed.');
        expect(() => Poa.lsp.RenameProvider!.prepareRename(document, params('sec\n'))).toThrow(/standard term the language knows without a definition/);
    });
});

describe('rename through Langium References service', () => {
    test('from a {name} in wording: the declaration, the cross-reference and the other wording uses change', async () => {
        const text = 'poa X {\n    agents { agent doe "John Doe" }\n    acknowledgment no-assumption by doe worded "\\"{doe}\\" assumes none; {doe} agrees"\n}\n';
        const { result } = await rename(text, '{doe} agrees', 'johnDoe', 2);
        expect(result).toBe('poa X {\n    agents { agent johnDoe "John Doe" }\n    acknowledgment no-assumption by johnDoe worded "\\"{johnDoe}\\" assumes none; {johnDoe} agrees"\n}\n');
    });

    test('a standard term is refused, from a term reference and from {name} in wording, with the reason', async () => {
        const text = 'poa X { grant { comply with act1933 } ratification worded "as {act1933} requires" }';
        const message = '"act1933" is a standard term the language knows without a definition, so it cannot be renamed. Parties, defined terms and template parameters can be renamed.';
        await expect(rename(text, 'act1933 }', 'securitiesAct')).rejects.toThrow(message);
        await expect(rename(text, '{act1933}', 'securitiesAct', 2)).rejects.toThrow(message);
    });

    test('a defined term of the file that shadows a standard term is the file\'s and can be renamed', async () => {
        const text = 'poa X { define sec "the Commission" as "SEC" grant { comply with sec } ratification worded "as {sec} requires" }';
        const { result } = await rename(text, 'sec }', 'commission');
        expect(result).toBe('poa X { define commission "the Commission" as "SEC" grant { comply with commission } ratification worded "as {commission} requires" }');
    });
});
