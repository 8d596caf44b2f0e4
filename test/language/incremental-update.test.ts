/**
 * A document updated after an edit (Langium's document builder, with the
 * factory that re-parses only the edited node) links and checks to exactly
 * what a fresh document of the same text gives: diagnostics, references and
 * the semantic model, edit after edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystemProvider, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../language/generated/ast.js';
import { sharedModel } from '../../language/model/model-cache.js';
import { createPoaServices } from '../../language/poa-module.js';
import { servicesWithFile } from '../helpers.js';

const target = (r: LangiumDocument['references'][number]) => ('ref' in r ? r.ref?.$type : undefined);
const diagnosticsOf = (d: LangiumDocument) => (d.diagnostics ?? []).map((x) => ({ code: x.code, message: x.message, range: x.range }));

describe('a document updated by an edit inside one clause', () => {
    it('gives the diagnostics, references and model of a fresh document, edit after edit', async () => {
        const original = readFileSync(join(__dirname, '..', '..', 'examples', 'hartford-2007-section16.poa'), 'utf8');
        const uri = URI.parse('file:///work/edited.poa');
        let text = original;
        const { shared } = servicesWithFile(uri, () => text);
        const fresh = createPoaServices({ fileSystemProvider: () => new EmptyFileSystemProvider() });
        const document = shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });

        // Typing a name, a date digit and a term's words, a line break in a quoted text, and naming a term the file does not define.
        const edits: [string, string][] = [
            ['"Alan J. Kreczko" {', '"Alan J. Kreczko Jr." {'],
            ['2007-07-26', '2007-07-29'],
            ['defined as "Company"', 'defined as "Corporation"'],
            ['"Alan J. Kreczko Jr."', '"Alan J.\nKreczko Jr."'],
            ['act1933', 'act1933x']
        ];
        let incremental = 0;
        for (const [from, to] of edits) {
            expect(text).toContain(from);
            text = text.replace(from, to);
            const before = document.parseResult.value;
            await shared.workspace.DocumentBuilder.update([uri], []);
            const after = document.parseResult.value;
            expect(after).not.toBe(before);
            if (after.clauses.some((c) => before.clauses.includes(c))) incremental++;

            const other = fresh.shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, URI.parse(`memory:///fresh-${incremental}-${to.length}.poa`));
            fresh.shared.workspace.LangiumDocuments.addDocument(other);
            await fresh.shared.workspace.DocumentBuilder.build([other], { validation: true });
            expect(document.parseResult.value.$cstNode?.root.fullText).toBe(text);
            expect(diagnosticsOf(document)).toEqual(diagnosticsOf(other));
            expect(document.references.map((r) => [r.$refText, target(r), r.$refNode?.range])).toEqual(other.references.map((r) => [r.$refText, target(r), r.$refNode?.range]));
            expect(JSON.stringify(sharedModel(document.parseResult.value))).toBe(JSON.stringify(sharedModel(other.parseResult.value)));
        }
        // Most of these keep the token kinds of one clause: they must have taken the incremental path.
        expect(incremental).toBeGreaterThanOrEqual(3);
    });

    it('links a re-parsed term reference in its place and keeps the links of the rest, as a fresh build does', async () => {
        let text = readFileSync(join(__dirname, '..', '..', 'examples', 'hartford-2007-section16.poa'), 'utf8');
        const uri = URI.parse('file:///work/relinked.poa');
        const { shared } = servicesWithFile(uri, () => text);
        const document = shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const fresh = createPoaServices({ fileSystemProvider: () => new EmptyFileSystemProvider() });
        const linksOf = (d: LangiumDocument) => d.references.map((r) => [r.$refText, target(r), 'error' in r ? r.error?.message : undefined, r.$refNode?.range]);
        // The second of three term references: renamed to the other one, then to a term the file does not define, then back.
        const edits = [['act1933, sec', 'act1934, sec'], ['act1934, sec', 'act19345, sec'], ['act19345, sec', 'act1933, sec']];
        for (const [n, [from, to]] of edits.entries()) {
            const kept = document.references.find((r) => r.$refText === 'sec');
            text = text.replace(from, to);
            await shared.workspace.DocumentBuilder.update([uri], []);
            // The edit re-parsed the one reference: the other references of the file are the same objects, still linked.
            expect(document.references).toContain(kept);
            const other = fresh.shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, URI.parse(`memory:///relinked-${n}.poa`));
            fresh.shared.workspace.LangiumDocuments.addDocument(other);
            await fresh.shared.workspace.DocumentBuilder.build([other], { validation: true });
            expect(linksOf(document)).toEqual(linksOf(other));
            expect(diagnosticsOf(document)).toEqual(diagnosticsOf(other));
        }
    });
});

