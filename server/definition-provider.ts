/**
 * Go to definition: Langium's, over the cross-references, plus `{name}` inside
 * a `worded` override (`language/wording-links.ts`). A standard term has no
 * definition in a file the user can open, so it goes nowhere.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import { DefaultDefinitionProvider, type LangiumServices } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import { poaReferences, type PoaReferences } from '../language/langium/poa-references.js';
import { STANDARD_TERMS_URI } from '../language/standard-terms-library.js';

export class PoaDefinitionProvider extends DefaultDefinitionProvider {
    private readonly poaReferences: PoaReferences;

    constructor(services: LangiumServices) {
        super(services);
        this.poaReferences = poaReferences(services);
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const at = this.poaReferences.findDeclarationsAt(document, document.textDocument.offsetAt(params.position));
        if (!at) return undefined;
        const links = at.targets.flatMap((target) => {
            const targetDocument = AstUtils.getDocument(target);
            const name = this.nameProvider.getNameNode(target) ?? target.$cstNode;
            if (!target.$cstNode || !name || targetDocument.uri.toString() === STANDARD_TERMS_URI.toString()) return [];
            return [LocationLink.create(targetDocument.textDocument.uri, target.$cstNode.range, name.range, at.origin.range)];
        });
        return links.length > 0 ? links : undefined;
    }
}
