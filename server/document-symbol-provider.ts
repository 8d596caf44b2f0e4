/**
 * The outline: the instrument and its clauses in the order written, each
 * labelled as a lawyer would say it ("Principal: Alan J. Kreczko", "Grant of
 * authority"), with the agents, powers and execution items nested.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../language/generated/ast.js';
import { SEC_FORMS } from '../language/catalog/securities-catalog.js';
import { writtenClause } from '../language/registry/clause-registry.js';

export class PoaDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as ast.Instrument;
        if (!root?.$cstNode) return [];
        const nameNode = root.$cstNode;
        const sym = (node: AstNode, name: string, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined => {
            const cst = node.$cstNode;
            if (!cst) return undefined;
            return { name: name || '(unnamed)', detail, kind, range: cst.range, selectionRange: cst.range, children };
        };
        const compact = (xs: (DocumentSymbol | undefined)[]) => xs.filter((x): x is DocumentSymbol => !!x);
        const blank = (b: ast.BlankValue) => `blank${b.caption ? ` "${b.caption}"` : ''}`;
        const text = (t: ast.Text | undefined) => (!t ? '' : ast.isStringLiteral(t) ? t.value : ast.isBlankValue(t) ? blank(t) : `[${t.parameter?.$refText ?? ''}]`);
        const agent = (a: ast.Agent) => sym(a, a.fullName ? text(a.fullName) : `${a.office ?? 'agent'} (by office)`, SymbolKind.Variable, a.name);

        const clause = (c: ast.Clause): DocumentSymbol | undefined => {
            const label = writtenClause(c.$type)?.name ?? c.$type;
            if (ast.isPrincipal(c)) return sym(c, `Principal: ${text(c.fullName)}`, SymbolKind.Class, c.name);
            if (ast.isIssuer(c)) return sym(c, `Issuer: ${text(c.fullName)}`, SymbolKind.Namespace, c.name);
            if (ast.isAgentGroup(c)) return sym(c, label, SymbolKind.Array, c.mode?.replace(/-/g, ' '), compact(c.agents.map(agent)));
            if (ast.isSuccessorGroup(c)) return sym(c, label, SymbolKind.Array, undefined, compact(c.agents.map(agent)));
            if (ast.isTermDefinition(c)) return sym(c, `Defined term: "${c.term}"`, SymbolKind.Constant, c.name);
            if (ast.isParameter(c)) return sym(c, `Parameter: ${c.name}`, SymbolKind.TypeParameter, c.type?.type);
            if (ast.isKindClause(c)) return sym(c, `Kind: ${c.kind}`, SymbolKind.Property);
            if (ast.isJurisdictionClause(c)) return sym(c, `Jurisdiction: ${c.jurisdiction}`, SymbolKind.Property);
            if (ast.isGrant(c)) return sym(c, label, SymbolKind.Module, undefined, compact(c.powers.map((p) => this.power(p, sym, text))));
            if (ast.isExecution(c)) {
                const date = c.date && (ast.isDateLiteral(c.date) ? c.date.value : ast.isBlankValue(c.date) ? blank(c.date) : `[${c.date.parameter?.$refText ?? ''}]`);
                return sym(c, `Execution${date ? `: ${date}` : ''}`, SymbolKind.Event, undefined, compact(c.items.map((i) =>
                    sym(i, ast.isSignature(i) ? 'Signature' : ast.isWitnesses(i) ? 'Witnesses' : ast.isNotary(i) ? 'Notary acknowledgment' : 'Testimonium', SymbolKind.Field))));
            }
            return sym(c, label, SymbolKind.Property);
        };
        const top = sym(root, `${root.template ? 'Template' : 'Power of attorney'} ${root.name ?? ''}`.trim(), SymbolKind.File, undefined, compact(root.clauses.map(clause)));
        if (top) top.selectionRange = nameNode.range;
        return top ? [top] : [];
    }

    private power(p: ast.Power, sym: (n: AstNode, name: string, kind: SymbolKind, detail?: string) => DocumentSymbol | undefined, text: (t: ast.Text | undefined) => string) {
        if (ast.isFiling(p)) {
            const names = p.forms.map((f) => SEC_FORMS.find((x) => x.id === f)?.name ?? f);
            return sym(p, `File ${names.join(', ')}`, SymbolKind.Method, `under ${p.statute}`);
        }
        if (ast.isCompliance(p)) return sym(p, 'Compliance', SymbolKind.Method, p.laws.map((l) => l.term?.$refText ?? '').join(', '));
        if (ast.isVenues(p)) return sym(p, 'Venues', SymbolKind.Method, p.venues.join(', '));
        if (ast.isEdgarAccess(p)) return sym(p, 'EDGAR access codes (Form ID)', SymbolKind.Method);
        if (ast.isCatchAll(p)) return sym(p, 'Any other action', SymbolKind.Method);
        if (ast.isSubjects(p)) return sym(p, 'Subjects', SymbolKind.Method, p.all ? 'all' : p.subjects.join(', '));
        if (ast.isHotPowers(p)) return sym(p, 'Express powers', SymbolKind.Method, p.powers.join(', '));
        if (ast.isHealthCare(p)) return sym(p, 'Health-care decisions', SymbolKind.Method);
        if (ast.isPurpose(p)) return sym(p, 'Purpose', SymbolKind.Method, text(p.purpose));
        if (ast.isLimitation(p)) return sym(p, 'Limitation', SymbolKind.Method, text(p.limitation));
        return sym(p, 'Power', SymbolKind.Method);
    }
}
