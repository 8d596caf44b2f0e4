/**
 * A cross-reference (`comply with act1934`) as the linker builds it while the
 * parser reads the file: Langium's (`DefaultLinker.buildReference`, Langium
 * 4.2), the same fields and the same lazy resolution, as an instance of a class
 * instead of an object literal with getters.
 *
 * Why: every object literal with getters gets new getter functions and, in V8,
 * a hidden class of its own, kept in the old generation until the next full
 * garbage collection. Those getters close over the reference's node and syntax
 * node, so each document that had a reference stayed alive through every minor
 * collection and was copied into the old generation: in `poa render` of one
 * instrument after another, about 70 KB per document, and most of the garbage
 * collector's time. With the getters on a prototype, a finished document is
 * garbage at the next minor collection. (The same holds for the descriptions of
 * `poa-node-descriptions.ts`.)
 */
import { AstUtils, DocumentState, isAstNode, isAstNodeDescription, isLinkingError, RefResolving, type AstNode, type AstNodeDescription, type CstNode, type LinkingError, type Reference, type ReferenceInfo } from 'langium';

/** The linker's members a reference calls while it resolves (protected in Langium's `DefaultLinker`). */
export interface ResolvingLinker {
    getLinkedNode(refInfo: ReferenceInfo): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError };
    loadAstNode(nodeDescription: AstNodeDescription): AstNode | undefined;
    createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError;
    throwCyclicReferenceError(node: AstNode, property: string, refText: string): never;
}

export class PoaReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    _nodeDescription: AstNodeDescription | undefined = undefined;

    // Private (#): a reference's own properties stay those of Langium's.
    readonly #linker: ResolvingLinker;
    readonly #node: AstNode;
    readonly #property: string;

    constructor(linker: ResolvingLinker, node: AstNode, property: string, readonly $refNode: CstNode | undefined, readonly $refText: string) {
        this.#linker = linker;
        this.#node = node;
        this.#property = property;
    }

    get ref(): AstNode | undefined {
        if (isAstNode(this._ref)) {
            return this._ref; // the usual case: resolved already
        } else if (isAstNodeDescription(this._nodeDescription)) {
            // A candidate was found before, but its node is not loaded yet.
            const linkedNode = this.#linker.loadAstNode(this._nodeDescription);
            this._ref = linkedNode ?? this.#linker.createLinkingError(this.info(), this._nodeDescription);
        } else if (this._ref === undefined) {
            // Not linked yet: link it now.
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(this.#node).$document;
            const refData = this.#linker.getLinkedNode(this.info());
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scope is not ready: leave it unlinked, so that the linker tries again later.
                this._ref = undefined;
                return undefined;
            }
            this._ref = refData.node ?? refData.error;
            this._nodeDescription = refData.descr;
            document?.references.push(this);
        } else if (this._ref === RefResolving) {
            this.#linker.throwCyclicReferenceError(this.#node, this.#property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }

    private info(): ReferenceInfo {
        return { reference: this, container: this.#node, property: this.#property };
    }
}
