/**
 * Find references: Langium's References service over the reference index,
 * which holds the cross-references and the `{name}` uses in worded overrides;
 * the name under the cursor may itself be a `{name}` in wording.
 */
import type { LangiumDocument } from 'langium';
import { DefaultReferencesProvider, type LangiumServices } from 'langium/lsp';
import { Location, type ReferenceParams } from 'vscode-languageserver';
import { poaReferences, type PoaReferences } from '../language/langium/poa-references.js';

export class PoaReferencesProvider extends DefaultReferencesProvider {
    private readonly poaReferences: PoaReferences;

    constructor(services: LangiumServices) {
        super(services);
        this.poaReferences = poaReferences(services);
    }

    override findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const at = this.poaReferences.findDeclarationsAt(document, document.textDocument.offsetAt(params.position));
        const options = { includeDeclaration: params.context.includeDeclaration };
        return (at?.targets ?? [])
            .flatMap((target) => this.references.findReferences(target, options).toArray())
            .sort((a, b) => a.segment.offset - b.segment.offset)
            .map((r) => Location.create(r.sourceUri.toString(), r.segment.range));
    }
}
