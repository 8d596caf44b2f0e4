/**
 * The plain walks of `language/langium/ast-walk.ts` (used by the linker and the
 * scope computation) visit exactly what Langium's streams visit, in the same
 * order, on every example; and the linker still stops when its build is cancelled.
 */
import { join } from 'node:path';
import { AstUtils, Cancellation, OperationCancelled, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { descendants, descendantsKept, referencesIn } from '../../language/langium/ast-walk.js';
import { loadPoa, poaServices } from '../../language/poa-document.js';
import { poaFiles, ROOT, readExample } from '../helpers.js';

const EXAMPLES = poaFiles(join(ROOT, 'examples')).map((p) => p.slice(join(ROOT, 'examples').length + 1));

describe('the plain tree walks', () => {
    it('finds examples to walk', () => {
        expect(EXAMPLES.length).toBeGreaterThan(10);
    });

    it.each(EXAMPLES)('%s: the same nodes and references as Langium\'s streams, in the same order', async (name) => {
        const { document } = await loadPoa(readExample(name), { validate: false });
        const root: AstNode = document.parseResult.value;
        const streamed = AstUtils.streamAllContents(root).toArray();
        expect(streamed.length).toBeGreaterThan(5);
        const walked = descendants(root);
        expect(walked.length).toBe(streamed.length);
        walked.forEach((node, i) => expect(node).toBe(streamed[i]));

        const streamedRefs = AstUtils.streamAst(root).flatMap((node) => AstUtils.streamReferences(node)).toArray();
        const walkedRefs = referencesIn(root);
        expect(walkedRefs.length).toBe(streamedRefs.length);
        walkedRefs.forEach((info, i) => {
            const expected = streamedRefs[i];
            expect(info.reference).toBe(expected.reference);
            expect(info.container).toBe(expected.container);
            expect(info.property).toBe(expected.property);
            expect(info.index).toBe(expected.index);
        });
    });

    it('the linker reads the walk the scope computation kept, once, and gives the same references as a walk of its own', async () => {
        const { document } = await loadPoa(readExample('hartford-2007-section16.poa'), { validate: false });
        const root: AstNode = document.parseResult.value;
        const fresh = referencesIn(root).map((r) => [r.reference, r.container, r.property, r.index]);
        const nodes = descendantsKept(root);
        // A node dropped from the kept list would drop its references: the list is what is read.
        const withReference = nodes.findIndex((n) => referencesIn(n).some((r) => r.container === n));
        expect(withReference).toBeGreaterThanOrEqual(0);
        nodes.splice(withReference, 1);
        expect(referencesIn(root).length).toBeLessThan(fresh.length);
        // Read once: the next walk is a walk of its own.
        expect(referencesIn(root).map((r) => [r.reference, r.container, r.property, r.index])).toEqual(fresh);
        descendantsKept(root);
        expect(referencesIn(root).map((r) => [r.reference, r.container, r.property, r.index])).toEqual(fresh);
    });

    it('has references to walk in the reference instrument', async () => {
        const { document } = await loadPoa(readExample('hartford-2007-section16.poa'), { validate: false });
        expect(referencesIn(document.parseResult.value).length).toBeGreaterThan(3);
    });

    it('the linker stops with OperationCancelled when its build is cancelled', async () => {
        const { document } = await loadPoa(readExample('hartford-2007-section16.poa'), { validate: false });
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        await expect(poaServices().Poa.references.Linker.link(document, source.token)).rejects.toBe(OperationCancelled);
        await expect(poaServices().Poa.references.ScopeComputation.collectLocalSymbols(document, source.token)).rejects.toBe(OperationCancelled);
    });
});
