/**
 * The state of one rendering: the voice, which defined terms have been
 * introduced, and helpers that turn model values into marked runs. Clause
 * wording (in `wording/`) asks the context for every party, term, pronoun and
 * date, so that voice, agreement and first-use definitions are right everywhere.
 */
import type { DateStyle, DateValue, DefinedTerm, IssuerModel, Layout, PartyModel, PoaModel, TextValue, Voice, Wording } from '../model/poa-model.js';
import { statute as findStatute } from '../catalog/securities-catalog.js';
import type { Run } from './document-tree.js';
import { parseCalendarDate, plainDate } from '../model/calendar-date.js';
import { blankLabel, legalDate } from './english.js';
import { blankDateText, blankRun, blankText } from './blank.js';
import type { RenderOptions } from './render-options.js';
import { ENUMERATED_GRANT_STYLES, ENUMERATED_ITEM_STYLES, STANDALONE_FILING_ITEM_STYLES, STANDALONE_FILING_STYLES } from '../phrasebook/enumerated-items.js';
import { findStyle, styleSet, type PhraseStyle } from '../phrasebook/index.js';
import { phrase, phraseTemplate } from './phrase.js';

export class RenderContext {
    readonly voice: Voice;
    readonly layout: Layout;
    readonly dateStyle: DateStyle;
    private readonly introduced = new Set<string>();
    /** The keys of `introduced` in the order they were added, so a checkpoint undoes only what came after it. */
    private readonly introductions: string[] = [];
    /** Look-ups by id, so rendering stays linear in the size of the instrument. */
    private readonly parties = new Map<string, PartyModel>();
    private readonly definedTerms = new Map<string, DefinedTerm>();
    private readonly issuers = new Map<string, IssuerModel>();
    /** Whether the grant lists its powers as items, as first asked for (`enumeratedGrant`): every item's style asks it. */
    private enumerated: boolean | undefined;
    /** How many phrases are being filled, the innermost last (`phrase()` opens and closes them). */
    private phraseDepth = 0;
    /** Definitions the `deferred` definition style holds back to the end of the phrase that first names the term. */
    private readonly deferredDefinitions: { depth: number; runs: Run[] }[] = [];

    constructor(readonly model: PoaModel, options: RenderOptions = {}) {
        this.voice = options.voice ?? model.voice;
        this.layout = options.layout ?? model.layout;
        this.dateStyle = options.dateStyle ?? model.dateStyle;
        // The first of a duplicated id wins, as the checks assume when they report the duplicate.
        for (const list of [model.principals, model.agents, model.successors, model.issuers]) for (const p of list) if (!this.parties.has(p.id)) this.parties.set(p.id, p);
        for (const t of model.definedTerms) if (!this.definedTerms.has(t.id)) this.definedTerms.set(t.id, t);
        for (const i of model.issuers) if (!this.issuers.has(i.id)) this.issuers.set(i.id, i);
    }

    /**
     * The style id the file chose for a phrasebook clause: the clause's own
     * `style`, else the instrument's style set; undefined for the default.
     */
    styleId(clause: string): string | undefined {
        // Loops, not `find`: a document asks a few dozen times, and each closure was an allocation.
        const own = this.ownStyleId(clause);
        if (own !== undefined) return own;
        const set = this.model.styles.set ? styleSet(this.model.styles.set.id) : undefined;
        return set?.clauses[clause] ?? this.enumeratedStyle(clause);
    }

    /** The style the file names for the clause itself (`phrasing <clause> style <id>`, or a clause's own keyword). */
    ownStyleId(clause: string): string | undefined {
        for (const c of this.model.styles.clauses) if (c.clause === clause) return c.id;
        return undefined;
    }

    /** A grant with its own `numbering` is numbered; in a numbered grant each power takes its item style. */
    private enumeratedStyle(clause: string): string | undefined {
        if (clause === 'grant') return this.model.grant?.numbering ? 'numbered' : undefined;
        const filing = this.ownStyleId('filing');
        const standalone = filing !== undefined && STANDALONE_FILING_STYLES.includes(filing) ? STANDALONE_FILING_ITEM_STYLES[clause] : undefined;
        if (standalone) return standalone;
        // The grant's answer first (known after the first clause): the look-up of a clause that has no item
        // style, by a name that is not a property, is the slow kind, and most grants are not enumerated.
        return this.enumeratedGrant() ? ENUMERATED_ITEM_STYLES[clause] : undefined;
    }

    /** The grant lists its powers as numbered or lettered items. */
    enumeratedGrant(): boolean {
        if (this.enumerated === undefined) {
            const grant = this.styleId('grant');
            this.enumerated = grant !== undefined && ENUMERATED_GRANT_STYLES.includes(grant);
        }
        return this.enumerated;
    }

    /** The chosen style of a clause; undefined when the choice is unknown (the checks report it) or not made. */
    style(clause: string): PhraseStyle | undefined {
        const id = this.styleId(clause);
        return id === undefined ? undefined : findStyle(clause, id);
    }

    /** Saves which terms have been introduced; the returned function restores that state. */
    checkpoint(): () => void {
        // Keys are only ever added (and undone here), so the state at a checkpoint is a prefix of the log:
        // constant time per checkpoint, where copying the set made a long grant quadratic to render.
        const mark = this.introductions.length;
        const deferred = this.deferredDefinitions.length;
        return () => {
            while (this.introductions.length > mark) this.introduced.delete(this.introductions.pop() as string);
            this.deferredDefinitions.length = Math.min(this.deferredDefinitions.length, deferred);
        };
    }

    /** A phrase starts being filled; `closePhrase` with the returned depth ends it. */
    openPhrase(): number {
        return ++this.phraseDepth;
    }

    /**
     * A phrase is filled: the definitions held back to its end are appended to its runs (the phrase's own new
     * array; most phrases hold none back, and no array is made for them).
     */
    closePhrase(depth: number, runs: Run[]): void {
        this.phraseDepth = depth - 1;
        const deferred = this.deferredDefinitions;
        let at = 0;
        while (at < deferred.length && deferred[at].depth < depth) at++;
        if (at === deferred.length) return;
        for (let i = at; i < deferred.length; i++) runs.push(...deferred[i].runs);
        deferred.length = at;
    }

    /** True the first time it is asked for a key (and marks it introduced): a definition said once. */
    introduceOnce(key: string): boolean {
        if (this.introduced.has(key)) return false;
        this.introduce(key);
        return true;
    }

    private introduce(key: string): void {
        this.introduced.add(key);
        this.introductions.push(key);
    }

    get firstPerson(): boolean {
        return this.voice === 'first-person';
    }

    /** Several principals sign together. */
    get plural(): boolean {
        return this.model.principals.length > 1;
    }

    /** Several agents are named. */
    get severalAgents(): boolean {
        return this.model.agents.length > 1;
    }

    /** "the undersigned" / "I" / "we" (capitalised at the start of a sentence). */
    subject(start = false): string {
        if (this.firstPerson) return this.plural ? (start ? 'We' : 'we') : 'I';
        return start ? 'The undersigned' : 'the undersigned';
    }

    /** "the undersigned" / "me" / "us". */
    object(): string {
        if (this.firstPerson) return this.plural ? 'us' : 'me';
        return 'the undersigned';
    }

    /** "the undersigned's" / "my" / "our" (whose name, whose responsibilities). */
    possessive(): string {
        if (this.firstPerson) return this.plural ? 'our' : 'my';
        return "the undersigned's";
    }

    /** The principal's own possessive pronoun: "his" / "her" / "their" / "my". */
    pronounPossessive(): string {
        if (this.firstPerson) return this.plural ? 'our' : 'my';
        if (this.plural) return 'their';
        return this.model.principals[0]?.pronoun.possessive ?? 'his or her';
    }

    /** The principal's own object pronoun: "him" / "her" / "them" / "me". */
    pronounObject(): string {
        if (this.firstPerson) return this.object();
        if (this.plural) return 'them';
        return this.model.principals[0]?.pronoun.object ?? 'him or her';
    }

    /** Verb agreement with the subject: verb('does', 'do'). */
    verb(thirdSingular: string, base: string): string {
        return this.firstPerson || this.plural ? base : thirdSingular;
    }

    /** "attorneys-in-fact" or "attorney-in-fact" as the number of agents requires. */
    designation(forcePlural?: boolean): string {
        const plural = forcePlural ?? this.severalAgents;
        return plural ? this.model.designation.plural : this.model.designation.singular;
    }

    /**
     * The agents' legal title where the instrument speaks of them formally
     * (revocation notices): "attorneys-in-fact" whenever they are called
     * attorneys of any kind, otherwise what the instrument calls them.
     */
    /** "attorney-in-fact": the legal designation of one agent, whatever their number. */
    legalDesignationOne(): string {
        return /attorney/.test(this.model.designation.plural) ? 'attorney-in-fact' : this.designation(false);
    }

    legalDesignation(): string {
        if (/attorney/.test(this.model.designation.plural)) return this.severalAgents ? 'attorneys-in-fact' : 'attorney-in-fact';
        return this.designation();
    }

    /** "on my behalf" / "on behalf of the undersigned". */
    onBehalf(): string {
        return this.firstPerson ? `on ${this.possessive()} behalf` : `on behalf of ${this.object()}`;
    }

    /** "said attorneys and agents, or any of them" / "said attorney-in-fact". */
    saidAgents(): string {
        return this.severalAgents ? `said ${this.designation()}, or any of them` : `said ${this.designation()}`;
    }

    /** "This authorization" for securities instruments, "This power of attorney" otherwise. */
    instrumentName(start = true): string {
        const securities = this.model.kind === 'section16' || this.model.kind === 'securities';
        const name = securities ? 'authorization' : 'power of attorney';
        return `${start ? 'This' : 'this'} ${name}`;
    }

    /**
     * "in his individual capacity or in a fiduciary or any other capacity",
     * from the capacities the principal signs in; undefined when only the
     * individual capacity (or none) is stated.
     */
    capacityPhrase(): string | undefined {
        if (this.capacity === null) this.capacity = this.computeCapacityPhrase();
        return this.capacity;
    }

    private capacity: string | undefined | null = null;

    private computeCapacityPhrase(): string | undefined {
        // The capacities stated by any principal, found with a loop (a set of a flatMap was most of this).
        let individual = false;
        let fiduciary = false;
        let other = false;
        for (const p of this.model.principals) {
            for (const c of p.capacities) {
                if (c === 'individual') individual = true;
                else if (c === 'fiduciary') fiduciary = true;
                else if (c === 'other') other = true;
            }
        }
        const others = fiduciary && other ? 'a fiduciary or any other' : fiduciary ? 'a fiduciary' : other ? 'any other' : undefined;
        if (others === undefined) return undefined;
        const otherPart = `in ${others} capacity`;
        return individual ? `in ${this.pronounPossessive()} individual capacity or ${otherPart}` : otherPart;
    }

    /**
     * An issuer by its name alone, not a mention that introduces it: the name inside the title of another instrument
     * ("my prior Microsoft Corporation - Power of Attorney"), after which the issuer is still named in full.
     */
    issuerName(id: string): Run[] {
        const issuer = this.issuers.get(id);
        return issuer ? [this.party(issuer)] : this.issuer(id);
    }

    /** A text value as a run: its text, or a visible blank naming the parameter. */
    value(value: TextValue | undefined, label: string, role: Run['role'] = undefined, ref?: string): Run {
        if (value?.value !== undefined && value.value !== '') return { text: value.value, role, ref, source: value.range };
        if (value?.blank) return blankRun(blankText(value.blank), ref, value.range, `Left blank to be filled in by hand: ${value.blank.caption ?? label.toLowerCase()}.`);
        if (value?.parameter) {
            return { text: `[${blankLabel(value.parameter)}]`, role: 'blank', ref: value.parameter, source: value.range, note: `The template parameter "${value.parameter}" has no value yet.` };
        }
        return { text: `[${label}]`, role: 'missing', note: `Not stated in the instrument: ${label.toLowerCase()}.` };
    }

    /** A party's name, marked as a party. */
    party(party: PartyModel): Run {
        const run = this.value(party.name, party.role === 'agent' ? 'NAME OF AGENT' : 'NAME', 'party', party.id);
        if (run.role === 'party') run.source = party.nameRange;
        return run;
    }

    findParty(id: string | undefined): PartyModel | undefined {
        if (!id) return undefined;
        return this.parties.get(id);
    }

    /** The issuer: introduced in full at first use ("X, a Delaware corporation (the "Company")"), by its defined term afterwards. */
    issuer(id?: string): Run[] {
        const issuer = id ? this.issuers.get(id) : this.model.issuers[0];
        if (!issuer) return [{ text: '[ISSUER]', role: 'missing', ref: 'issuer', note: 'No issuer is named: add an issuer clause naming the company whose securities are concerned.' }];
        const key = `issuer:${issuer.id}`;
        if (this.introduced.has(key)) {
            if (issuer.definedAs) return [{ text: `the ${issuer.definedAs}`, role: 'term', ref: issuer.id }];
            // `called "Microsoft"`: named so after its first mention, as the text does without a definition.
            if (issuer.shortName) return [{ text: issuer.shortName, role: 'party', ref: issuer.id }];
            return [this.party(issuer)];
        }
        this.introduce(key);
        // `issuer ... worded "..."`: the issuer's own words at first use (each issuer's own: "Welltower OP LLC, a Delaware
        // limited liability company ("Welltower OP")", a definition without "the" beside the first issuer's "(the "Company")").
        const own = issuer.wording ?? (issuer === this.model.issuers[0] ? this.model.issuerWording : undefined);
        if (own) return this.wording(own);
        const runs: Run[] = [this.party(issuer)];
        const organization = this.organization(issuer);
        if (organization) runs.push({ text: `, ${organization}` });
        if (issuer.definedAs) runs.push({ text: ' (the "' }, { text: issuer.definedAs, role: 'term', ref: issuer.id }, { text: '")' });
        return runs;
    }

    /** "a Delaware corporation", "a New York limited liability company" (the `organization` clause's style). */
    organization(party: IssuerModel | { organizedIn?: TextValue; entityType?: string }): string | undefined {
        const state = party.organizedIn?.value;
        if (!state) return undefined;
        const type = (party.entityType ?? 'corporation').replace(/-/g, ' ');
        // In the `organization` style the file chose: "a Delaware corporation", "a corporation organized under the laws of ...".
        return phrase(this, 'organization', undefined, { organized: { state, entityType: type } }).map((r) => r.text).join('');
    }

    /** True once a term has been introduced in the text. */
    isIntroduced(id: string): boolean {
        return this.introduced.has(`term:${id}`) || this.introduced.has(`issuer:${id}`);
    }

    /**
     * A defined term: its full meaning and definition at first use
     * ('the Securities Act of 1933, as amended (the "1933 Act")'), then
     * 'the 1933 Act'. An issuer id gives the issuer.
     */
    term(id: string): Run[] {
        if (this.issuers.has(id)) return this.issuer(id);
        const def = this.definedTerms.get(id);
        if (!def) return [{ text: `[${blankLabel(id)}]`, role: 'missing', ref: id, note: `"${id}" is not defined in the instrument.` }];
        if (def.verbatim) return [{ text: def.meaning, role: 'term', ref: id }];
        const key = `term:${id}`;
        if (this.introduced.has(key)) return [{ text: `the ${def.term}`, role: 'term', ref: id }];
        this.introduce(key);
        // The words of the definition are the chosen `definition` style's: '(the "Exchange Act")' or '("Exchange Act")'.
        // A style without the meaning (`deferred`) is said at the end of the phrase that names the term:
        // 'Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder (the "1934 Act")'.
        // Outside any phrase it follows the name.
        const definition = phrase(this, 'definition', undefined, { defining: { meaning: def.meaning, term: def.term } }).map((r) => asTerm(r, id));
        if ((phraseTemplate(this, 'definition') ?? '{meaning}').includes('{meaning}')) return definition;
        const meaning: Run = { text: def.meaning, role: 'term', ref: id };
        if (this.phraseDepth === 0) return [meaning, ...definition];
        this.deferredDefinitions.push({ depth: this.phraseDepth, runs: definition });
        return [meaning];
    }

    /** The short form of a term used as an adjective ("SEC" in "SEC Form 4") once introduced, else undefined. */
    termAdjective(id: string): string | undefined {
        if (!this.isIntroduced(id) || this.definedTerms.get(id)?.verbatim) return undefined;
        return this.definedTerms.get(id)?.term;
    }

    /** "Section 16(a) of the 1934 Act", introducing the act if it has not been. */
    statute(id: string | undefined, source?: Run['source']): Run[] {
        if (!id) return [{ text: '[STATUTE]', role: 'missing', note: 'The filing does not say which statute or rule it is made under.' }];
        const s = findStatute(id);
        // A law the catalog does not list, named by a term the file defines in the instrument's words
        // (`define s16 "Section 16 of the Securities Act of 1933, as amended"`).
        if (!s && this.definedTerms.has(id)) return this.term(id);
        if (!s) return [{ text: `[${blankLabel(id)}]`, role: 'missing', ref: id, note: `"${id}" is not a statute or rule the language knows.` }];
        const [before, after] = citationParts(s.citation);
        const runs: Run[] = [{ text: before, role: 'statute', ref: id, source }];
        for (const r of this.term(s.act)) runs.push(r);
        if (after) runs.push({ text: after, role: 'statute', ref: id });
        return runs;
    }

    /** A date in the instrument's style: legal "this 26th day of July, 2007" or plain "July 26, 2007". */
    date(value: DateValue | undefined, lead: 'this' | 'the' | 'on' = 'this'): Run[] {
        const d = parseCalendarDate(value?.value);
        const source = value?.range;
        if (!d && value?.blank) {
            const before = this.dateStyle === 'legal' ? `${lead === 'on' ? 'on the' : lead} ` : lead === 'on' ? 'on ' : '';
            return [blankRun(`${before}${blankDateText(value.blank, this.dateStyle)}`, undefined, source, 'Left blank to be filled in by hand.')];
        }
        if (!d) {
            const blank = value?.parameter
                ? { role: 'blank' as const, ref: value.parameter, note: `The template parameter "${value.parameter}" has no value yet.` }
                : { role: 'missing' as const, ref: 'date', note: value?.written ? `"${value.written}" is not a date of the calendar.` : 'The date of execution is not stated.' };
            const text = this.dateStyle === 'legal' ? `${lead === 'on' ? 'on the' : lead} ____ day of ____________, 20__` : `${lead === 'on' ? 'on ' : ''}____________, 20__`;
            return [{ text, source, ...blank }];
        }
        if (this.dateStyle === 'legal') return [{ text: `${lead === 'on' ? 'on the' : lead} ${legalDate(d)}`, source }];
        return [{ text: `${lead === 'on' || lead === 'this' ? 'on ' : ''}${plainDate(d)}`, source }];
    }

    /** A date as "July 26, 2008" regardless of style (for terms and supersession). */
    shortDate(value: DateValue | undefined): Run {
        const d = parseCalendarDate(value?.value);
        if (d) return { text: plainDate(d), source: value?.range };
        if (value?.blank) return blankRun(blankDateText(value.blank, 'plain'), undefined, value.range);
        if (value?.parameter) return { text: `[${blankLabel(value.parameter)}]`, role: 'blank', ref: value.parameter, source: value.range };
        return { text: '[DATE]', role: 'missing', source: value?.range };
    }

    /** Expands a wording override: `{name}` becomes the party, term or parameter it names. */
    wording(wording: Wording): Run[] {
        // The parts come unescaped from the model: the text is not unescaped again here.
        return wording.parts.flatMap((part) => ('reference' in part ? this.reference(part.reference.name) : [{ text: part.text }]));
    }

    private reference(name: string): Run[] {
        const party = this.findParty(name);
        if (party && party.role !== 'issuer') return [this.party(party)];
        if (party || this.definedTerms.has(name)) return this.term(name);
        const param = this.model.parameters.find((p) => p.name === name);
        if (param) return [this.value({ value: param.value, parameter: param.name }, blankLabel(name))];
        return [{ text: `{${name}}`, role: 'missing', ref: name, note: `The wording refers to "${name}", which is not a party, defined term or parameter of this instrument.` }];
    }
}

/** A catalog citation's words before and after its act ("Section 16(a) of ", ""), cut once per process. */
function citationParts(citation: string): readonly string[] {
    let parts = citationCuts.get(citation);
    if (!parts) {
        parts = citation.split('{act}');
        citationCuts.set(citation, parts);
    }
    return parts;
}

const citationCuts = new Map<string, readonly string[]>();

/**
 * A run of a term's definition, marked as the term: its words and source kept, its role and reference the
 * term's. Built field by field: a spread of runs of many shapes was a twentieth of a long grant's rendering.
 */
function asTerm(r: Run, id: string): Run {
    const run: Run = { text: r.text, role: 'term', ref: id };
    if (r.note !== undefined) run.note = r.note;
    if (r.source !== undefined) run.source = r.source;
    return run;
}
