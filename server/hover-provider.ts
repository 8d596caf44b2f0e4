/**
 * Hover: on a clause, the text it renders to and a note of its legal effect
 * and source; on a party, defined term or parameter, its definition and where
 * it is used; on an SEC form, statute, venue, subject or jurisdiction, what it
 * is. Everything shown is read from the core (model, renderer, catalogs).
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { SEC_FORMS, STATUTES, statuteCitation, VENUES } from '../language/catalog/securities-catalog.js';
import { partyDisplayName } from '../language/model/party-name.js';
import { STANDARD_TERMS } from '../language/catalog/standard-terms.js';
import { HEALTH_CARE_ITEMS, HOT_POWERS, SUBJECTS } from '../language/catalog/general-powers-catalog.js';
import { describeWitnessFact, readWitnessFact, witnessFactWords } from '../language/catalog/witness-facts.js';
import { runsText } from '../language/render/document-tree.js';
import { clientSupport } from './client-support.js';
import { markdownToPlainText } from './plain-text.js';
import { JURISDICTIONS } from '../language/rules/jurisdictions.js';
import { jurisdictionDoc, jurisdictionTitle } from './completion-catalog.js';
import { KEYWORD_DOCS } from '../language/registry/keyword-docs.js';
import { writtenClause } from '../language/registry/clause-registry.js';
import { formPowerLabels, statutoryForm } from '../language/forms/form-registry.js';
import { modelOf, renderedOf } from './rendered-document.js';
import { SymbolIndex, type PoaSymbol, type Span } from './symbol-index.js';

const MAX_QUOTE = 900;

export class PoaHoverProvider implements HoverProvider {
    /** The shared services' client's declared hover formats decide Markdown or plain text. */
    private readonly shared: object;

    constructor(private readonly services: LangiumServices) {
        this.shared = services.shared;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const root = document.parseResult.value as ast.Instrument;
        const hit = SymbolIndex.of(this.services, document).at(offset);
        if (hit) return this.hover(this.symbolHover(document, hit.symbol), document, hit.span);
        const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        if (!leaf || offset < leaf.offset || offset > leaf.end) return undefined;
        const catalog = this.catalogHover(leaf.astNode, leaf.text, leaf.grammarSource);
        if (catalog) return this.hover(catalog, document, leaf);
        const clause = root.clauses.find((c) => c.$cstNode && c.$cstNode.offset <= offset && offset <= c.$cstNode.end);
        const keywordDoc = GrammarAST.isKeyword(leaf.grammarSource) ? KEYWORD_DOCS[leaf.text] : undefined;
        if (clause && !(keywordDoc && leaf.offset !== clause.$cstNode!.offset)) {
            return this.hover(this.clauseHover(document, clause), document, leaf);
        }
        if (keywordDoc) return this.hover(keywordDoc, document, leaf);
        return undefined;
    }

    private hover(value: string, document: LangiumDocument, span: Span): Hover {
        const start = document.textDocument.positionAt(span.offset);
        const end = document.textDocument.positionAt(span.offset + span.length);
        const contents = clientSupport(this.shared).hoverMarkdown
            ? { kind: MarkupKind.Markdown, value }
            : { kind: MarkupKind.PlainText, value: markdownToPlainText(value) };
        return { contents, range: { start, end } };
    }

    private symbolHover(document: LangiumDocument, symbol: PoaSymbol): string {
        const model = modelOf(document);
        const lines: string[] = [];
        switch (symbol.kind) {
            case 'principal': {
                const p = model.principals.find((x) => x.id === symbol.name);
                lines.push(`**${esc(p?.name.value ?? blank(p?.name.parameter))}**, principal${p?.entity ? ' (an entity)' : ''}`);
                if (p?.statedPronoun?.value) lines.push(`Referred to as "${p.pronoun.subject}" / "${p.pronoun.possessive}".`);
                if (p?.capacities.length) lines.push(`Acts in ${p.capacities.length === 1 ? 'the capacity' : 'the capacities'}: ${p.capacities.join(', ')}.`);
                break;
            }
            case 'agent': {
                const a = [...model.agents, ...model.successors].find((x) => x.id === symbol.name);
                const who = (a && partyDisplayName(a, model)) ?? blank(a?.name.parameter);
                lines.push(`**${esc(who)}**, ${a?.successor ? 'successor ' : ''}${model.designation.singular}`);
                break;
            }
            case 'issuer': {
                const i = model.issuers.find((x) => x.id === symbol.name);
                const org = i?.organizedIn?.value ? `, a ${i.organizedIn.value} ${(i.entityType ?? 'entity').replace(/-/g, ' ')}` : '';
                lines.push(`**${esc(i?.name.value ?? blank(i?.name.parameter))}**${esc(org)}, the issuer${i?.definedAs ? ` (the "${esc(i.definedAs)}")` : ''}`);
                break;
            }
            case 'defined-term': {
                const t = model.definedTerms.find((x) => x.id === symbol.name);
                if (t) lines.push(`**"${esc(t.term)}"**: defined term for ${esc(t.meaning)}`);
                break;
            }
            case 'standard-term': {
                const t = STANDARD_TERMS.find((x) => x.id === symbol.name)!;
                lines.push(`**"${t.term}"**: ${t.meaning} (a standard term; no definition needed)`, '', t.description);
                break;
            }
            case 'parameter': {
                const p = model.parameters.find((x) => x.name === symbol.name);
                lines.push(`**Template parameter** \`${symbol.name}\`: ${p?.type ?? 'value'}${p?.options.length ? ` (one of ${p.options.map((o) => `"${esc(o)}"`).join(', ')})` : ''}`);
                lines.push(p?.default !== undefined ? `Default: "${esc(p.default)}".` : 'No default: until data fills it, it prints as a visible blank.');
                break;
            }
        }
        lines.push(this.whereUsed(document, symbol));
        return lines.filter((l) => l !== '').join('\n\n');
    }

    private whereUsed(document: LangiumDocument, symbol: PoaSymbol): string {
        if (symbol.usages.length === 0) return symbol.kind === 'standard-term' ? 'Not used in this instrument.' : 'Not referred to elsewhere in this instrument.';
        const lineNumbers = [...new Set(symbol.usages.map((u) => document.textDocument.positionAt(u.offset).line + 1))];
        const times = symbol.usages.length === 1 ? 'once' : `${symbol.usages.length} times`;
        return `Used ${times}: line${lineNumbers.length === 1 ? '' : 's'} ${lineNumbers.join(', ')}.`;
    }

    private catalogHover(node: AstNode | undefined, text: string, source: unknown): string | undefined {
        const assignment = source && GrammarAST.isAbstractElement(source) ? AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature : undefined;
        if (ast.isFiling(node) && assignment === 'forms') {
            const f = SEC_FORMS.find((x) => x.id === text);
            return f ? `**SEC ${f.name}**\n\n${f.description}\n\nFiled under ${f.statutes.map(statuteCitation).join(' or ')}.` : undefined;
        }
        if ((ast.isFiling(node) && (assignment === 'statute' || STATUTES.some((x) => x.id === text))) || (ast.isEnd(node) && (assignment === 'status' || text === 'section16' || STATUTES.some((x) => x.id === text)))) {
            const s = STATUTES.find((x) => x.id === text);
            if (s) return `**${statuteCitation(s.id)}**\n\n${s.description}`;
            return undefined;
        }
        if (ast.isFormClause(node) && !(GrammarAST.isKeyword(source) && text === 'form')) {
            const f = statutoryForm(node.$cstNode?.text.replace(/^form\s*/, '').replace(/\s+/g, ''));
            return f ? `**${esc(f.title)}**, ${esc(f.citation)}\n\nThe statute's words, read from \`${esc(f.source.repo)}\` \`${esc(f.source.path)}\` at commit \`${f.source.commit.slice(0, 12)}\` on ${f.taken}.` : undefined;
        }
        if (ast.isInitials(node)) {
            const form = statutoryForm((node.$container as ast.Instrument).clauses.find(ast.isFormClause)?.form);
            const label = form ? formPowerLabels(form).find(([id]) => id === text)?.[1] : undefined;
            return label ? `**${esc(label)}**\n\nA power on the form of ${esc(form!.citation)}, initialled by the principal.` : undefined;
        }
        if (ast.isVenues(node)) {
            const v = VENUES.find((x) => x.id === text);
            return v ? `**${v.name}**\n\n${v.description}` : undefined;
        }
        if (ast.isSubjects(node)) {
            const s = SUBJECTS.find((x) => x.id === text);
            return s ? `**Authority over ${s.name}** (${s.section})` : undefined;
        }
        if (ast.isHotPowers(node)) {
            const h = HOT_POWERS.find((x) => x.id === text);
            return h ? `**Express authority to ${h.text}**\n\nThis power must be granted expressly; a general grant does not include it (${h.section}).` : undefined;
        }
        if (ast.isHealthCare(node)) {
            const h = HEALTH_CARE_ITEMS.find((x) => x.id === text);
            return h ? `**Health-care authority** ${h.text.replace('{me}', 'the principal').replace('{my}', 'the principal\'s')}` : undefined;
        }
        if (ast.isWitnessStatement(node) && node.facts.includes(text)) {
            const read = readWitnessFact(text);
            if (!read) return `**${esc(text)}** is not a fact about a witness the checks know (${witnessFactWords().join(', ')}).`;
            const said = describeWitnessFact(read.fact, read.holds);
            return `**${said.charAt(0).toUpperCase()}${said.slice(1)}**\n\nRead against ${read.fact.statutes}. A fact the file does not state is unknown, never taken as a disqualification.`;
        }
        if (ast.isJurisdictionClause(node) && assignment === 'jurisdiction') {
            const j = JURISDICTIONS.find((x) => x.id === text);
            return j ? `**${jurisdictionTitle(j)}**\n\n${jurisdictionDoc(j)}` : `**${esc(text)}** is not a jurisdiction the checks know (${JURISDICTIONS.map((x) => x.id).join(', ')}).`;
        }
        return undefined;
    }

    private clauseHover(document: LangiumDocument, clause: ast.Clause): string {
        const note = writtenClause(clause.$type);
        const out: string[] = [`**${note?.name ?? 'Clause'}**`];
        const text = this.renderedText(document, clause);
        if (text) out.push('', ...quote(text));
        if (note) out.push('', note.effect);
        if (note?.source) out.push('', `Source: ${note.source}.`);
        return out.join('\n');
    }

    /**
     * The rendered text of a clause: whole blocks rendered from it, and, where
     * the clause contributes only part of a paragraph (ratification inside the
     * grant), the runs it produced, from its first run up to the next run that
     * belongs to another clause.
     */
    private renderedText(document: LangiumDocument, clause: ast.Clause): string | undefined {
        const cst = clause.$cstNode!;
        const inside = (r?: { offset: number; length: number }) => !!r && r.offset >= cst.offset && r.offset + r.length <= cst.end;
        const overlaps = (r?: { offset: number; length: number }) => !!r && r.offset < cst.end && cst.offset < r.offset + r.length;
        const parts: string[] = [];
        let blocks;
        try {
            blocks = renderedOf(document).blocks;
        } catch (err) {
            // A half-written clause the renderer cannot word yet: the hover still gives the legal note.
            console.error(`Rendering for hover failed: ${String(err)}`);
            return undefined;
        }
        for (const b of blocks) {
            if (inside(b.source) || (overlaps(b.source) && !b.runs.some((r) => r.source && !inside(r.source)))) {
                parts.push([runsText(b.runs), ...(b.lines ?? []).map((l) => runsText(l.runs))].filter((t) => t.trim()).join('\n'));
                continue;
            }
            const first = b.runs.findIndex((r) => inside(r.source));
            if (first < 0) continue;
            let last = first;
            while (last + 1 < b.runs.length && (!b.runs[last + 1].source || inside(b.runs[last + 1].source))) last++;
            const text = runsText(b.runs.slice(first, last + 1)).trim().replace(/^[,;]\s*/, '');
            parts.push(`${first > 0 ? '… ' : ''}${text}${last < b.runs.length - 1 ? ' …' : ''}`);
        }
        const text = parts.join('\n\n').trim();
        if (!text) return undefined;
        return text.length > MAX_QUOTE ? text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '') + ' …' : text;
    }
}

function blank(parameter?: string): string {
    return parameter ? `[${parameter}] (not yet filled)` : '(no name given)';
}

/** Markdown-escape text written by the user, so a name is shown as text. */
function esc(text: string): string {
    return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function quote(text: string): string[] {
    return text.split('\n').map((l) => `> ${esc(l)}`);
}
