/**
 * Langium's References service over the POA reference index
 * (`poa-reference-index.ts`), which also records `{name}` in worded
 * overrides. Two additions: what the name at an offset refers to, including a
 * `{name}` inside a string (`findDeclarationsAt`, read by the server's
 * definition, references, highlight and rename providers), and no
 * "declaration" for a standard term, whose definition lives in the built-in
 * library rather than in a file the user can open.
 */
import { AstUtils, CstUtils, DefaultReferences, type AstNode, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription } from 'langium';
import { isLibraryNode } from '../standard-terms-library.js';
import { wordingUseAt } from '../wording-links.js';

export interface DeclarationsAt {
    /** The names the text at the offset refers to (or declares). */
    targets: AstNode[];
    /** The name written at the offset: a declaration's name, a cross-reference or a `{name}` in wording. */
    origin: { offset: number; end: number; range: ReferenceDescription['segment']['range'] };
}

export class PoaReferences extends DefaultReferences {
    constructor(private readonly services: LangiumCoreServices) {
        super(services);
    }

    /** What the name at the offset stands for, with the name's place in the file; undefined where no name is written. */
    findDeclarationsAt(document: LangiumDocument, offset: number): DeclarationsAt | undefined {
        const use = wordingUseAt(this.services, document, offset);
        if (use) {
            const target = use.target?.node;
            return { targets: target ? [target] : [], origin: use.segment };
        }
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const targets = this.findDeclarations(leaf);
        return targets.length > 0 ? { targets, origin: leaf } : undefined;
    }

    protected override getSelfReferences(targetNode: AstNode): ReferenceDescription[] {
        return isLibraryNode(AstUtils.findRootNode(targetNode)) ? [] : super.getSelfReferences(targetNode);
    }
}

/** The References service of a set of POA services. */
export function poaReferences(services: LangiumCoreServices): PoaReferences {
    return services.references.References as PoaReferences;
}
