/**
 * The names a POA file declares (parties, defined terms, template parameters)
 * and every place each is used, as hover, semantic tokens and completion read
 * them. Nothing is looked up by text here: the declarations are the file's
 * scope (`language/langium/poa-scope-computation.ts`) and the standard terms of the
 * built-in library, the uses are the linker's resolved cross-references and
 * the resolved `{name}` uses in worded overrides (`language/wording-links.ts`),
 * the same entries the reference index gives Langium's References service for
 * definition, references, highlight and rename.
 */
import { isReference, type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { standardTermDescriptions } from '../language/standard-terms-library.js';
import { wordingUses } from '../language/wording-links.js';

export type SymbolKind = 'principal' | 'agent' | 'issuer' | 'defined-term' | 'parameter' | 'standard-term';

export interface Span {
    offset: number;
    length: number;
}

export interface PoaSymbol {
    name: string;
    kind: SymbolKind;
    /** The declaring node (for a standard term, its definition in the built-in library). */
    node?: AstNode;
    /** Where the name is declared in the file (none for a standard term). */
    declaration?: Span;
    usages: Span[];
}

const KIND: Record<string, SymbolKind> = { Principal: 'principal', Agent: 'agent', Issuer: 'issuer', TermDefinition: 'defined-term', Parameter: 'parameter' };

const cache = new WeakMap<LangiumDocument, { version: number; root: AstNode; index: SymbolIndex }>();

export class SymbolIndex {
    readonly symbols: PoaSymbol[] = [];
    private readonly byNode = new Map<AstNode, PoaSymbol>();

    /** The index of a linked document, computed once per parse. */
    static of(services: LangiumCoreServices, document: LangiumDocument): SymbolIndex {
        const version = document.textDocument.version;
        const root = document.parseResult.value;
        const hit = cache.get(document);
        if (hit && hit.version === version && hit.root === root) return hit.index;
        const index = new SymbolIndex(services, document);
        cache.set(document, { version, root, index });
        return index;
    }

    private constructor(services: LangiumCoreServices, document: LangiumDocument) {
        const root = document.parseResult.value;
        for (const d of document.localSymbols?.getStream(root) ?? []) this.declare(d, KIND[d.type], true);
        for (const d of standardTermDescriptions(services)) {
            if (!this.symbols.some((s) => s.name === d.name)) this.declare(d, 'standard-term', false);
        }
        for (const reference of document.references) {
            const target = isReference(reference) ? reference.ref : undefined;
            const cst = reference.$refNode;
            if (target && cst) this.byNode.get(target)?.usages.push({ offset: cst.offset, length: cst.length });
        }
        for (const use of wordingUses(services, document)) {
            const target = use.target?.node;
            if (target) this.byNode.get(target)?.usages.push({ offset: use.segment.offset, length: use.segment.length });
        }
        for (const s of this.symbols) s.usages.sort((a, b) => a.offset - b.offset);
    }

    find(name: string): PoaSymbol | undefined {
        return this.symbols.find((s) => s.name === name && s.kind !== 'standard-term') ?? this.symbols.find((s) => s.name === name);
    }

    /** The symbol whose declaration or one of whose usages covers the offset. */
    at(offset: number): { symbol: PoaSymbol; span: Span; isDeclaration: boolean } | undefined {
        const covers = (s: Span) => offset >= s.offset && offset <= s.offset + s.length;
        for (const symbol of this.symbols) {
            if (symbol.declaration && covers(symbol.declaration)) return { symbol, span: symbol.declaration, isDeclaration: true };
            const usage = symbol.usages.find(covers);
            if (usage) return { symbol, span: usage, isDeclaration: false };
        }
        return undefined;
    }

    private declare(d: AstNodeDescription, kind: SymbolKind | undefined, inFile: boolean): void {
        if (!kind || !d.node) return;
        const name = d.nameSegment;
        const symbol: PoaSymbol = { name: d.name, kind, node: d.node, declaration: inFile && name ? { offset: name.offset, length: name.length } : undefined, usages: [] };
        this.symbols.push(symbol);
        this.byNode.set(d.node, symbol);
    }
}
