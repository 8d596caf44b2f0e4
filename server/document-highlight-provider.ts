/**
 * Document highlight: Langium's, from the References service, with the name
 * under the cursor possibly a `{name}` in wording; the declaration is marked as
 * a write and the uses as reads.
 */
import type { LangiumDocument, ReferenceDescription } from 'langium';
import { DefaultDocumentHighlightProvider, type LangiumServices } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams } from 'vscode-languageserver';
import { poaReferences, type PoaReferences } from '../language/langium/poa-references.js';

export class PoaDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    private readonly poaReferences: PoaReferences;

    constructor(services: LangiumServices) {
        super(services);
        this.poaReferences = poaReferences(services);
    }

    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const at = this.poaReferences.findDeclarationsAt(document, document.textDocument.offsetAt(params.position));
        if (!at) return undefined;
        const options = { documentUri: document.uri, includeDeclaration: true };
        return at.targets
            .flatMap((target) => this.references.findReferences(target, options).toArray())
            .sort((a, b) => a.segment.offset - b.segment.offset)
            .map((r) => this.createDocumentHighlight(r));
    }

    protected override createDocumentHighlight(reference: ReferenceDescription): DocumentHighlight {
        const declaration = reference.sourcePath === reference.targetPath && reference.sourceUri.toString() === reference.targetUri.toString();
        return DocumentHighlight.create(reference.segment.range, declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read);
    }
}
