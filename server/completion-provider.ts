/**
 * Completion: Langium offers the keywords valid at the cursor and the parties
 * a cross-reference may name; this adds what an identifier slot may hold
 * (jurisdictions, SEC forms and their statutes, defined terms, venues,
 * subjects, hot powers, health-care items), clause snippets, and
 * documentation on every item.
 */
import { AstUtils, CstUtils, GrammarAST, type MaybePromise } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type LangiumServices, type CompletionContext, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import * as ast from '../language/generated/ast.js';
import { SEC_FORMS, STATUTES, statuteCitation, VENUES } from '../language/catalog/securities-catalog.js';
import { partyDisplayName } from '../language/model/party-name.js';
import { openWordingReference } from '../language/model/wording-references.js';
import { STANDARD_TERMS } from '../language/catalog/standard-terms.js';
import { HEALTH_CARE_ITEMS, HOT_POWERS, SUBJECTS } from '../language/catalog/general-powers-catalog.js';
import { describeWitnessFact, WITNESS_FACTS } from '../language/catalog/witness-facts.js';
import { JURISDICTIONS } from '../language/rules/jurisdictions.js';
import { formPowerLabels, statutoryForm, statutoryForms } from '../language/forms/form-registry.js';
import { COMPLETION_SNIPPETS } from '../language/registry/snippet-catalog.js';
import { jurisdictionDoc, jurisdictionTitle } from './completion-catalog.js';
import { KEYWORD_DOCS } from '../language/registry/keyword-docs.js';
import { clientSupport } from './client-support.js';
import { markdownToPlainText } from './plain-text.js';
import { modelOf } from './rendered-document.js';
import { SymbolIndex } from './symbol-index.js';

const markdown = (value: string) => ({ kind: 'markdown' as const, value });

/** A snippet body as the text it inserts with every placeholder at its default (`${1:id}` -> `id`, `${2|a,b|}` -> `a`). */
export function snippetAsText(body: string): string {
    // Innermost placeholders first, so that a nested one (`${1:ends ... for ${2:company}}`) leaves its default too.
    let text = body;
    for (let before = ''; before !== text;) {
        before = text;
        text = text.replace(/\$\{\d+\|([^,|]*)[^}]*\}|\$\{\d+:([^${}]*)\}/g, (_m, a, b) => a ?? b);
    }
    return text.replace(/\$\d+/g, '');
}

export class PoaCompletionProvider extends DefaultCompletionProvider {
    /** The shared services, whose client's declared support decides snippets and Markdown. */
    private readonly shared: object;

    constructor(private readonly services: LangiumServices) {
        super(services);
        this.shared = services.shared;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const inWording = this.wordingCompletion(document, params);
        if (inWording) return inWording;
        const list = await super.getCompletion(document, params, cancelToken);
        if (!list) return list;
        // Where a clause may start (inside the instrument's braces), offer whole clauses too:
        // as snippets with placeholders where the client takes snippets, else as plain text.
        const labels = new Set(list.items.map((i) => i.label));
        const support = clientSupport(this.shared);
        if (labels.has('principal') && labels.has('executed') && labels.has('grant')) {
            list.items.push(...COMPLETION_SNIPPETS.map((s, i): CompletionItem => ({
                label: s.completion,
                kind: CompletionItemKind.Snippet,
                detail: s.description,
                documentation: markdown('```poa\n' + snippetAsText(s.body) + '\n```'),
                insertText: support.snippets ? s.body : snippetAsText(s.body),
                insertTextFormat: support.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                sortText: `~${i}`
            })));
        }
        if (!support.completionMarkdown) {
            for (const item of list.items) {
                const doc = item.documentation;
                if (doc && typeof doc !== 'string' && doc.kind === 'markdown') item.documentation = markdownToPlainText(doc.value);
            }
        }
        return list;
    }

    /** Inside `worded "... {na|"`: the parties, terms and parameters a `{name}` may refer to. */
    private wordingCompletion(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const root = document.parseResult.value;
        const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        if (!leaf || !ast.isWording(leaf.astNode) || offset <= leaf.offset || offset >= leaf.end) return undefined;
        const open = openWordingReference(leaf.text, offset - leaf.offset);
        if (!open) return undefined;
        const start = document.textDocument.positionAt(leaf.offset + open.start);
        const closed = document.textDocument.getText().charAt(offset) === '}';
        const model = modelOf(document);
        const items: CompletionItem[] = SymbolIndex.of(this.services, document).symbols.map((s) => {
            const party = [...model.principals, ...model.agents, ...model.successors, ...model.issuers].find((p) => p.id === s.name);
            const term = model.definedTerms.find((t) => t.id === s.name);
            const detail = party ? `${partyDisplayName(party, model) ?? party.id} (${s.kind})` : term ? `"${term.term}": ${term.meaning}` : `template parameter`;
            return {
                label: s.name,
                kind: s.kind === 'parameter' ? CompletionItemKind.TypeParameter : s.kind === 'defined-term' || s.kind === 'standard-term' ? CompletionItemKind.Constant : CompletionItemKind.Variable,
                detail,
                documentation: markdown(`Printed as ${party ? 'the party\'s name' : term ? `the defined term "${term.term}"` : 'the parameter\'s value'} in the rendered text.`),
                textEdit: { range: { start, end: params.position }, newText: closed ? s.name : `${s.name}}` }
            };
        });
        return { isIncomplete: false, items };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'ID') {
            const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
            this.identifierCompletion(context, rule, assignment?.feature, acceptor);
            return;
        }
        // A term reference is a cross-reference; its items carry the term's meaning and documentation.
        if (GrammarAST.isCrossReference(next.feature) && rule === 'TermRef') {
            this.identifierCompletion(context, rule, 'term', acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const doc = KEYWORD_DOCS[keyword.value];
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: 'Keyword',
            documentation: doc ? markdown(doc) : undefined,
            sortText: '1'
        });
    }

    private identifierCompletion(context: CompletionContext, rule: string | undefined, property: string | undefined, acceptor: CompletionAcceptor): void {
        const item = (label: string, detail: string, documentation: string, kind: CompletionItemKind, sortText = '0') =>
            acceptor(context, { label, detail, documentation: markdown(documentation), kind, sortText });
        if (rule === 'JurisdictionClause') {
            for (const j of JURISDICTIONS) item(j.id, jurisdictionTitle(j), jurisdictionDoc(j), CompletionItemKind.EnumMember);
        } else if (rule === 'Filing' && property === 'forms') {
            for (const f of SEC_FORMS) {
                const statutes = f.statutes.map(statuteCitation);
                item(f.id, `${f.name}, filed under ${statutes.join(' or ')}`, f.description, CompletionItemKind.Value);
            }
        } else if ((rule === 'Filing' && property === 'statute') || (rule === 'StatusName' && context.node && AstUtils.getContainerOfType(context.node, ast.isFiling))) {
            const filing = context.node && AstUtils.getContainerOfType(context.node, ast.isFiling);
            const written = new Set(filing?.forms ?? []);
            const canonical = new Set(SEC_FORMS.filter((f) => written.has(f.id)).flatMap((f) => f.statutes));
            for (const s of STATUTES) {
                const forms = SEC_FORMS.filter((f) => f.statutes.includes(s.id)).map((f) => f.name);
                item(s.id, statuteCitation(s.id) + (forms.length ? ` (${forms.join(', ')})` : ''),
                    s.description, CompletionItemKind.Reference, canonical.has(s.id) ? '0' : '2');
            }
        } else if (rule === 'StatusName') {
            for (const s of STATUTES) item(s.id, statuteCitation(s.id), s.description, CompletionItemKind.Reference);
        } else if (rule === 'TermRef') {
            const root = context.document.parseResult.value as ast.Instrument;
            for (const d of root.clauses.filter(ast.isTermDefinition)) item(d.name, `"${d.term}": ${d.meaning}`, `Defined in this file as "${d.term}".`, CompletionItemKind.Constant);
            for (const i of root.clauses.filter(ast.isIssuer)) item(i.name, `the issuer${this.issuerTerm(i)}`, `The issuer ${this.fullName(i)}.`, CompletionItemKind.Constant);
            for (const t of STANDARD_TERMS) {
                if (root.clauses.some((c) => ast.isTermDefinition(c) && c.name === t.id)) continue;
                item(t.id, `${t.meaning} (the "${t.term}")`, t.description, CompletionItemKind.Constant, '1');
            }
        } else if (rule === 'FormId') {
            for (const f of statutoryForms()) item(f.id, `${f.title} (${f.citation})`, `The statutory form of ${f.citation}, in the statute's words (docs/forms.md).`, CompletionItemKind.Module);
        } else if (rule === 'Initials') {
            const root = context.document.parseResult.value as ast.Instrument;
            const form = statutoryForm(root.clauses.find(ast.isFormClause)?.form);
            for (const [id, label] of form ? formPowerLabels(form) : []) item(id, label, `A power on the form of ${form!.citation}, granted by the principal's initials.`, CompletionItemKind.Value);
        } else if (rule === 'Venues') {
            for (const v of VENUES) item(v.id, v.name, v.description, CompletionItemKind.Value);
        } else if (rule === 'Subjects') {
            for (const s of SUBJECTS) item(s.id, s.name, `Authority over ${s.name} (${s.section}).`, CompletionItemKind.Value);
        } else if (rule === 'HotPowers') {
            for (const h of HOT_POWERS) item(h.id, `to ${h.text}`, `A power that must be granted expressly (${h.section}).`, CompletionItemKind.Value);
        } else if (rule === 'WitnessFact') {
            for (const f of WITNESS_FACTS) {
                item(f.id, describeWitnessFact(f, true), `A fact about the witness, read against ${f.statutes}.`, CompletionItemKind.Value);
                item(`not-${f.id}`, describeWitnessFact(f, false), `A fact about the witness, read against ${f.statutes}.`, CompletionItemKind.Value, '1');
            }
        } else if (rule === 'HealthCare') {
            for (const h of HEALTH_CARE_ITEMS) item(h.id, h.text.replace('{me}', 'the principal').replace('{my}', 'the principal\'s'), 'A health-care decision the agent may make.', CompletionItemKind.Value);
        }
    }

    private issuerTerm(i: ast.Issuer): string {
        const term = i.properties.find(ast.isDefinedAsProperty)?.term;
        return term ? ` (the "${term}")` : '';
    }

    private fullName(i: ast.Issuer): string {
        if (ast.isBlankValue(i.fullName)) return `blank${i.fullName.caption ? ` "${i.fullName.caption}"` : ''}`;
        return ast.isStringLiteral(i.fullName) ? i.fullName.value : `[${i.fullName.parameter?.$refText ?? ''}]`;
    }
}
