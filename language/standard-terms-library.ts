/**
 * The standard terms (act1934, act1933, sec) as a built-in library document:
 * a POA text generated from the catalog (`catalog/standard-terms.ts`), parsed
 * once per set of services and never part of the workspace. Its definitions
 * are the outermost scope of every `comply with` reference
 * (`langium/poa-scope-provider.ts`), so a reference to a standard term is a resolved
 * cross-reference like any other, and a file's own `define act1934 ...`
 * takes precedence over it.
 */
import { URI, type AstNodeDescription, type LangiumCoreServices } from 'langium';
import { STANDARD_TERMS } from './catalog/standard-terms.js';
import { isTermDefinition, type Instrument } from './generated/ast.js';

export const STANDARD_TERMS_URI = URI.parse('poa-library:///standard-terms.poa');

/** The library's source text. */
export function standardTermsSource(): string {
    const quote = (text: string) => JSON.stringify(text);
    const defines = STANDARD_TERMS.map((t) => `    define ${t.id} ${quote(t.meaning)} as ${quote(t.term)}`);
    return `poa StandardTerms {\n${defines.join('\n')}\n}\n`;
}

const libraries = new WeakMap<object, AstNodeDescription[]>();

/** The library's definitions as scope descriptions (parsed on first use, once per services). */
export function standardTermDescriptions(services: LangiumCoreServices): AstNodeDescription[] {
    let descriptions = libraries.get(services);
    if (!descriptions) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Instrument>(standardTermsSource(), STANDARD_TERMS_URI);
        descriptions = document.parseResult.value.clauses.filter(isTermDefinition)
            .map((d) => services.workspace.AstNodeDescriptionProvider.createDescription(d, d.name, document));
        libraries.set(services, descriptions);
    }
    return descriptions;
}

/** True for a node of the built-in library (a standard term, not one the file defines). */
export function isLibraryNode(node: { $document?: { uri: URI } } | undefined, root?: { $document?: { uri: URI } }): boolean {
    const uri = (root ?? node)?.$document?.uri;
    return uri?.toString() === STANDARD_TERMS_URI.toString();
}
