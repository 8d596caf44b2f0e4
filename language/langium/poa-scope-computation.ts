/**
 * Scoping: every named thing in a POA (parties, parameters, defined terms) is
 * visible throughout its own file and nowhere else. Instruments are
 * independent documents, so nothing is exported to the global scope.
 *
 * The names are collected clause by clause. After an edit that re-parsed one
 * clause (`incremental-parse.ts`), the other clauses are the previous tree's
 * nodes, so their names are kept and only the edited clause is walked again;
 * when its names are the same nodes with the same names as before, the scope is
 * the one the previous tree had, which the linker reads (`sameScope`) to keep
 * the links of the other clauses (`poa-linker.ts`).
 */
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck } from 'langium';
import type { Instrument } from '../generated/ast.js';
import { descendants, descendantsKept, keepWalk } from './ast-walk.js';
import { reparsedFrom, treeId } from './incremental-parse.js';
import { ObjectCache } from '../object-cache.js';

/** Nodes visited between two checks for cancellation. */
const CHECK_EVERY = 500;

/** The names of the last tree whose scope was computed, per document: the instrument node and each clause's names. */
interface Collected {
    tree: number;
    symbols: LocalSymbols;
    byClause: AstNodeDescription[][];
}

/**
 * Local symbols that name the same nodes by the same names as earlier ones, mapped to the first of them (one
 * step, so that no chain of earlier symbols is kept alive).
 */
const equivalent = new ObjectCache<LocalSymbols, LocalSymbols>('poa equivalent symbols');

/** The first local symbols that `symbols` are equivalent to (`sameScope`), if any. */
export function earlierScope(symbols: LocalSymbols): LocalSymbols | undefined {
    return equivalent.get(symbols);
}

/** Whether `symbols` give every reference the target `before` gave it (the same names of the same nodes). */
export function sameScope(symbols: LocalSymbols | undefined, before: LocalSymbols | undefined): boolean {
    if (symbols === undefined || before === undefined) return false;
    return symbols === before || (equivalent.get(symbols) ?? symbols) === (equivalent.get(before) ?? before);
}

export class PoaScopeComputation extends DefaultScopeComputation {
    private readonly collected = new ObjectCache<LangiumDocument, Collected>('poa collected symbols');

    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    /**
     * Langium's walk, as a plain loop (`ast-walk.ts`) that checks for cancellation every 500 nodes instead of
     * awaiting once per node: the same symbols in the same order, without an iterator and a promise per node.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const clauses = clausesOf(root);
        const before = this.collected.get(document);
        this.collected.delete(document);
        const from = reparsedFrom(root);
        await interruptAndCheck(cancelToken);
        const byClause: AstNodeDescription[][] = [];
        let same = false;
        if (clauses && from && before && before.tree === from.previous && before.byClause.length === clauses.length) {
            // A node re-parsed inside the clause that names nothing, before or after: the clause's names are as they were.
            const unnamed = from.replaced && !this.names(from.replaced.before) && !this.names(from.replaced.after);
            for (let i = 0; i < clauses.length; i++) byClause.push(i === from.clause && !unnamed ? this.clauseSymbols(clauses[i], document) : before.byClause[i]);
            same = sameNames(byClause[from.clause], before.byClause[from.clause]);
        } else if (clauses) {
            let visited = 0;
            // The clauses are all the root holds (`clausesOf`), so their walks in order are the whole tree's walk:
            // kept for the linker, which walks the same tree next.
            const walk: AstNode[] = [];
            for (const clause of clauses) {
                byClause.push(this.clauseSymbols(clause, document, walk));
                visited += byClause[byClause.length - 1].length + 1;
                if (visited > CHECK_EVERY) {
                    visited = 0;
                    await interruptAndCheck(cancelToken);
                }
            }
            keepWalk(root, walk);
        } else {
            return this.collectWhole(document, cancelToken);
        }
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const names of byClause) for (const d of names) symbols.add(root, d);
        if (same && before) equivalent.set(symbols, equivalent.get(before.symbols) ?? before.symbols);
        this.collected.set(document, { tree: treeId(root), symbols, byClause });
        return symbols;
    }

    /** The names of one clause and the nodes under it, in the order of the walk of the whole tree. */
    private clauseSymbols(clause: AstNode, document: LangiumDocument, walk?: AstNode[]): AstNodeDescription[] {
        const out: AstNodeDescription[] = [];
        const add = (node: AstNode) => {
            walk?.push(node);
            const name = this.nameProvider.getName(node);
            if (name !== undefined) out.push(this.descriptions.createDescription(node, name, document));
        };
        add(clause);
        for (const node of descendants(clause)) add(node);
        return out;
    }

    /** Whether the node or a node under it has a name. */
    private names(node: AstNode): boolean {
        return this.nameProvider.getName(node) !== undefined || descendants(node).some((n) => this.nameProvider.getName(n) !== undefined);
    }

    private async collectWhole(document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        // Kept for the linker, which walks the same tree next (ast-walk.ts).
        const nodes = descendantsKept(document.parseResult.value);
        await interruptAndCheck(cancelToken);
        for (let i = 0; i < nodes.length; i++) {
            if (i > 0 && i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const name = this.nameProvider.getName(node);
        if (name === undefined) return;
        const root = AstUtils.findRootNode(node);
        if (root === node) return;
        symbols.add(root, this.descriptions.createDescription(node, name, document));
    }
}

/** The same nodes under the same names, in the same order. */
function sameNames(a: readonly AstNodeDescription[], b: readonly AstNodeDescription[]): boolean {
    return a.length === b.length && a.every((d, i) => d.node === b[i].node && d.name === b[i].name && d.type === b[i].type);
}

/**
 * The clauses of an instrument whose only child nodes are its clauses (then its walk is the clauses' walks in
 * turn, and what is collected per clause is what the walk of the whole tree collects), else undefined.
 */
export function clausesOf(root: AstNode): readonly AstNode[] | undefined {
    if (root.$type !== 'Instrument') return undefined;
    for (const key in root) {
        if (key.startsWith('$') || key === 'clauses') continue;
        const value = (root as unknown as Record<string, unknown>)[key];
        if (typeof value === 'object' && value !== null) return undefined;
    }
    return (root as Instrument).clauses;
}
