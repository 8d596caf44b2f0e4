/**
 * Langium's linker with its walk replaced: the references are listed by a
 * plain loop (`ast-walk.ts`) and linked one by one, checking for cancellation
 * every 200 references instead of awaiting once per node of the tree. Which
 * references are linked, in which order, and how each is resolved
 * (`doLink`) are Langium's own.
 */
import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { referencesIn } from './ast-walk.js';

/** References linked between two checks for cancellation. */
const CHECK_EVERY = 200;

export class PoaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken); // Langium's profiled walk
        const references = referencesIn(document.parseResult.value);
        await interruptAndCheck(cancelToken);
        for (let i = 0; i < references.length; i++) {
            if (i > 0 && i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i], document);
        }
    }
}
