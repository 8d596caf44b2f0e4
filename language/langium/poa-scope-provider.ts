/**
 * Scopes: a file's own names (poa-scope-computation.ts puts them all on the
 * instrument), and outside them the built-in library of standard terms for
 * term references (`comply with act1934`). Nothing comes from other files:
 * instruments are independent.
 *
 * Langium's default scope is a stream searched name by name; with every name
 * on the root, resolving each of a long instrument's references scanned all
 * of its names (a 5,000-line file with 1,200 term references took seconds to
 * link). Here each reference type gets one name-keyed scope per parse, kept
 * across a re-parse of one clause that left the names as they were.
 */
import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, MultiMap,
    type AstNodeDescription, type LangiumCoreServices, type ReferenceInfo, type Scope
} from 'langium';
import { TermTarget } from '../generated/ast.js';
import { standardTermDescriptions } from '../standard-terms-library.js';
import { earlierScope } from './poa-scope-computation.js';
import { ObjectCache } from '../object-cache.js';

export class PoaScopeProvider extends DefaultScopeProvider {
    /** By the document's local symbols (a new parse computes new ones), then by reference type. */
    private readonly scopes = new ObjectCache<object, Map<string, Scope>>('poa scopes');

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
    }

    override getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const symbols = document.localSymbols;
        if (!symbols) return super.getScope(context);
        const referenceType = this.reflection.getReferenceType(context);
        let byType = this.scopes.get(symbols);
        if (!byType) {
            // The same names of the same nodes as before a clause was re-parsed: the same scopes.
            const earlier = earlierScope(symbols);
            byType = (earlier && this.scopes.get(earlier)) ?? new Map<string, Scope>();
            this.scopes.set(symbols, byType);
        }
        let scope = byType.get(referenceType);
        if (!scope) {
            const root = document.parseResult.value;
            // Reversed, so that of two things with one name the first written wins, as in a stream scope.
            const all = symbols instanceof MultiMap ? symbols.get(root) : symbols.getStream(root).toArray();
            const local: AstNodeDescription[] = [];
            for (let i = all.length - 1; i >= 0; i--) if (this.reflection.isSubtype(all[i].type, referenceType)) local.push(all[i]);
            scope = new MapScope(local, this.getGlobalScope(referenceType, context));
            byType.set(referenceType, scope);
        }
        return scope;
    }

    /** The library of standard terms as one name-keyed scope: it never changes, and its names are the catalog's unique ids. */
    private termLibrary: Scope | undefined;

    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        if (referenceType !== TermTarget.$type) return EMPTY_SCOPE;
        return (this.termLibrary ??= new MapScope(standardTermDescriptions(this.services)));
    }
}
