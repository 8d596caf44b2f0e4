/**
 * The index of references, filled when it is first read. Langium describes
 * every reference of a document after each build (its path in the tree, its
 * range, its target), to answer find references, highlight and rename; on a
 * 5,000-line instrument that was a third of the work of a keystroke, spent
 * whether or not anyone asks. Here a build only notes that the document's
 * descriptions are due, and they are made the first time the index is read
 * (find references, or Langium's question whether a change affects another
 * document), from the document's references as its build linked them (no
 * later phase changes them). A document being rebuilt keeps the entry it was
 * last described with until its build has linked it again; Langium's
 * requests on a document wait for that phase anyway.
 */
import { DefaultIndexManager, DocumentState, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import { PoaReferenceDescriptionProvider } from './poa-reference-index.js';

export class PoaIndexManager extends DefaultIndexManager {
    /** Documents whose references were linked by a build but are not described yet, by URI. */
    private readonly due = new Map<string, { document: LangiumDocument; provider: PoaReferenceDescriptionProvider }>();

    override async updateReferences(document: LangiumDocument, cancelToken?: Parameters<DefaultIndexManager['updateReferences']>[1]): Promise<void> {
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (!(provider instanceof PoaReferenceDescriptionProvider)) return super.updateReferences(document, cancelToken);
        this.due.set(document.uri.toString(), { document, provider });
    }

    override removeReferences(uri: URI): void {
        this.due.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.describeDue();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.describeDue();
        return super.isAffected(document, changedUris);
    }

    /** Describes the due documents whose build has linked them; one being rebuilt keeps its entry until then. */
    private describeDue(): void {
        for (const [uri, { document, provider }] of this.due) {
            if (document.state < DocumentState.IndexedReferences) continue;
            this.referenceIndex.set(uri, provider.descriptionsOf(document));
            this.due.delete(uri);
        }
    }
}
