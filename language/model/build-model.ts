/**
 * Builds the semantic model (`poa-model.ts`) from the syntax tree, resolving
 * defaults: pronoun forms, the agents' designation, the standard defined
 * terms, template parameter values. This is the only place that reads the AST
 * on behalf of the renderer and the exporters.
 */
import type { AstNode, CstNode } from 'langium';
import { firstPropertyNode, propertyNodes } from '../cst-properties.js';
import * as ast from '../generated/ast.js';
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { statutoryForm } from '../forms/form-registry.js';
import { pronounForms } from './pronouns.js';
import { damagedBySyntaxError, wordsAfterSyntaxError } from './syntax-recovery.js';
import { isCalendarDate } from './calendar-date.js';
import { wordingParts } from './wording-references.js';
import { allOf, ClausesByType, firstOf, isOf } from './clauses-by-type.js';
import { NodeReuse } from './node-reuse.js';
import { TypeTable } from './type-table.js';
import { flatMap } from '../flat-map.js';
import { boundedMemo } from '../bounded-memo.js';
import type {
    AgentModel, Capacity, LetterModel, Clause, DateValue, DefinedTerm, Determination, ExecutionModel, FormUseModel, GrantModel, IssuerModel,
    ParameterModel, PoaModel, PrincipalModel, Pronoun, SignatureModel, SourceRange, StyleChoice, DurationModel, TextValue, Value, Wording
} from './index.js';

/** Values for template parameters, by parameter name (strings as written in JSON or CSV). */
export type ParameterData = Readonly<Record<string, string | undefined>>;

export interface BuildOptions {
    data?: ParameterData;
    /** Keep the model of the parts an edit did not reach for the document's next build, and take what the last kept (`node-reuse.ts`); without data only. */
    reuse?: boolean;
}

const EMPTY_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };

/** The source range of a node, or of one of its properties. */
export function rangeOf(node: AstNode | undefined, property?: string): SourceRange {
    const cst = node?.$cstNode;
    if (!cst) return EMPTY_RANGE;
    if (property) {
        const prop = firstPropertyNode(node!, property);
        if (prop) return toRange(prop);
    }
    return toRange(cst);
}

/** `rangeOf(node).offset` without the rest of the range. */
function offsetOf(node: AstNode): number {
    const cst = node.$cstNode;
    return cst ? firstToken(cst)?.offset ?? 0 : 0;
}

/**
 * Each of a list property's values with the syntax node it is written in (the node's own where the list has
 * fewer nodes than values), the property's nodes found once: not once per value.
 */
function nodesOf<V, R>(node: AstNode, values: readonly V[], property: string, map: (value: V, cst: CstNode) => R): R[] {
    const nodes = values.length ? propertyNodes(node, property) : [];
    return values.map((value, n) => map(value, nodes[n] ?? node.$cstNode!));
}

/** The range of `length` characters at `offset` in a token's text, the token being at `token` in the file. */
function rangeWithin(text: string, token: SourceRange, offset: number, length: number): SourceRange {
    const position = (at: number) => {
        const before = text.slice(0, at);
        const lines = before.split('\n');
        return lines.length === 1
            ? { line: token.start.line, character: token.start.character + at }
            : { line: token.start.line + lines.length - 1, character: lines[lines.length - 1].length };
    };
    return { start: position(offset), end: position(offset + length), offset: token.offset + offset, length };
}



/**
 * The range of a syntax node, as Langium's `range`, `offset` and `end` getters give it, read from the tokens
 * at its two ends. On a composite node each getter walks its children with an iterator and `range` keeps a
 * new object on the node; this reads the same tokens with indexed loops and allocates only the range it
 * returns (whose positions are copies: the model is plain data of its own, with its own key order).
 */
function toRange(cst: SyntaxNode): SourceRange {
    const first = firstToken(cst);
    const start = first ? first.range.start : NO_POSITION;
    const end = endPosition(cst);
    const offset = first ? first.offset : 0;
    return {
        start: { line: start.line, character: start.character },
        end: { line: end.line, character: end.character },
        offset,
        length: endOf(cst) - offset
    };
}

interface Position {
    readonly line: number;
    readonly character: number;
}

/** What `toRange` reads of a Langium syntax node: a token, or a composite node with its `content`. */
interface SyntaxNode {
    readonly range: { readonly start: Position; readonly end: Position };
    readonly offset: number;
    readonly end: number;
    readonly hidden: boolean;
    readonly content?: readonly SyntaxNode[];
}

/** Where Langium's `range` puts a composite node with no children (and so every node it begins or ends). */
const NO_POSITION: Position = { line: 0, character: 0 };

/**
 * The token a syntax node's `offset` and `range.start` come from in Langium's getters: that of its first child
 * not hidden, else of its first child, down to a token; undefined under a composite node with no children
 * (offset 0, start 0:0).
 */
function firstToken(cst: SyntaxNode): SyntaxNode | undefined {
    let node: SyntaxNode | undefined = cst;
    while (node?.content) {
        const content: readonly SyntaxNode[] = node.content;
        let shown = content[0];
        for (let i = 0; i < content.length; i++) if (!content[i].hidden) { shown = content[i]; break; }
        node = shown;
    }
    return node;
}

/** A syntax node's `end` as Langium's getters give it: that of its last child not hidden, else of its last child. */
function endOf(cst: SyntaxNode): number {
    let node: SyntaxNode | undefined = cst;
    while (node?.content) {
        const content: readonly SyntaxNode[] = node.content;
        let shown = content[content.length - 1];
        for (let i = content.length - 1; i >= 0; i--) if (!content[i].hidden) { shown = content[i]; break; }
        node = shown;
    }
    return node ? node.end : 0;
}

/**
 * A syntax node's `range.end` as Langium's composite getter gives it, level by level: the end of its last child
 * not hidden (else of its last child), unless that ends on a line before the start of its first child not
 * hidden (else its first child), where it is that start; 0:0 for a node with no children.
 */
function endPosition(cst: SyntaxNode): Position {
    const content = cst.content;
    if (!content) return cst.range.end;
    if (content.length === 0) return NO_POSITION;
    let last = content[content.length - 1];
    for (let i = content.length - 1; i >= 0; i--) if (!content[i].hidden) { last = content[i]; break; }
    const end = endPosition(last);
    let first = content[0];
    for (let i = 0; i < content.length; i++) if (!content[i].hidden) { first = content[i]; break; }
    const firstLeaf = firstToken(first);
    const start = firstLeaf ? firstLeaf.range.start : NO_POSITION;
    return end.line < start.line ? start : end;
}

export function buildModel(instrument: ast.Instrument, options: BuildOptions = {}): PoaModel {
    return new ModelBuilder(instrument, options.data ?? {}, options.reuse === true && options.data === undefined).build();
}

class ModelBuilder {
    private readonly parameters: ParameterModel[];
    private readonly repeated: PoaModel['repeatedClauses'] = [];
    private readonly worded: Wording[] = [];
    /** The clauses by type, sorted once (clauses-by-type.ts). */
    private readonly clauses: ClausesByType;
    private readonly reuse: NodeReuse | undefined;

    constructor(private readonly root: ast.Instrument, private readonly data: ParameterData, reuse = false) {
        this.clauses = new ClausesByType(root.clauses);
        this.parameters = this.clauses.of(ast.isParameter).map((p) => this.parameter(p));
        this.reuse = reuse ? NodeReuse.forTree(root, this.parameters) : undefined;
    }

    /** The model of one part (an agent, a defined term, a power), kept from the document's last build where nothing it reads changed. */
    private kept<T>(node: AstNode, tag: unknown, build: () => T): T {
        return this.reuse ? this.reuse.of(node, tag, build) : build();
    }

    build(): PoaModel {
        const c = this.clauses;
        const agentGroup = this.single(c.of(ast.isAgentGroup), 'agents');
        const successorGroup = this.single(c.of(ast.isSuccessorGroup), 'successors');
        const designation = agentGroup?.designation ?? 'attorneys-in-fact';
        const settingRanges: PoaModel['settingRanges'] = {};
        const setting = <T extends AstNode>(nodes: readonly T[], key: keyof PoaModel['settingRanges']): T | undefined => {
            const node = this.single(nodes, key);
            if (node) settingRanges[key] = rangeOf(node);
            return node;
        };
        // A statutory form says what kind of power it is when the file does not.
        const kind = setting(c.of(ast.isKindClause), 'kind')?.kind ?? statutoryForm(c.first(ast.isFormClause)?.form)?.kind;
        const jurisdiction = setting(c.of(ast.isJurisdictionClause), 'jurisdiction')?.jurisdiction;
        const voice = setting(c.of(ast.isVoiceClause), 'voice')?.voice ?? 'undersigned';
        const layout = setting(c.of(ast.isLayoutClause), 'layout')?.layout ?? 'prose';
        const dateStyle = setting(c.of(ast.isDateStyleClause), 'dates')?.style ?? 'legal';
        const titleNode = setting(c.of(ast.isTitleClause), 'title');
        const issuers = c.of(ast.isIssuer).map((i) => this.issuer(i));
        return {
            name: this.root.name,
            template: this.root.template,
            kind,
            jurisdiction,
            voice,
            layout,
            dateStyle,
            title: titleNode?.title ? this.text(titleNode.title) : { value: 'POWER OF ATTORNEY' },
            titleNone: Boolean(titleNode?.none),
            exhibit: mapOpt(this.single(c.of(ast.isExhibitClause), 'exhibit'), (e) => this.text(e.exhibit)),
            styles: this.styles(),
            letter: mapOpt(this.single(c.of(ast.isLetter), 'letter'), (l) => this.letter(l)),
            serialComma: this.single(c.of(ast.isListsClause), 'lists')?.lists === 'serial-comma',
            // `except-forms`: the forms take the other way of the names ("A, B, and C" but "Forms 3, 4 and 5", or the reverse).
            formsSerialComma: (this.single(c.of(ast.isListsClause), 'lists')?.lists === 'serial-comma') !== Boolean(this.single(c.of(ast.isListsClause), 'lists')?.exceptForms),
            formsOneSeries: this.single(c.of(ast.isListsClause), 'lists')?.formsOneSeries ?? false,
            typographicQuotes: this.single(c.of(ast.isQuotesClause), 'quotes')?.quotes === 'typographic',
            undertakings: mapOpt(this.single(c.of(ast.isUndertakings), 'undertakings'), (u) => ({ items: [...u.items], range: rangeOf(u) })),
            confirmingStatement: mapOpt(this.single(c.of(ast.isConfirmingStatement), 'confirming-statement'), (n) => ({ range: rangeOf(n) })),
            orderAsWritten: this.single(c.of(ast.isOrderClause), 'order')?.order === 'as-written',
            clauseOffsets: this.clauseOffsets(),
            opening: this.mapClause(c.of(ast.isOpening), 'opening', () => ({})),
            agentsWording: this.wording(agentGroup?.wording),
            agentsAnnex: agentGroup?.annex,
            agentsAnnexTitle: agentGroup?.annexTitle,
            issuerWording: this.wording(c.first(ast.isIssuer)?.wording),
            parameters: this.parameters,
            principals: c.of(ast.isPrincipal).map((p) => this.principal(p)),
            agents: (agentGroup?.agents ?? []).map((a) => this.kept(a, false, () => this.agent(a, false))),
            agentMode: agentGroup?.mode,
            agentModeRange: agentGroup?.mode ? rangeOf(agentGroup, 'mode') : undefined,
            designation: agentGroup?.definedAs
                ? { plural: designation, singular: singularOf(designation), definedAs: agentGroup.definedAs }
                : { plural: designation, singular: singularOf(designation) },
            agentsRange: agentGroup ? rangeOf(agentGroup) : undefined,
            successors: (successorGroup?.agents ?? []).map((a) => this.kept(a, true, () => this.agent(a, true))),
            successorsRange: successorGroup ? rangeOf(successorGroup) : undefined,
            issuers,
            definedTerms: this.definedTerms(c.of(ast.isTermDefinition), issuers),
            grant: this.grant(this.single(c.of(ast.isGrant), 'grant')),
            substitution: this.mapClause(c.of(ast.isSubstitution), 'substitution', (s) => ({ revocation: s.revocation, resubstitution: s.resubstitution })),
            ratification: this.mapClause(c.of(ast.isRatification), 'ratification', () => ({})),
            incidentalAuthority: this.mapClause(c.of(ast.isIncidentalAuthority), 'incidental authority', () => ({})),
            acknowledgment: this.mapClause(c.of(ast.isAcknowledgment), 'acknowledgment', (a) => ({
                parties: a.parties.map((p) => p.ref?.name ?? p.$refText)
            })),
            indemnification: this.mapClause(c.of(ast.isIndemnification), 'indemnification', () => ({})),
            reliance: this.mapClause(c.of(ast.isReliance), 'reliance', () => ({})),
            compensation: this.mapClause(c.of(ast.isCompensation), 'compensation', (x) => ({ compensation: x.compensation })),
            supersession: this.mapClause(c.of(ast.isSupersession), 'supersession', (s) => ({
                nothing: s.nothing,
                all: s.all,
                what: s.what,
                issuer: s.issuer?.ref?.name ?? s.issuer?.$refText,
                revoking: s.revoking,
                dates: s.dates.map((d) => this.date(d))
            })),
            term: this.term(this.single(c.of(ast.isTerm), 'term')),
            revocation: this.mapClause(c.of(ast.isRevocation), 'revocation', (r) => ({
                method: r.method,
                recipients: [...r.recipients]
            })),
            execution: this.execution(this.single(c.of(ast.isExecution), 'execution')),
            form: this.form(),
            signatureTables: c.of(ast.isSignatureTable).map((t) => ({
                heading: t.heading,
                signers: t.signers.map((g) => ({
                    name: this.text(g.name),
                    signature: g.signature ? this.text(g.signature) : undefined,
                    conformed: g.conformed,
                    title: g.title ? this.text(g.title) : undefined,
                    date: g.date ? this.date(g.date) : undefined,
                    range: rangeOf(g)
                })),
                range: rangeOf(t)
            })),
            schedules: c.of(ast.isSchedule).map((x) => ({ name: x.name ?? '', title: x.title, columns: [...x.columns], rows: x.rows.map((r) => [...r.cells]), range: rangeOf(x) })),
            governingLaw: this.mapClause(c.of(ast.isGoverningLaw), 'governing law', (g) => ({ state: this.text(g.state), federal: g.federal })),
            asFiled: c.of(ast.isAsFiled).map((a) => ({
                target: a.target,
                targetRange: rangeOf(a, 'target'),
                edits: a.edits.map((e) => ({ original: e.original, filed: e.filed, range: rangeOf(e) })),
                range: rangeOf(a)
            })),
            commercialPower: this.commercialPower(c.of(ast.isCommercialPower)),
            settingRanges,
            repeatedClauses: this.repeated,
            wordings: this.worded,
            wordsAfterSyntaxError: wordsAfterSyntaxError(this.root.$document),
            damagedBySyntaxError: damagedBySyntaxError(this.root.$document, this.root.clauses),
            range: rangeOf(this.root),
            nameRange: rangeOf(this.root, 'name')
        };
    }

    /** The phrasebook styles the file chooses: the instrument's set and each clause's own. */
    private styles(): PoaModel['styles'] {
        const c = this.clauses;
        // Not `single`: a later `style` is often a clause's style written on its own (after a closing brace), which
        // the style rules report as such; poa/repeated-clause reports the others.
        const [setNode, ...later] = c.of(ast.isStyleClause);
        const clauses: StyleChoice[] = [];
        const add = (clause: string, node: AstNode & { style?: string }) => {
            if (node.style) clauses.push({ clause, id: node.style, range: rangeOf(node, 'style') });
        };
        for (const node of this.root.clauses) CLAUSE_STYLES.of(node)?.(node, add);
        return {
            set: setNode?.set ? { id: setNode.set, range: rangeOf(setNode, 'set') } : undefined,
            later: later.filter((n) => n.set).map((n) => ({ id: n.set, range: rangeOf(n, 'set'), clauseRange: rangeOf(n) })),
            clauses
        };
    }

    private letter(l: ast.Letter): LetterModel {
        const p = l.parts;
        const date = firstOf(p, ast.isLetterDate);
        return {
            letterhead: flatMap(allOf(p, ast.isLetterheadLines), (x) => x.lines),
            date: date ? this.date(date.date) : undefined,
            addressee: flatMap(allOf(p, ast.isAddressee), (x) => x.lines),
            reference: firstOf(p, ast.isLetterReference)?.text,
            salutation: firstOf(p, ast.isSalutation)?.text,
            close: firstOf(p, ast.isComplimentaryClose)?.text,
            footer: flatMap(allOf(p, ast.isFooterLines), (x) => x.lines),
            range: rangeOf(l)
        };
    }

    /** Where each paragraph-making clause is first written, for `order as-written`. */
    private clauseOffsets(): PoaModel['clauseOffsets'] {
        const offsets: PoaModel['clauseOffsets'] = {};
        const at = (id: string, node: AstNode) => { if (offsets[id] === undefined) offsets[id] = offsetOf(node); };
        for (const node of this.root.clauses) {
            const id = PARAGRAPH_OF.of(node);
            if (id === undefined) continue;
            at(id, node);
            if (id === 'grant' && ast.isGrant(node) && node.powers.some(ast.isLimitation)) at('limitations', node);
        }
        return offsets;
    }

    private form(): FormUseModel | undefined {
        const c = this.clauses;
        const form = this.single(c.of(ast.isFormClause), 'form');
        const initials = c.of(ast.isInitials);
        const instructions = this.single(c.of(ast.isInstructions), 'instructions');
        const first = form ?? initials[0] ?? instructions;
        if (!first) return undefined;
        return {
            // The id as written: the parsed value would read "01" in `dc-21-2603-01` as the number 1.
            id: form ? (firstPropertyNode(form, 'form')?.text.replace(/\s+/g, '') ?? form.form) : undefined,
            idRange: form ? rangeOf(form, 'form') : undefined,
            initials: flatMap(initials, (i) => nodesOf(i, i.powers, 'powers', (id, node) => ({ id, range: toRange(node) }))),
            instructions: instructions ? this.text(instructions.text) : undefined,
            range: rangeOf(first)
        };
    }

    /** The first of a clause that should appear once; later copies are recorded for the checks. */
    private single<T extends AstNode>(nodes: readonly T[], clause: string): T | undefined {
        const first = nodes[0];
        if (nodes.length > 1) {
            const firstRange = rangeOf(first);
            for (let i = 1; i < nodes.length; i++) this.repeated.push({ clause, range: rangeOf(nodes[i]), first: firstRange });
        }
        return first;
    }

    private commercialPower(nodes: readonly ast.CommercialPower[]): PoaModel['commercialPower'] {
        const node = this.single(nodes, 'commercial power');
        return node ? { coupledWithInterest: node.coupledWithInterest, range: rangeOf(node) } : undefined;
    }

    /** The model of a clause written once: what `map` reads of it, in a new object that gets its range and wording. */
    private mapClause<T extends AstNode & { wording?: ast.Wording }, R>(nodes: readonly T[], clause: string, map: (node: T) => R): (R & Clause) | undefined {
        const node = this.single(nodes, clause);
        if (!node) return undefined;
        // The range and wording added to the object `map` made rather than spread into a copy: the spread of
        // objects of a dozen shapes took the slow path, a fifth of building a short file's model.
        const model = map(node) as R & Clause;
        model.range = rangeOf(node);
        model.wording = this.wording(node.wording);
        return model;
    }

    private wording(node: (AstNode & { text?: string }) | undefined): Wording | undefined {
        // A half-typed `worded` with no text yet leaves the standard wording in place.
        if (!node || typeof node.text !== 'string') return undefined;
        const cst = firstPropertyNode(node, 'text');
        const range = cst ? toRange(cst) : rangeOf(node);
        // The raw token (quotes and escapes included), so that offsets are offsets in the file.
        const parts = wordingParts(cst?.text ?? JSON.stringify(node.text));
        const references = flatMap(parts, (p) => ('reference' in p ? [{ name: p.reference.name, range: rangeWithin(cst?.text ?? '', range, p.reference.offset, p.reference.length) }] : []));
        const wording = { text: node.text, parts, references, range };
        this.worded.push(wording);
        return wording;
    }

    private parameter(p: ast.Parameter): ParameterModel {
        // A half-typed parameter (`parameter who`) has no type yet; it is treated as text until it does.
        const type = p.type?.type ?? 'text';
        const options = ast.isChoiceType(p.type) ? [...p.type.options] : [];
        const def = p.default?.value;
        const bound = this.data[p.name];
        const value = bound !== undefined && bound !== '' ? bound : def;
        return { name: p.name, type, options, default: def, value, range: rangeOf(p), nameRange: rangeOf(p, 'name') };
    }

    private bound<T extends string>(node: ast.StringLiteral | ast.DateLiteral | ast.PronounLiteral | ast.ParameterRef | ast.BlankValue | undefined): Value<T> {
        if (!node) return {};
        if (isOf(node, ast.isBlankValue)) {
            const blank = node.dotted ? { width: node.width, caption: node.caption, dotted: true } : { width: node.width, caption: node.caption };
            return { blank, range: rangeOf(node) };
        }
        if (isOf(node, ast.isParameterRef)) {
            // `[` typed without a name yet has no reference at all.
            const name = node.parameter?.ref?.name ?? node.parameter?.$refText ?? '';
            const param = this.parameters.find((p) => p.name === name);
            return { value: param?.value as T | undefined, parameter: name, range: rangeOf(node) };
        }
        return { value: node.value as T, range: rangeOf(node) };
    }

    private text(node: ast.Text | undefined): TextValue {
        return this.bound<string>(node);
    }

    private date(node: ast.DateValue | undefined): DateValue {
        const date: DateValue = this.bound<string>(node);
        if (date.value !== undefined && !isCalendarDate(date.value)) return { parameter: date.parameter, range: date.range, written: date.value };
        return date;
    }

    private principal(p: ast.Principal): PrincipalModel {
        const props = p.properties;
        const pronounProp = firstOf(props, ast.isPronounProperty);
        const stated = pronounProp ? this.bound<Pronoun>(pronounProp.pronoun) : undefined;
        const statedPronoun = stated?.value && isPronoun(stated.value) ? stated.value : undefined;
        const organized = firstOf(props, ast.isOrganizedProperty);
        const signatory = firstOf(props, ast.isSignatoryProperty);
        const capacities = flatMap(allOf(props, ast.isCapacitiesProperty), (cp) => cp.capacities) as Capacity[];
        return {
            role: 'principal',
            id: p.name,
            name: this.text(p.fullName),
            // Only an entity is organized under a state's law: `organized in` tells the model so without the keyword.
            entity: p.entity || organized !== undefined,
            pronoun: pronounForms(statedPronoun ?? (p.entity || organized ? 'it' : undefined)),
            pronounRange: pronounProp ? rangeOf(pronounProp) : undefined,
            statedPronoun: stated,
            roleDescription: mapOpt(firstOf(props, ast.isRoleProperty), (r) => this.text(r.role)),
            roleOf: firstOf(props, ast.isRoleProperty)?.organization?.$refText || undefined,
            capacities,
            address: mapOpt(firstOf(props, ast.isAddressProperty), (a) => this.text(a.address)),
            registration: mapOpt(firstOf(props, ast.isRegistrationProperty), (r) => this.text(r.number)),
            organizedIn: organized ? this.text(organized.state) : undefined,
            entityType: organized?.entityType,
            signatory: signatory ? { name: this.text(signatory.signatory), title: signatory.title ? this.text(signatory.title) : undefined } : undefined,
            patientIn: mapOpt(firstOf(props, ast.isPatientProperty), (pp) => ({ facility: pp.facility, range: rangeOf(pp) })),
            range: rangeOf(p),
            nameRange: rangeOf(p, 'name')
        };
    }

    private agent(a: ast.Agent, successor: boolean): AgentModel {
        const pronounProp = firstOf(a.properties, ast.isPronounProperty);
        const pronoun = pronounProp ? this.bound<Pronoun>(pronounProp.pronoun).value : undefined;
        return {
            role: 'agent',
            id: a.name,
            name: a.fullName ? this.text(a.fullName) : { value: undefined },
            office: a.office,
            organization: a.organization?.ref?.name ?? a.organization?.$refText,
            organizationName: a.organizationName,
            delegate: a.delegate || undefined,
            employer: a.employer ? { issuer: a.employer.ref?.name ?? a.employer.$refText } : a.firm !== undefined ? { firm: a.firm } : undefined,
            pronoun: pronoun && isPronoun(pronoun) ? pronounForms(pronoun) : undefined,
            address: mapOpt(firstOf(a.properties, ast.isAddressProperty), (x) => this.text(x.address)),
            title: mapOpt(firstOf(a.properties, ast.isAgentTitleProperty), (x) => this.text(x.title)),
            successor,
            range: rangeOf(a),
            nameRange: rangeOf(a, 'name')
        };
    }

    private issuer(i: ast.Issuer): IssuerModel {
        const organized = firstOf(i.properties, ast.isOrganizedProperty);
        const definedAs = firstOf(i.properties, ast.isDefinedAsProperty);
        return {
            role: 'issuer',
            id: i.name,
            name: this.text(i.fullName),
            organizedIn: organized ? this.text(organized.state) : undefined,
            entityType: organized?.entityType,
            definedAs: definedAs?.term,
            wording: this.wording(i.wording),
            shortName: firstOf(i.properties, ast.isIssuerShortNameProperty)?.shortName,
            range: rangeOf(i),
            nameRange: rangeOf(i, 'name')
        };
    }

    private definedTerms(defs: readonly ast.TermDefinition[], issuers: IssuerModel[]): DefinedTerm[] {
        // A half-written `define x` (no meaning yet) defines nothing: its syntax error says what is missing.
        const user: DefinedTerm[] = defs.filter((d) => d.name !== undefined && d.meaning !== undefined)
            .map((d) => this.kept(d, undefined, (): DefinedTerm => ({ id: d.name, meaning: d.meaning, term: d.term ?? d.meaning, verbatim: d.term === undefined, standard: false, range: rangeOf(d) })));
        // The file's terms, the issuers' and the standard ones the file does not define itself, pushed onto one array.
        const standard = STANDARD_TERM_MODELS.filter((s) => !user.some((u) => u.id === s.id));
        const terms = user;
        for (const i of issuers) {
            if (i.definedAs) terms.push({ id: i.id, meaning: i.name.value ?? '', term: i.definedAs, standard: false, range: i.range });
        }
        for (const s of standard) terms.push(s);
        return terms;
    }

    private grant(g: ast.Grant | undefined): GrantModel | undefined {
        if (!g) return undefined;
        const ids = (node: AstNode, values: string[], property: string) => {
            const nodes = values.length ? propertyNodes(node, property) : [];
            return values.map((id, index) => ({ id, range: nodes[index] ? toRange(nodes[index]) : rangeOf(node) }));
        };
        // Sorted by type once: a long grant's powers were filtered a dozen times, each power's type looked up each time.
        const powers = new ClausesByType(g.powers);
        const subjects = powers.of(ast.isSubjects);
        const health = powers.first(ast.isHealthCare);
        return {
            range: rangeOf(g),
            wording: this.wording(g.wording),
            numbering: g.numbering !== undefined ? { marker: g.numbering, range: rangeOf(g, 'numbering') } : undefined,
            compliance: flatMap(powers.of(ast.isCompliance), (p) => this.kept(p, undefined, () => p.laws.map((l) => ({ id: l.term?.$refText ?? '', range: rangeOf(l) })))),
            filings: powers.of(ast.isFiling).map((f) => this.kept(f, undefined, () => ({
                forms: ids(f, f.forms, 'forms'),
                statute: f.statute,
                statuteRange: rangeOf(f, 'statute'),
                amendments: f.extras.includes('amendments'),
                successorForms: f.extras.includes('successor-forms'),
                relatingTo: f.relatingTo,
                securities: [...f.securities],
                style: f.style,
                yearEnded: f.yearEnded ? this.date(f.yearEnded) : undefined,
                range: rangeOf(f)
            }))),
            venues: flatMap(powers.of(ast.isVenues), (v) => ids(v, v.venues, 'venues')),
            edgarAccess: mapOpt(powers.first(ast.isEdgarAccess), (n) => rangeOf(n)),
            transactionInformation: mapOpt(powers.first(ast.isTransactionInformation), (n) => rangeOf(n)),
            catchAll: mapOpt(powers.first(ast.isCatchAll), (n) => rangeOf(n)),
            catchAllPronoun: powers.first(ast.isCatchAll)?.pronoun as Pronoun | undefined,
            subjects: flatMap(subjects, (s) => ids(s, s.subjects, 'subjects')),
            allSubjects: subjects.some((s) => s.all),
            subjectsRange: subjects[0] ? rangeOf(subjects[0]) : undefined,
            hotPowers: flatMap(powers.of(ast.isHotPowers), (h) => ids(h, h.powers, 'powers').map((x) => ({ id: x.id, range: x.range, initialed: h.initialed }))),
            healthCare: health ? { items: ids(health, health.items, 'items'), range: rangeOf(health) } : undefined,
            purposes: powers.of(ast.isPurpose).map((p) => this.text(p.purpose)),
            security: mapOpt(powers.first(ast.isSecurity), (s) => ({ obligation: this.text(s.obligation), date: s.date ? this.date(s.date) : undefined, withoutNotice: s.withoutNotice, irrevocable: s.irrevocable, range: rangeOf(s) })),
            limitations: powers.of(ast.isLimitation).map((l) => this.kept(l, undefined, () => this.text(l.limitation))),
            customPowers: powers.of(ast.isCustomPower).map((p) => {
                // `power worded "..."`: its text as written, `{name}` references included, and their reading.
                const wording = this.wording(p.wording);
                return { text: wording?.text ?? p.text ?? '', range: rangeOf(p), ...(wording ? { wording } : {}) };
            })
        };
    }

    private term(t: ast.Term | undefined): DurationModel | undefined {
        if (!t) return undefined;
        const start = firstOf(t.parts, ast.isStart);
        const end = firstOf(t.parts, ast.isEnd);
        const durability = firstOf(t.parts, ast.isDurability);
        const departure = firstOf(t.parts, ast.isAgentDeparture);
        return {
            range: rangeOf(t),
            wording: this.wording(t.wording),
            start: start ? {
                immediately: start.immediately,
                date: start.date ? this.date(start.date) : undefined,
                springing: start.springing,
                determination: determination(start.determination),
                range: rangeOf(start)
            } : undefined,
            end: end ? {
                date: end.date ? this.date(end.date) : undefined,
                duration: end.count !== undefined && end.unit ? { count: end.count, unit: end.unit } : undefined,
                whenRevoked: end.whenRevoked,
                status: end.status,
                statuses: end.status && end.statuses.length ? [end.status, ...end.statuses] : undefined,
                statusIssuer: end.issuer?.ref?.name ?? end.issuer?.$refText,
                onDeath: end.onDeath,
                onCompletion: end.onCompletion,
                range: rangeOf(end)
            } : undefined,
            durable: durability ? durability.durable : undefined,
            durabilityRange: durability ? rangeOf(durability) : undefined,
            departure: departure ? {
                employers: departure.employers.map((e) => ({
                    issuer: e.issuer ? e.issuer.ref?.name ?? e.issuer.$refText : undefined,
                    name: e.name ? this.text(e.name) : undefined,
                    subsidiaries: e.subsidiaries
                })),
                role: departure.role ? this.text(departure.role) : undefined,
                range: rangeOf(departure)
            } : undefined
        };
    }

    private execution(e: ast.Execution | undefined): ExecutionModel | undefined {
        if (!e) return undefined;
        const testimonium = firstOf(e.items, ast.isTestimonium);
        const witnesses = firstOf(e.items, ast.isWitnesses);
        const notary = firstOf(e.items, ast.isNotary);
        const acceptance = firstOf(e.items, ast.isAgentAcceptance);
        const pageNote = firstOf(e.items, ast.isSignaturePageNote);
        const signatures: SignatureModel[] = allOf(e.items, ast.isSignature).map((s) => ({
            signer: s.signer?.ref?.name ?? s.signer?.$refText,
            conformed: s.text ? this.text(s.text) : undefined,
            conformedFromName: s.conformed,
            title: s.title ? this.text(s.title) : undefined,
            range: rangeOf(s)
        }));
        return {
            range: rangeOf(e),
            date: this.date(e.date),
            none: e.none,
            asOf: e.asOf,
            place: e.place ? this.text(e.place) : undefined,
            testimonium: testimonium?.style ?? 'executed',
            signaturePageNote: pageNote ? rangeOf(pageNote) : undefined,
            wording: this.wording(e.wording),
            signatures,
            witnesses: witnesses ? {
                count: witnesses.count ?? witnesses.names.length,
                names: witnesses.names.map((n) => this.text(n)),
                unrelated: witnesses.unrelated,
                range: rangeOf(witnesses),
                wording: this.wording(witnesses.wording),
                statements: witnesses.statements.map((st) => ({
                    name: st.name ? this.text(st.name) : undefined,
                    number: st.number,
                    facts: nodesOf(st, st.facts, 'facts', (written, node) => ({ written, range: toRange(node) })),
                    range: rangeOf(st)
                }))
            } : undefined,
            agentAcceptance: acceptance ? { acknowledged: acceptance.acknowledged, range: rangeOf(acceptance) } : undefined,
            notary: notary ? {
                state: notary.state ? this.text(notary.state) : undefined,
                county: notary.county ? this.text(notary.county) : undefined,
                date: notary.date ? this.date(notary.date) : undefined,
                officer: notary.officer ? this.text(notary.officer) : undefined,
                officerSignature: notary.officerSignature ? this.text(notary.officerSignature) : undefined,
                wording: this.wording(notary.wording),
                range: rangeOf(notary)
            } : undefined,
            notices: flatMap(e.items, (item, i) => {
                // A half-typed `notice` with no text yet prints nothing.
                if (!isOf(item, ast.isNotice) || typeof item.text !== 'string') return [];
                const notaryAt = notary ? e.items.indexOf(notary) : -1;
                return [{ heading: item.heading, text: item.text, afterNotary: notaryAt >= 0 && i > notaryAt, range: rangeOf(item) }];
            })
        };
    }
}


/**
 * The standard terms' models, made once and shared by every model (plain data no one mutates, frozen to be
 * sure of it): each file's model listed a new copy of each.
 */
const STANDARD_TERM_MODELS: readonly DefinedTerm[] = STANDARD_TERMS.map((s) => Object.freeze({ id: s.id, meaning: s.meaning, term: s.term, standard: true }));

/** Adds a style the file chooses for `clause` when `node` chooses one (`ModelBuilder.styles`). */
type AddStyle = (clause: string, node: AstNode & { style?: string }) => void;
type StyleReader = (node: AstNode, add: AddStyle) => void;

/** A clause type's reader of the styles it chooses; the one cast from the table's AST node to the guard's type. */
function styleReader<T extends AstNode>(guard: (item: unknown) => item is T, read: (node: T, add: AddStyle) => void): readonly [typeof guard, StyleReader] {
    return [guard, read as StyleReader];
}

/** A clause type whose own `style` is the style of `clause`. */
function ownStyle<T extends AstNode & { style?: string }>(guard: (item: unknown) => item is T, clause: string): readonly [typeof guard, StyleReader] {
    return styleReader(guard, (node, add) => add(clause, node));
}

/** The styles each type of the instrument's clauses chooses, in the order the types are tried. */
const CLAUSE_STYLES = new TypeTable<StyleReader>([
    styleReader(ast.isPhrasing, (node, add) => { if (node.clause) add(node.clause, node); }),
    ownStyle(ast.isOpening, 'opening'),
    ownStyle(ast.isIncidentalAuthority, 'incidental-authority'),
    ownStyle(ast.isAgentGroup, 'agent-mode'),
    ownStyle(ast.isSubstitution, 'substitution'),
    ownStyle(ast.isRatification, 'ratification'),
    ownStyle(ast.isAcknowledgment, 'acknowledgment'),
    ownStyle(ast.isTerm, 'term-end'),
    ownStyle(ast.isSignatureTable, 'signature-table'),
    ownStyle(ast.isGoverningLaw, 'governing-law'),
    ownStyle(ast.isConfirmingStatement, 'confirming-statement'),
    ownStyle(ast.isUndertakings, 'undertaking'),
    styleReader(ast.isExecution, (node, add) => {
        add('testimonium', node);
        for (const sig of allOf(node.items, ast.isSignature)) add('signature', sig);
        for (const note of allOf(node.items, ast.isSignaturePageNote)) add('signature-page-note', note);
        for (const acceptance of allOf(node.items, ast.isAgentAcceptance)) add('agent-acceptance', acceptance);
    }),
    styleReader(ast.isGrant, (node, add) => {
        add('grant', node);
        for (const power of node.powers) {
            // Only a power that chooses a style adds one: most of a long grant's powers are passed over without their types looked up.
            if (!(power as { style?: string }).style) continue;
            if (ast.isFiling(power)) add('filing', power);
            else if (ast.isVenues(power)) add('venues', power);
            else if (ast.isEdgarAccess(power)) add('edgar-access', power);
            else if (ast.isTransactionInformation(power)) add('transaction-information', power);
            else if (ast.isCatchAll(power)) add('catch-all', power);
        }
    })
]);

/** The paragraph each type of clause makes, for `order as-written` (`ModelBuilder.clauseOffsets`); a grant with limitations makes theirs too. */
const PARAGRAPH_OF = new TypeTable<string>([
    [ast.isGrant, 'grant'], [ast.isAgentGroup, 'grant'], [ast.isOpening, 'grant'],
    [ast.isIncidentalAuthority, 'incidental-authority'],
    [ast.isSuccessorGroup, 'successors'],
    [ast.isSupersession, 'term'], [ast.isTerm, 'term'], [ast.isRevocation, 'term'],
    [ast.isAcknowledgment, 'acknowledgment'],
    [ast.isIndemnification, 'indemnification'],
    [ast.isReliance, 'reliance'],
    [ast.isCompensation, 'compensation'],
    [ast.isGoverningLaw, 'governing-law'],
    [ast.isUndertakings, 'undertakings']
]);

function determination(d: ast.Determination | undefined): Determination | undefined {
    if (!d) return undefined;
    return d.method ?? { description: d.description ?? '' };
}

function mapOpt<T, R>(value: T | undefined, map: (value: T) => R): R | undefined {
    return value === undefined ? undefined : map(value);
}

export function isPronoun(value: string): value is Pronoun {
    return value === 'he' || value === 'she' || value === 'they' || value === 'it';
}

/** "attorneys-in-fact" -> "attorney-in-fact"; "attorneys-in-fact and agents" -> "attorney-in-fact and agent". */
export function singularOf(plural: string): string {
    if (plural === 'attorneys-in-fact') return 'attorney-in-fact';
    return singulars(plural);
}

/** Worked out once per designation: a file's model asks on every build, and the split, the words' patterns and the join were half a percent of checking and rendering a short file. */
const singulars = boundedMemo(256, wordsSingular);

function wordsSingular(plural: string): string {
    return plural.split(' ').map((w) => {
        if (w === 'attorneys-in-fact') return 'attorney-in-fact';
        // "Attorneys-In-Fact", as a letter capitalises it: the plural is the first word's.
        if (/^attorneys-in-fact$/i.test(w)) return w.replace(/s(-in-fact)$/i, '$1');
        // "attorneys-in fact" (the hyphen after "in" left out): the plural is the first word's.
        if (w === 'attorneys-in') return 'attorney-in';
        return w.length > 3 && w.endsWith('s') && w !== 'and' ? w.slice(0, -1) : w;
    }).join(' ');
}
