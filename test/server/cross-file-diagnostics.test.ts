/**
 * Cross-file findings (two powers in force for the same principal and issuer)
 * are part of each document's diagnostics: `poa/status` and the status bar
 * count them, and a document validated again keeps them instead of losing
 * them until the next cross-file run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { createPoaLspServices } from '../../server/poa-lsp-module.js';
import { registerCrossFileChecks, workspaceCheck } from '../../server/cross-file-checks.js';
import { RenderRequestHandler } from '../../server/render-request.js';
import { FIXTURES } from '../checks/check-helpers.js';

const dir = join(FIXTURES, 'overlapping-powers');
const older = readFileSync(join(dir, 'kreczko-2007.poa'), 'utf8');
const newer = readFileSync(join(dir, 'kreczko-2008.poa'), 'utf8');
const uriA = 'file:///w/kreczko-2007.poa';
const uriB = 'file:///w/kreczko-2008.poa';

const { shared, Poa } = createPoaLspServices(EmptyFileSystem);
const published: PublishDiagnosticsParams[] = [];
registerCrossFileChecks(shared, { sendDiagnostics: async (p: PublishDiagnosticsParams) => { published.push(p); } }, workspaceCheck(() => ({ today: '2025-06-30' })));

const overlapping = (d: LangiumDocument) => (d.diagnostics ?? []).filter((x) => x.code === 'poa/overlapping-powers');
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

let a: LangiumDocument;
let b: LangiumDocument;

beforeAll(async () => {
    Poa.poa.clock.today = '2025-06-30';
    const factory = shared.workspace.LangiumDocumentFactory;
    a = factory.fromString(older, URI.parse(uriA));
    b = factory.fromString(newer, URI.parse(uriB));
    shared.workspace.LangiumDocuments.addDocument(a);
    shared.workspace.LangiumDocuments.addDocument(b);
    await shared.workspace.DocumentBuilder.build([a, b], { validation: true });
    await settle();
});

describe('cross-file findings in document.diagnostics', () => {
    test('each document carries the overlap in its own diagnostics, and publishes them with its own', () => {
        expect(overlapping(a)).toHaveLength(1);
        expect(overlapping(b)).toHaveLength(1);
        const lastA = published.filter((p) => p.uri === uriA).at(-1)!;
        expect(lastA.diagnostics.filter((d) => d.code === 'poa/overlapping-powers')).toHaveLength(1);
        expect(lastA.diagnostics.length).toBe(a.diagnostics!.length);
    });

    test('poa/status counts them', async () => {
        const status = await new RenderRequestHandler(shared).status({ uri: uriA });
        expect(status.warnings).toBe((a.diagnostics ?? []).filter((d) => d.severity === 2).length);
        expect(status.warnings).toBeGreaterThanOrEqual(1);
    });

    test('a document validated again keeps them, before the next cross-file run', async () => {
        const again = shared.workspace.LangiumDocumentFactory.fromString(older, URI.parse(uriA));
        shared.workspace.LangiumDocuments.deleteDocument(URI.parse(uriA));
        shared.workspace.LangiumDocuments.addDocument(again);
        await shared.workspace.DocumentBuilder.build([again], { validation: true });
        expect(overlapping(again)).toHaveLength(1);
        await settle();
        // After the run: still one, not two.
        expect(overlapping(shared.workspace.LangiumDocuments.getDocument(URI.parse(uriA))!)).toHaveLength(1);
    });
});
