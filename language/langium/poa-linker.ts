/**
 * Langium's linker with its walk replaced: the references are listed by a
 * plain loop (`ast-walk.ts`) and linked one by one, checking for cancellation
 * every 200 references instead of awaiting once per node of the tree. Which
 * references are linked, in which order, and how each is resolved
 * (`doLink`) are Langium's own.
 *
 * After an edit that re-parsed one clause (`incremental-parse.ts`), the other
 * clauses are the previous tree's nodes. When the scope is the one they were
 * linked in (the same names of the same nodes: `sameScope`), their links are
 * what linking them again would give, so they are kept and only the edited
 * clause is linked again. Anything else (a full parse, a changed name, a link
 * that was cancelled) unlinks and links every reference, as Langium does.
 *
 * The references it builds are `poa-reference.ts`'s: Langium's, as a class (see there why).
 */
import { Cancellation, DefaultLinker, interruptAndCheck, type AstNode, type CstNode, type LangiumDocument, type LocalSymbols, type Reference, type ReferenceInfo } from 'langium';
import { referencesIn } from './ast-walk.js';
import { PoaReference, type ResolvingLinker } from './poa-reference.js';
import { reparsedFrom, treeId, type ReparsedFrom } from './incremental-parse.js';
import { clausesOf, sameScope } from './poa-scope-computation.js';
import { ObjectCache } from '../object-cache.js';

/** References linked between two checks for cancellation. */
const CHECK_EVERY = 200;

type LinkedReference = LangiumDocument['references'][number];

/** The last completed link of a document: its tree, its scope, and the references it linked, clause by clause. */
interface Linked {
    tree: number;
    symbols: LocalSymbols | undefined;
    byClause: LinkedReference[][];
}

export class PoaLinker extends DefaultLinker {
    private readonly linked = new ObjectCache<LangiumDocument, Linked>('poa linked');

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new PoaReference(this as unknown as ResolvingLinker, node, property, refNode, refText);
    }

    /**
     * Called before every re-parse. The references of the last completed link stay resolved until `link`
     * sees the new tree: it keeps those of the clauses the edit did not touch, or unlinks them all.
     */
    override unlink(document: LangiumDocument): void {
        if (!this.linked.has(document)) super.unlink(document);
        else document.references = [];
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const before = this.linked.get(document);
        this.linked.delete(document);
        if (this.profiler?.isActive('linking')) {
            this.forget(before);
            return super.link(document, cancelToken); // Langium's profiled walk
        }
        const root = document.parseResult.value;
        const clauses = clausesOf(root);
        const from = reparsedFrom(root);
        if (clauses && from && before && before.tree === from.previous && before.byClause.length === clauses.length && sameScope(document.localSymbols, before.symbols)) {
            await interruptAndCheck(cancelToken);
            const byClause = before.byClause.slice();
            byClause[from.clause] = this.relinkReplaced(before.byClause[from.clause], from.replaced, document) ?? this.relinkClause(before.byClause[from.clause], clauses[from.clause], document);
            document.references = byClause.flat();
            this.linked.set(document, { tree: treeId(root), symbols: document.localSymbols, byClause });
            return;
        }
        this.forget(before);
        // Everything: a tree re-parsed in part may hold references still linked in the previous scope.
        const byClause: LinkedReference[][] = [];
        const groups = clauses ? clauses.map((c) => referencesIn(c)) : [referencesIn(root)];
        for (const group of groups) for (const info of group) resetReference(info.reference);
        document.references = [];
        await interruptAndCheck(cancelToken);
        let count = 0;
        for (const group of groups) {
            const start = document.references.length;
            for (const info of group) {
                if (++count % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
                this.doLink(info, document);
            }
            byClause.push(document.references.slice(start));
        }
        if (clauses) this.linked.set(document, { tree: treeId(root), symbols: document.localSymbols, byClause });
    }

    /** The edited clause: its references (old and new) unlinked and linked again. */
    private relinkClause(linked: readonly LinkedReference[], clause: AstNode, document: LangiumDocument): LinkedReference[] {
        for (const reference of linked) resetReference(reference);
        const edited = referencesIn(clause);
        for (const info of edited) resetReference(info.reference);
        return this.linkAll(edited, document);
    }

    /**
     * A node re-parsed inside the clause: the clause's links with those of the replaced node swapped for the new
     * node's, in their place (the two have the same shape, so the same number of references at the same place in
     * the walk); undefined when that place is not known.
     */
    private relinkReplaced(linked: readonly LinkedReference[], replaced: ReparsedFrom['replaced'], document: LangiumDocument): LinkedReference[] | undefined {
        if (!replaced) return undefined;
        const old = new Set<LinkedReference>(referencesIn(replaced.before).map((info) => info.reference));
        const fresh = referencesIn(replaced.after);
        const at = linked.findIndex((r) => old.has(r));
        if (fresh.length > 0 && at < 0) return undefined;
        for (const reference of old) resetReference(reference);
        for (const info of fresh) resetReference(info.reference);
        const kept = linked.filter((r) => !old.has(r));
        if (fresh.length === 0) return kept;
        return [...kept.slice(0, at), ...this.linkAll(fresh, document), ...kept.slice(at)];
    }

    /** Links `references` (no cancellation: one clause) and answers those it linked, in order. */
    private linkAll(references: readonly ReferenceInfo[], document: LangiumDocument): LinkedReference[] {
        const start = document.references.length;
        for (const info of references) this.doLink(info, document);
        const linked = document.references.slice(start);
        document.references.length = start;
        return linked;
    }

    /** Unlinks the references of a link whose tree is not being kept. */
    private forget(before: Linked | undefined): void {
        if (before) for (const group of before.byClause) for (const reference of group) resetReference(reference);
    }
}

/** Langium's `unlink` of one reference. */
function resetReference(reference: LinkedReference): void {
    const r = reference as unknown as Record<string, unknown>;
    if (reference instanceof PoaReference) {
        reference._ref = undefined;
        reference._nodeDescription = undefined; // a field of the class: not deleted, as Langium's is
    } else if ('_ref' in r) {
        r._ref = undefined;
        delete r._nodeDescription;
    } else if ('_items' in r) {
        r._items = undefined;
        delete r._linkingError;
    }
}
