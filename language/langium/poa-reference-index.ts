/**
 * The reference index: every resolved reference of a document, so that
 * Langium's References service answers find references, highlight and rename.
 * Langium's default walks the whole tree for it after every edit, with a
 * cancellation check per node; the linker has already listed the document's
 * cross-references (`document.references`), so they are read from there, and
 * the `{name}` uses inside worded overrides, which Langium cannot see, are
 * added from `wording-links.ts`. POA files never point into each other, so
 * every entry is local (or points into the built-in library of standard terms).
 */
import {
    DefaultReferenceDescriptionProvider, UriUtils, isReference,
    type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { wordingUses } from '../wording-links.js';

export class PoaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument): Promise<ReferenceDescription[]> {
        return this.descriptionsOf(document);
    }

    /** The document's reference descriptions, at once (`poa-index-manager.ts` asks for them when they are first needed). */
    descriptionsOf(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        const add = (sourcePath: string, target: AstNodeDescription, segment: DocumentSegment) => descriptions.push({
            sourceUri: document.uri, sourcePath, targetUri: target.documentUri, targetPath: target.path, segment,
            local: UriUtils.equals(target.documentUri, document.uri)
        });
        for (const reference of document.references) {
            if (!isReference(reference) || reference.error || !reference.$refNode || !reference.$nodeDescription) continue;
            add(this.locator.getAstNodePath(reference.$refNode.astNode), reference.$nodeDescription, {
                offset: reference.$refNode.offset, end: reference.$refNode.end, length: reference.$refNode.length, range: reference.$refNode.range
            });
        }
        for (const use of wordingUses(this.services, document)) {
            if (use.target) add(this.locator.getAstNodePath(use.wording), use.target, use.segment);
        }
        return descriptions;
    }
}
