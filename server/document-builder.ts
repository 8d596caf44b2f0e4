/**
 * Langium's document builder, with the per-edit work over the other files of
 * the workspace cut down. After an edit Langium asks of every other document
 * whether it must be relinked (it has a linking error, or refers to the
 * changed file) and whether its last build left a validation category out;
 * in a workspace of 1,000 files those two questions cost more than
 * re-checking the edited file. POA files never refer to one another (every
 * name is visible in its own file only, `language/langium/poa-scope-computation.ts`),
 * so no edit can change how another file links; and a document whose
 * completed build ran every category the update asks for is remembered until
 * it is built again.
 */
import { DefaultDocumentBuilder, type BuildOptions, type LangiumDocument } from 'langium';

export class PoaDocumentBuilder extends DefaultDocumentBuilder {
    /** Build states (replaced on every build of a document) known to hold every category for the given options. */
    private readonly complete = new WeakMap<object, BuildOptions | undefined>();

    protected override shouldRelink(): boolean {
        return false;
    }

    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const state = this.buildState.get(document.uri.toString());
        if (state?.completed && this.complete.has(state) && this.complete.get(state) === options) return false;
        const incomplete = super.resultsAreIncomplete(document, options);
        if (!incomplete && state?.completed) this.complete.set(state, options);
        return incomplete;
    }
}
