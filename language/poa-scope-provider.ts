/**
 * Scopes: a file's own names (poa-scope-computation.ts), and outside them the
 * built-in library of standard terms for term references (`comply with
 * act1934`). Nothing comes from other files: instruments are independent.
 */
import { DefaultScopeProvider, EMPTY_SCOPE, StreamScope, stream, type LangiumCoreServices, type ReferenceInfo, type Scope } from 'langium';
import { TermTarget } from './generated/ast.js';
import { standardTermDescriptions } from './standard-terms-library.js';

export class PoaScopeProvider extends DefaultScopeProvider {
    constructor(private readonly services: LangiumCoreServices) {
        super(services);
    }

    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        if (referenceType !== TermTarget.$type) return EMPTY_SCOPE;
        return new StreamScope(stream(standardTermDescriptions(this.services)));
    }
}
