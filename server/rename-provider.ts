/**
 * Rename for parties, defined terms and template parameters: the declaration,
 * every reference and every `{name}` in a `worded` override change together.
 * A new name that would not parse (not an identifier, or a keyword of the
 * language) or that is already taken is refused with a message saying why.
 */
import { AstUtils, GrammarAST, type Grammar, type LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import { ResponseError, ErrorCodes, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { PoaServices } from '../language/poa-module.js';
import { spanRange } from './definition-provider.js';
import { SymbolIndex, type PoaSymbol } from './symbol-index.js';

const IDENTIFIER = /^[_a-zA-Z]\w*$/;

const WHAT: Record<PoaSymbol['kind'], string> = {
    principal: 'principal', agent: 'agent', issuer: 'issuer', term: 'defined term', parameter: 'template parameter', 'standard-term': 'standard term'
};

export class PoaRenameProvider implements RenameProvider {
    private readonly keywords: Set<string>;

    constructor(services: PoaServices) {
        this.keywords = collectKeywords(services.Grammar);
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const hit = SymbolIndex.of(document).at(document.textDocument.offsetAt(params.position));
        if (!hit) {
            throw new ResponseError(ErrorCodes.InvalidRequest, 'Only the name of a party (principal, agent, issuer), a defined term or a template parameter can be renamed.');
        }
        if (hit.symbol.kind === 'standard-term') {
            throw new ResponseError(ErrorCodes.InvalidRequest, `"${hit.symbol.name}" is a standard term the language knows without a definition, so it cannot be renamed. Parties, defined terms and template parameters can be renamed.`);
        }
        return spanRange(document, hit.span);
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const index = SymbolIndex.of(document);
        const symbol = index.at(document.textDocument.offsetAt(params.position))?.symbol;
        if (!symbol) return undefined;
        this.prepareRename(document, params);
        const newName = params.newName.trim();
        const what = WHAT[symbol.kind];
        if (!IDENTIFIER.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${params.newName}" cannot name ${article(what)}: a name must start with a letter or underscore and contain only letters, digits and underscores (no spaces or hyphens).`);
        }
        if (this.keywords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is a word of the POA language, so it cannot name ${article(what)}. Choose another name.`);
        }
        if (newName === symbol.name) return { changes: {} };
        const clash = index.symbols.find((s) => s !== symbol && s.name === newName);
        if (clash) {
            const where = clash.kind === 'standard-term' ? 'the standard term of that name' : `the ${WHAT[clash.kind]} already named "${newName}"`;
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is already used by ${where}; renaming would make the two impossible to tell apart.`);
        }
        const spans = [...(symbol.declaration ? [symbol.declaration] : []), ...symbol.usages];
        return { changes: { [document.uri.toString()]: spans.map((s) => ({ range: spanRange(document, s), newText: newName })) } };
    }
}

function article(noun: string): string {
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function collectKeywords(grammar: Grammar): Set<string> {
    return new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((k) => k.value));
}
