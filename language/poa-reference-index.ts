/**
 * No workspace index of references. Langium records every resolved reference
 * of every document so that it can re-link the documents that point into a
 * changed one and answer "find references" across files. POA files never
 * point into each other (nothing is exported: `poa-scope-computation.ts`),
 * and the server finds references within a file on its own
 * (`server/symbol-index.ts`), so the index would only cost one more walk over
 * the whole tree after every keystroke (with a cancellation check per node).
 */
import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';

export class PoaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(_document: LangiumDocument): Promise<ReferenceDescription[]> {
        return [];
    }
}
