/**
 * The index of references (`language/langium/poa-index-manager.ts`) describes
 * a document's references when it is first read rather than after every
 * build: what it answers must be what a fresh build of the same text answers,
 * however many edits went by unread, and nothing of a closed document may stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystemProvider, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../language/generated/ast.js';
import { createPoaServices } from '../../language/poa-module.js';
import { servicesWithFile } from '../helpers.js';

type Services = ReturnType<typeof createPoaServices>;

/** What find references reads from the index for the issuer `hartford`: where each reference is, from where in the tree. */
function issuerReferences({ shared, Poa }: Services, document: LangiumDocument<Instrument>) {
    const issuer = document.parseResult.value.clauses.find((c) => c.$type === 'Issuer')!;
    const path = Poa.workspace.AstNodeLocator.getAstNodePath(issuer);
    return shared.workspace.IndexManager.findAllReferences(issuer, path)
        .map((r) => ({ from: r.sourcePath, offset: r.segment.offset, range: r.segment.range, local: r.local }))
        .toArray();
}

describe('the index of references', () => {
    it('answers as a fresh build of the same text does, after edits it was not asked about', async () => {
        let text = readFileSync(join(__dirname, '..', '..', 'examples', 'hartford-2007-section16.poa'), 'utf8');
        const uri = URI.parse('file:///work/indexed.poa');
        const services = servicesWithFile(uri, () => text);
        const { shared, Poa } = services;
        const document = shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const before = issuerReferences(services, document);
        expect(before.length).toBeGreaterThanOrEqual(2);

        // Two edits, unread in between: lines added above the references move every one of them.
        for (const [from, to] of [['    issuer hartford', '    // a note\n    // another\n    issuer hartford'], ['for hartford securities', 'for  hartford securities']]) {
            text = text.replace(from, to);
            await shared.workspace.DocumentBuilder.update([uri], []);
        }
        const fresh = createPoaServices({ fileSystemProvider: () => new EmptyFileSystemProvider() });
        const other = fresh.shared.workspace.LangiumDocumentFactory.fromString<Instrument>(text, uri);
        fresh.shared.workspace.LangiumDocuments.addDocument(other);
        await fresh.shared.workspace.DocumentBuilder.build([other], { validation: true });
        const after = issuerReferences(services, document);
        expect(after).toEqual(issuerReferences(fresh, other));
        expect(after.length).toBe(before.length);
        expect(after.map((r) => r.range.start.line)).toEqual(before.map((r) => r.range.start.line + 2));
        expect(after.map((r) => text.slice(r.offset, r.offset + 'hartford'.length))).toEqual(after.map(() => 'hartford'));

        // A closed document leaves nothing in the index, described or due.
        const issuer = document.parseResult.value.clauses.find((c) => c.$type === 'Issuer')!;
        const path = Poa.workspace.AstNodeLocator.getAstNodePath(issuer);
        text = text.replace('for  hartford', 'for hartford');
        await shared.workspace.DocumentBuilder.update([uri], []);
        await shared.workspace.DocumentBuilder.update([], [uri]);
        expect(shared.workspace.IndexManager.findAllReferences(issuer, path).toArray()).toEqual([]);
    });
});
