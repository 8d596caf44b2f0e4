/**
 * The custom request `poa/catalog` (types in `protocol.ts`): the clause
 * registry and the jurisdiction table for the editor, so the client copies
 * neither, and, for a place in an open document, the snippets that fit there.
 */
import type { LangiumSharedCoreServices } from 'langium';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { CLAUSES } from '../language/registry/clause-registry.js';
import { clausesFor } from '../language/registry/clause-choices.js';
import { JURISDICTIONS } from '../language/rules/jurisdictions.js';
import { CatalogRequest, type CatalogParams, type CatalogResult } from './protocol.js';

export function registerCatalogRequest(shared: LangiumSharedCoreServices, connection: Connection): void {
    connection.onRequest(CatalogRequest, (params) => {
        try {
            return catalog(params, (uri) => shared.workspace.TextDocuments?.get(uri)?.getText());
        } catch (err) {
            if (err instanceof ResponseError) return err;
            throw err;
        }
    });
}

/** A jurisdiction's name as a choice in a list: "New York", "District of Columbia", "Federal securities law". */
function choiceName(name: string): string {
    const plain = name.replace(/^the /, '');
    return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** The answer to `poa/catalog`; `textOf` gives an open document's text by URI. */
export function catalog(params: CatalogParams | undefined, textOf: (uri: string) => string | undefined): CatalogResult {
    const result: CatalogResult = {
        clauses: CLAUSES.map((c) => ({ id: c.id, keyword: c.keyword, name: c.name, snippet: c.snippet, kinds: [...c.kinds] })),
        jurisdictions: JURISDICTIONS.map((j) => ({ id: j.id, name: choiceName(j.name) }))
    };
    const { uri, offset } = params ?? {};
    if (uri === undefined && offset === undefined) return result;
    if (typeof uri !== 'string' || uri.length === 0) throw new ResponseError(ErrorCodes.InvalidParams, 'With "offset", the request needs the document URI as "uri" (a string).');
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw new ResponseError(ErrorCodes.InvalidParams, '"offset" must be a whole number, the place in the document.');
    const text = textOf(uri);
    if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `No POA document is open at ${uri}.`);
    return { ...result, choices: clausesFor(text, Math.min(offset, text.length)) };
}
