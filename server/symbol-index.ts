/**
 * The names a POA file declares (parties, defined terms, template parameters)
 * and every place each is used: cross-references (`signature by kreczko`),
 * term references (`comply with act1934`) and `{name}` inside a `worded`
 * override. Definition, references, highlight, rename, hover and semantic
 * tokens all read this one index, so they agree on what a name is.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../language/generated/ast.js';
import { STANDARD_TERMS } from '../language/catalog/standard-terms.js';
import { wordingReferences } from '../language/model/wording-references.js';

export type SymbolKind = 'principal' | 'agent' | 'issuer' | 'term' | 'parameter' | 'standard-term';

export interface Span {
    offset: number;
    length: number;
}

export interface PoaSymbol {
    name: string;
    kind: SymbolKind;
    /** The declaring node (undefined for the standard terms the language knows without a definition). */
    node?: AstNode;
    /** Where the name is declared. */
    declaration?: Span;
    usages: Span[];
}

const cache = new WeakMap<LangiumDocument, { version: number; index: SymbolIndex }>();

export class SymbolIndex {
    readonly symbols: PoaSymbol[] = [];

    /** The index of a document, computed once per parse. */
    static of(document: LangiumDocument): SymbolIndex {
        const version = document.textDocument.version;
        const hit = cache.get(document);
        if (hit && hit.version === version && hit.index.root === document.parseResult.value) return hit.index;
        const index = new SymbolIndex(document.parseResult.value as ast.Instrument);
        cache.set(document, { version, index });
        return index;
    }

    constructor(readonly root: ast.Instrument) {
        this.collectDeclarations();
        this.collectUsages();
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

    private declare(name: string | undefined, kind: SymbolKind, node: AstNode): void {
        if (!name) return;
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        this.symbols.push({ name, kind, node, declaration: cst ? { offset: cst.offset, length: cst.length } : undefined, usages: [] });
    }

    private collectDeclarations(): void {
        for (const node of AstUtils.streamAllContents(this.root)) {
            if (ast.isPrincipal(node)) this.declare(node.name, 'principal', node);
            else if (ast.isAgent(node)) this.declare(node.name, 'agent', node);
            else if (ast.isIssuer(node)) this.declare(node.name, 'issuer', node);
            else if (ast.isTermDefinition(node)) this.declare(node.name, 'term', node);
            else if (ast.isParameter(node)) this.declare(node.name, 'parameter', node);
        }
        for (const term of STANDARD_TERMS) {
            if (!this.symbols.some((s) => s.name === term.id)) this.symbols.push({ name: term.id, kind: 'standard-term', usages: [] });
        }
    }

    private use(name: string, span: Span): void {
        this.find(name)?.usages.push(span);
    }

    private collectUsages(): void {
        for (const node of AstUtils.streamAllContents(this.root)) {
            for (const ref of AstUtils.streamReferences(node)) {
                const cst = ref.reference.$refNode;
                if (cst) this.use(ref.reference.$refText, { offset: cst.offset, length: cst.length });
            }
            if (ast.isWording(node)) {
                const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'text');
                if (!cst) continue;
                // The name inside the braces, at its offset in the file.
                for (const r of wordingReferences(cst.text)) this.use(r.name, { offset: cst.offset + r.offset + 1, length: r.name.length });
            }
        }
    }
}
