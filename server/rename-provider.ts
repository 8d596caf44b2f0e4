/**
 * Rename for parties, defined terms and template parameters: Langium's
 * References service gives the declaration, every cross-reference and every
 * `{name}` in a `worded` override (they are in the reference index), and all
 * change together. A new name that would not parse (not an identifier, or a
 * keyword of the language) or that is already taken is refused with a message
 * saying why, and so is a standard term, which the file does not define.
 */
import { AstUtils, GrammarAST, type AstNode, type Grammar, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ResponseError, ErrorCodes, TextEdit, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { poaReferences, type DeclarationsAt, type PoaReferences } from '../language/langium/poa-references.js';
import { isLibraryNode } from '../language/standard-terms-library.js';
import { resolveWordingName } from '../language/wording-links.js';

const IDENTIFIER = /^[_a-zA-Z]\w*$/;

const WHAT: Record<string, string> = {
    Principal: 'principal', Agent: 'agent', Issuer: 'issuer', TermDefinition: 'defined term', Parameter: 'template parameter'
};

export class PoaRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;
    private readonly poaReferences: PoaReferences;

    constructor(private readonly services: LangiumServices) {
        super(services);
        this.keywords = collectKeywords(services.Grammar);
        this.poaReferences = poaReferences(services);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.renameable(document, params).at.origin.range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const { target } = this.renameable(document, params);
        const name = this.nameProvider.getName(target) ?? '';
        const newName = params.newName.trim();
        const what = WHAT[target.$type];
        if (!IDENTIFIER.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${params.newName}" cannot name ${article(what)}: a name must start with a letter or underscore and contain only letters, digits and underscores (no spaces or hyphens).`);
        }
        if (this.keywords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is a word of the POA language, so it cannot name ${article(what)}. Choose another name.`);
        }
        if (newName === name) return { changes: {} };
        const clash = resolveWordingName(this.services, document, newName);
        if (clash) {
            const where = isLibraryNode(clash.node, clash.node && AstUtils.findRootNode(clash.node)) ? 'the standard term of that name' : `the ${WHAT[clash.type] ?? 'name'} already named "${newName}"`;
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is already used by ${where}; renaming would make the two impossible to tell apart.`);
        }
        const edits = this.references.findReferences(target, { includeDeclaration: true })
            .map((r) => TextEdit.replace(r.segment.range, newName)).toArray();
        return { changes: { [document.uri.toString()]: edits } };
    }

    /** The name at the position and what it names, or a refusal that says what can be renamed. */
    private renameable(document: LangiumDocument, params: TextDocumentPositionParams): { at: DeclarationsAt; target: AstNode } {
        const at = this.poaReferences.findDeclarationsAt(document, document.textDocument.offsetAt(params.position));
        const target = at?.targets[0];
        if (!at || !target || !WHAT[target.$type]) {
            throw new ResponseError(ErrorCodes.InvalidRequest, 'Only the name of a party (principal, agent, issuer), a defined term or a template parameter can be renamed.');
        }
        if (isLibraryNode(target, AstUtils.findRootNode(target))) {
            const name = this.nameProvider.getName(target);
            throw new ResponseError(ErrorCodes.InvalidRequest, `"${name}" is a standard term the language knows without a definition, so it cannot be renamed. Parties, defined terms and template parameters can be renamed.`);
        }
        return { at, target };
    }
}

function article(noun: string): string {
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function collectKeywords(grammar: Grammar): Set<string> {
    return new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map((k) => k.value));
}
